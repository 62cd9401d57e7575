/**
 * The team's saved column mappings (core/import/saved-mappings.ts), kept in
 * the document and checked on the way in and out: a mapping names the
 * header it was made for and which of its columns is the date, the source,
 * the money. Bounds keep the list inside the document's property room.
 */
import * as v from 'valibot';
import { choice } from './schema';

/** Saved mappings the team keeps: one per kind of unknown file is the use; 30 is generous. */
export const MAX_SAVED_MAPPINGS = 30;
/** amoCRM's export has 76 columns, with custom fields more. */
const MAX_HEADER_COLUMNS = 300;
const MAX_MAPPING_NAME = 100;

function columnName() {
  return v.pipe(v.string(), v.maxLength(200));
}

function optionalColumn() {
  return v.optional(columnName());
}

export function mappingNameSchema() {
  return v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_MAPPING_NAME));
}

export function savedColumnMappingSchema() {
  return v.object({
    name: mappingNameSchema(),
    header: v.pipe(v.array(columnName()), v.minLength(1), v.maxLength(MAX_HEADER_COLUMNS)),
    columns: v.object({
      kind: choice(['cabinet', 'crm']),
      date: v.pipe(columnName(), v.minLength(1)),
      campaign: optionalColumn(),
      source: optionalColumn(),
      utmSource: optionalColumn(),
      utmMedium: optionalColumn(),
      utmCampaign: optionalColumn(),
      spend: optionalColumn(),
      currency: optionalColumn(),
      stage: optionalColumn(),
      amount: optionalColumn(),
      wonDate: optionalColumn(),
    }),
  });
}

export function savedColumnMappingsSchema() {
  return v.pipe(v.array(savedColumnMappingSchema()), v.maxLength(MAX_SAVED_MAPPINGS));
}

export function renameMappingRequestSchema() {
  return v.object({ name: mappingNameSchema(), newName: mappingNameSchema() });
}
