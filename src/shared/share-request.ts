/**
 * What the sidebar's "Share with the team" sends: the people of the team to
 * make editors (by id; their emails come from the saved team, never from
 * the sidebar). Google emails each new editor; Sheets offers no way not to.
 */
import * as v from 'valibot';
import type { Infer } from './schema';
import { MAX_PEOPLE } from './team';

/** Built on each use: a request is read once per call. */
export function shareRequestSchema() {
  return v.object({
    personIds: v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[a-z0-9-]+$/))),
      v.maxLength(MAX_PEOPLE),
    ),
  });
}

export type ShareRequest = Infer<ReturnType<typeof shareRequestSchema>>;
