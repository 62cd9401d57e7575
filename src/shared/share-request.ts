/**
 * What the sidebar's "Share with the team" sends: the people of the team to
 * make editors (by id; their emails come from the saved team, never from
 * the sidebar). Google emails each new editor; Sheets offers no way not to.
 */
import * as z from 'zod/mini';
import { MAX_PEOPLE } from './team';

export const shareRequestSchema = z.object({
  personIds: z.array(z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/))).check(z.maxLength(MAX_PEOPLE)),
});

export type ShareRequest = z.infer<typeof shareRequestSchema>;
