/**
 * The import ledger (core/kpi-import/import-ledger.ts) in document
 * properties, shared by the team, stored in parts under the 9 KB a value may
 * hold. Before it is written the log gives up undo data of its oldest
 * entries, then its oldest entries, until the whole ledger fits its share of
 * the 500 KB store (property-room.ts refuses in words beyond that).
 */
import * as v from 'valibot';
import type { Lang } from '../../core/i18n/lang';
import { emptyLedger, type ImportLedger } from '../../core/kpi-import/import-ledger';
import { shrinkLedger } from '../../core/kpi-import/record-import';
import { utf8Length } from '../../core/utf8-length';
import { readDocumentRecord, writeDocumentText } from '../document-record';
import { PROPERTY_KEYS } from '../property-keys';
import { assertDocumentPropertiesHold } from '../property-room';

/** The ledger's share of the document's 500 KB: the settings and the team need the rest. */
export const LEDGER_BUDGET_BYTES = 150 * 1024;

/** Read back loosely but checked: a ledger edited by hand or by another version reads as empty, never breaks an import. */
function ledgerSchema() {
  const values = v.record(v.string(), v.number());
  return v.object({
    version: v.literal(1),
    contributions: v.record(v.string(), v.record(v.string(), v.record(v.string(), values))),
    written: values,
    log: v.array(
      v.looseObject({
        id: v.string(),
        at: v.string(),
        by: v.string(),
        files: v.array(v.looseObject({ name: v.string() })),
        undone: v.boolean(),
      }),
    ),
    notes: v.optional(v.record(v.string(), v.string())),
    vat: v.optional(v.record(v.string(), v.object({ included: v.boolean(), rate: v.number() }))),
    // Added later: a ledger without it reads as "not counted", never as 0 deals.
    dealSources: v.optional(
      v.record(
        v.string(),
        v.record(
          v.string(),
          v.object({ deals: v.pipe(v.number(), v.minValue(0)), untagged: v.pipe(v.number(), v.minValue(0)) }),
        ),
      ),
    ),
  });
}

export function readLedger(): ImportLedger {
  const stored = readDocumentRecord(PROPERTY_KEYS.importLedger, ledgerSchema());
  // The checked shape is the ledger's; its entries' other fields were written by writeLedger.
  return stored ? (stored as unknown as ImportLedger) : emptyLedger();
}

/** The ledger as it will be stored: shrunk to its budget, and checked to fit beside everything else. */
export function ledgerToStore(ledger: ImportLedger, lang: Lang): string {
  const fitted = shrinkLedger(ledger, (candidate) => utf8Length(JSON.stringify(candidate)) <= LEDGER_BUDGET_BYTES);
  const text = JSON.stringify(fitted);
  assertDocumentPropertiesHold({ [PROPERTY_KEYS.importLedger]: text }, lang);
  return text;
}

export function writeLedgerText(text: string): void {
  writeDocumentText(PROPERTY_KEYS.importLedger, text);
}
