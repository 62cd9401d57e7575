/**
 * What the sidebar sends to import exports into the KPI tab: per file its
 * name, format, source, hash and its month × channel figures (the sidebar
 * decoded and read the file with src/core/import), plus the cells of a
 * person's the person ticked to be replaced. Aggregates, never rows: a
 * 100 000-row export is a few kilobytes here (bench: import_payload_bytes),
 * well inside what one google.script.run call carries.
 */
import * as v from 'valibot';
import { choice, finiteNumber, wholeNumber, type Infer } from './schema';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const IMPORT_FORMAT_IDS = [
  'yandex_direct_wizard',
  'yandex_direct_api',
  'vk_ads',
  'google_ads',
  'yandex_metrica_expenses',
  'amocrm_leads',
  'bitrix24_deals',
  'mapped',
] as const;

/** Files one import takes: more is a mistake, not a workflow. */
const MAX_IMPORT_FILES = 20;
/** 12 months × 60 channels: the most figures a file can have for one template year. */
const MAX_FIGURES_PER_FILE = 720;

function amount() {
  return v.optional(v.pipe(finiteNumber(), v.minValue(0)));
}

function count() {
  return v.optional(v.pipe(wholeNumber(), v.minValue(0)));
}

/** A CRM file's deals by the month they were created, and how many carry no source and no UTM (core/import/untagged-deals.ts). */
function dealSources() {
  return v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.object({
            month: v.pipe(v.string(), v.regex(MONTH)),
            deals: v.pipe(wholeNumber(), v.minValue(0)),
            untagged: v.pipe(wholeNumber(), v.minValue(0)),
          }),
          v.check((count) => count.untagged <= count.deals, 'more deals without a source than deals'),
        ),
      ),
      v.maxLength(12),
    ),
  );
}

/** Built on each use: a request is read once per call. */
export function dataImportRequestSchema() {
  return v.object({
    files: v.pipe(
      v.array(
        v.object({
          name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
          format: choice(IMPORT_FORMAT_IDS),
          source: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
          hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
          rows: v.pipe(wholeNumber(), v.minValue(0)),
          /** Whether the file's spend includes VAT, and at what rate: the server writes spend without it (core/kpi-import/vat.ts). */
          vat: v.optional(
            v.object({ included: v.boolean(), rate: v.pipe(finiteNumber(), v.minValue(0), v.maxValue(100)) }),
          ),
          months: v.pipe(v.array(v.pipe(v.string(), v.regex(MONTH))), v.maxLength(12)),
          figures: v.pipe(
            v.array(
              v.object({
                month: v.pipe(v.string(), v.regex(MONTH)),
                channel: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
                rows: v.pipe(wholeNumber(), v.minValue(0)),
                spend: amount(),
                leads: count(),
                qualified_leads: count(),
                customers: count(),
                revenue: amount(),
              }),
            ),
            v.maxLength(MAX_FIGURES_PER_FILE),
          ),
          /** CRM files only; absent for cabinets (and from a sidebar that did not count them). */
          dealSources: dealSources(),
        }),
      ),
      v.minLength(1),
      v.maxLength(MAX_IMPORT_FILES),
    ),
    /** Cell keys `month|channel|field` of a person's cells to replace. */
    overwrite: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(250))),
      v.maxLength(MAX_IMPORT_FILES * MAX_FIGURES_PER_FILE * 5),
    ),
  });
}

export type DataImportRequest = Infer<ReturnType<typeof dataImportRequestSchema>>;
export type DataImportFile = DataImportRequest['files'][number];
