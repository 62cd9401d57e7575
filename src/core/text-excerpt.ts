/**
 * A short piece of a text a person (or a page) sent, for quoting in a
 * message: a 100 000-character name must not come back whole in an error.
 * Cut by code points, so an emoji or a surrogate pair is never split.
 */
export const EXCERPT_LENGTH = 40;

export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}…`;
}
