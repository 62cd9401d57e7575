/**
 * Protections the add-on makes carry a description that starts with the
 * add-on's name (in either language), so a rebuild can find and replace its
 * own and never touch a user's.
 */
const OWN_PREFIXES = ['Marketing KPI:', 'Маркетинг KPI:'];

export function isOwnProtection(description: string): boolean {
  return OWN_PREFIXES.some((prefix) => description.startsWith(prefix));
}
