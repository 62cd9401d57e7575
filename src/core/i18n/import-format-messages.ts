import { builtOnce, defineMessages } from './catalog';

/** The exports the import recognises, by format id: said in the sidebar and in the import log. */
const importFormatMessageTable = () =>
  defineMessages({
    en: {
      format_yandex_direct_wizard: 'Yandex Direct report (report wizard)',
      format_yandex_direct_api: 'Yandex Direct Reports API report',
      format_vk_ads: 'VK Ads statistics',
      format_google_ads: 'Google Ads report',
      format_yandex_metrica_expenses: 'Yandex Metrica expense file',
      format_amocrm_leads: 'amoCRM deals export',
      format_bitrix24_deals: 'Bitrix24 deals export',
      format_mapped: 'file read with your column mapping',
      format_unknown: 'unrecognised file',
    },
    ru: {
      format_yandex_direct_wizard: 'отчёт Яндекс Директа (мастер отчётов)',
      format_yandex_direct_api: 'отчёт API Яндекс Директа',
      format_vk_ads: 'статистика VK Рекламы',
      format_google_ads: 'отчёт Google Ads',
      format_yandex_metrica_expenses: 'файл расходов Яндекс Метрики',
      format_amocrm_leads: 'выгрузка сделок amoCRM',
      format_bitrix24_deals: 'выгрузка сделок Битрикс24',
      format_mapped: 'файл, прочитанный по вашему сопоставлению столбцов',
      format_unknown: 'нераспознанный файл',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const importFormatMessages = {
  get en() {
    return builtOnce(importFormatMessageTable).en;
  },
  get ru() {
    return builtOnce(importFormatMessageTable).ru;
  },
};

export type ImportFormatMessageKey = keyof typeof importFormatMessages.en;
