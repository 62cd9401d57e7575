/**
 * The one way a server action reads what the sidebar sent: check it with
 * the shared schema, and when it does not fit, throw a UserFacingError
 * whose words come from `refuse` — ours, naming the field and what is
 * expected, in the person's language (never the validator's "Invalid input").
 */
import { check, type Infer, type Schema, type SchemaIssue } from '../shared/schema';
import { UserFacingError } from './user-facing-error';

/** How many problems one message lists; the first ones are the ones to fix first. */
const MAX_LISTED_ISSUES = 5;

export function parsePayload<S extends Schema>(
  schema: S,
  input: unknown,
  refuse: (issues: readonly SchemaIssue[]) => string,
): Infer<S> {
  const parsed = check(schema, input);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(refuse(parsed.issues.slice(0, MAX_LISTED_ISSUES)));
}
