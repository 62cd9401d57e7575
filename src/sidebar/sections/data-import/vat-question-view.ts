/**
 * The preview's VAT question, per source of spend that may include VAT
 * (every cabinet but Metrica's expenses): whether its amounts include VAT,
 * and at what rate. The KPI tab keeps spend without VAT (core/kpi-import/vat.ts).
 */
import type { MessageParams } from '../../../core/i18n/catalog';
import type { ImportVatMessageKey } from '../../../core/i18n/import-vat-messages';
import type { VatChoice } from '../../../core/kpi-import/vat';
import { h, type VElement } from '../../view/vnode';

export type VatText = (key: ImportVatMessageKey, params?: MessageParams) => string;

export function vatIncludedId(index: number): string {
  return `data-import-vat-${index}`;
}

export function vatRateId(index: number): string {
  return `data-import-vat-rate-${index}`;
}

export interface VatQuestion {
  source: string;
  /** The format's name in the person's language. */
  format: string;
  files: string[];
  choice: VatChoice;
  /** The rate as typed, when it is not a rate (shown with the message). */
  badRate: string | null;
}

export interface VatQuestionHandlers {
  setVat(source: string, part: 'included' | 'rate', value: string): void;
}

export function vatQuestionView(
  busy: boolean,
  questions: readonly VatQuestion[],
  text: VatText,
  handlers: VatQuestionHandlers,
): VElement | false {
  if (questions.length === 0) return false;
  return h(
    'fieldset',
    { id: 'data-import-vat', class: 'block', 'data-testid': 'data-import-vat' },
    h('legend', {}, text('vat_title')),
    h('p', { class: 'secondary' }, text('vat_hint')),
    questions.map((question, index) =>
      h(
        'div',
        { class: 'form-group', key: question.source },
        h(
          'label',
          { class: 'checkbox' },
          h('input', {
            id: vatIncludedId(index),
            type: 'checkbox',
            checked: question.choice.included,
            disabled: busy,
            'data-testid': vatIncludedId(index),
            on: { change: () => handlers.setVat(question.source, 'included', question.choice.included ? '' : 'yes') },
          }),
          ` ${text('vat_included', { files: question.files.map((file) => `«${file}»`).join(', ') })}`,
        ),
        question.choice.included && [
          h('label', { for: vatRateId(index) }, text('vat_rate', { format: question.format })),
          h('input', {
            id: vatRateId(index),
            type: 'text',
            inputmode: 'decimal',
            value: question.badRate ?? String(question.choice.rate),
            disabled: busy,
            'aria-invalid': question.badRate !== null ? 'true' : undefined,
            'data-testid': vatRateId(index),
            on: { change: (event) => handlers.setVat(question.source, 'rate', event.value) },
          }),
          question.badRate !== null && h('p', { class: 'error field-error' }, text('vat_rate_invalid')),
        ],
      ),
    ),
  );
}
