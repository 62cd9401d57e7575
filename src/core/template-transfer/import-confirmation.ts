/**
 * The token a preview hands the sidebar and the import wants back: a hash
 * of the file's template and of this spreadsheet's template as the preview
 * saw them. An import of another file, or over a template a teammate
 * changed since, does not match, so nothing is applied that the user did
 * not see. It guards against mistakes, not attacks: who may import is the
 * server's check of the user.
 */
import type { TemplateParts } from './template-document-of';
import type { CurrentTemplate } from './import-changes';

export function importConfirmation(current: CurrentTemplate, incoming: TemplateParts): string {
  return hash53(
    JSON.stringify([current.settings, current.team, current.matrix, incoming.settings, incoming.team, incoming.matrix]),
  );
}

/** cyrb53: a fast 53-bit string hash, as 14 hex digits; Apps Script has no crypto.subtle to call from pure code. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
