import { DEFAULT_ROLES, type RoleId } from './default-roles';
import { DIRECTIONS, type DirectionId } from './directions';
import { raciCell, type RaciLetter, type RaciMatrix } from './raci-letter';

/**
 * Who does what in the default department, read from the role descriptions
 * of article 000:
 * - the head sets the strategy and watches ROI/ROMI, so is accountable (A)
 *   for every direction but one and does the strategy and the brand himself;
 * - the internet marketer does site analytics, SEO and contextual ads
 *   (analytics), the mobile and web-chat channels next to them, and plans
 *   content marketing — so answers (A) for the content the contractor writes;
 * - the PR manager owns media and news hooks (PR), social media (SMM), email
 *   chains, and promo materials (design and layout);
 * - the content engineer (contractor) writes the expert content, the copy,
 *   and speaks on technical forums.
 * Every direction has exactly one A and at least one R, and nobody is
 * responsible for more than four directions: the default department passes
 * its own checks. A blank is a role with no part in the direction.
 */
export const DEFAULT_ASSIGNMENTS: Readonly<Record<DirectionId, Partial<Record<RoleId, readonly RaciLetter[]>>>> = {
  strategy: { head: ['R', 'A'], 'internet-marketer': ['C'], 'pr-manager': ['C'], 'content-engineer': ['I'] },
  analytics: { head: ['A'], 'internet-marketer': ['R'], 'pr-manager': ['I'] },
  content: { head: ['I'], 'internet-marketer': ['A'], 'pr-manager': ['C'], 'content-engineer': ['R'] },
  email: { head: ['A'], 'internet-marketer': ['C'], 'pr-manager': ['R'] },
  smm: { head: ['A'], 'internet-marketer': ['I'], 'pr-manager': ['R'], 'content-engineer': ['C'] },
  brand: { head: ['R', 'A'], 'pr-manager': ['C'] },
  pr: { head: ['A'], 'pr-manager': ['R'], 'content-engineer': ['C'] },
  mobile: { head: ['A'], 'internet-marketer': ['R'], 'pr-manager': ['I'] },
  design: { head: ['A'], 'internet-marketer': ['C'], 'pr-manager': ['R'] },
  creative: { head: ['A'], 'pr-manager': ['C'], 'content-engineer': ['R'] },
  'web-chat': { head: ['A'], 'internet-marketer': ['R'], 'pr-manager': ['I'] },
  community: { head: ['A'], 'pr-manager': ['C'], 'content-engineer': ['R'] },
};

/** The default matrix: rows in `DIRECTIONS` order, columns in `DEFAULT_ROLES` order. */
export function defaultRaciMatrix(): RaciMatrix {
  return DIRECTIONS.map((direction) =>
    DEFAULT_ROLES.map((role) => raciCell(...(DEFAULT_ASSIGNMENTS[direction.id][role.id] ?? []))),
  );
}
