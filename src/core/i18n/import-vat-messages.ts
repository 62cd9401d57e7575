import { builtOnce, defineMessages } from './catalog';

/**
 * The VAT question in the import's preview (sidebar; carried by the export
 * reader, since it shows only once a file was read).
 */
const importVatMessageTable = () =>
  defineMessages({
    en: {
      vat_title: 'VAT in the spend',
      vat_hint:
        'The KPI tab keeps spend without VAT. The export does not say whether its amounts include VAT (Yandex Direct can export either): tick if they do, and the VAT is taken out.',
      vat_included: 'Spend in {files} includes VAT',
      vat_rate: 'VAT rate, % ({format})',
      vat_rate_invalid: 'The VAT rate is a number from 0 to 100.',
    },
    ru: {
      vat_title: 'НДС в расходах',
      vat_hint:
        'На листе KPI расходы хранятся без НДС. По выгрузке не видно, с НДС ли суммы (Яндекс Директ может выгружать и с НДС, и без): отметьте, если с НДС, — и НДС будет вычтен.',
      vat_included: 'Расход в {files} указан с НДС',
      vat_rate: 'Ставка НДС, % ({format})',
      vat_rate_invalid: 'Ставка НДС — число от 0 до 100.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const importVatMessages = {
  get en() {
    return builtOnce(importVatMessageTable).en;
  },
  get ru() {
    return builtOnce(importVatMessageTable).ru;
  },
};

export type ImportVatMessageKey = keyof typeof importVatMessages.en;
