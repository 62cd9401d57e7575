/**
 * The one way a server action reads what the sidebar sent: check it with
 * the shared schema, and when it does not fit, throw a UserFacingError
 * whose words come from `refuse` — ours, naming the field and what is
 * expected, in the person's language (never zod's "Invalid input").
 */
import type * as z from 'zod/mini';
import type { SchemaIssue } from '../shared/team-issues';
import { UserFacingError } from './user-facing-error';

/** How many problems one message lists; the first ones are the ones to fix first. */
export const MAX_LISTED_ISSUES = 5;

export function parsePayload<Schema extends z.ZodMiniType>(
  schema: Schema,
  input: unknown,
  refuse: (issues: readonly SchemaIssue[]) => string,
): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(refuse(parsed.error.issues.slice(0, MAX_LISTED_ISSUES)));
}
