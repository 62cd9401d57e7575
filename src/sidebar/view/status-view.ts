/**
 * The status line under a section's buttons (and the shell's at the top):
 * busy, success with details, or an error. The region is always present and
 * polite-live, so screen readers announce what replaces its content.
 */
import { h, type VElement } from './vnode';

export type StatusContent =
  | { tone: 'busy'; message: string }
  | { tone: 'success'; message: string; details: readonly string[] }
  | { tone: 'error'; message: string; details: readonly string[]; technicalDetail?: string };

export function statusView(id: string, content: StatusContent | null, ...extra: VElement[]): VElement {
  return h(
    'div',
    {
      id,
      class: 'status',
      role: 'status',
      'aria-live': 'polite',
      'data-testid': id,
      'data-tone': content?.tone ?? 'idle',
    },
    content?.tone === 'busy' &&
      h('p', { class: 'status-busy' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), content.message),
    content?.tone === 'success' && [
      h('p', { class: 'status-success' }, content.message),
      content.details.length > 0 &&
        h(
          'ul',
          { class: 'status-details' },
          content.details.map((detail) => h('li', {}, detail)),
        ),
    ],
    content?.tone === 'error' && [
      h('p', { class: 'error status-error' }, content.message),
      content.details.length > 0 &&
        h(
          'ul',
          { class: 'error status-details' },
          content.details.map((detail) => h('li', {}, detail)),
        ),
      content.technicalDetail !== undefined && h('p', { class: 'secondary status-technical' }, content.technicalDetail),
    ],
    extra,
  );
}
