/**
 * The template as a file: what "Export" writes and "Import" reads, so a team
 * can set up another spreadsheet the way this one is — settings, channels
 * and their targets, the team's roles and people, the responsibility
 * matrix. Versioned, and checked with the same schemas the sidebar and the
 * server use; the KPI tab's figures are data, not template, and stay out.
 */
import * as v from 'valibot';
import { DIRECTIONS, readRaciCell } from '../core/raci';
import {
  MAX_MATRIX_ROWS,
  TEMPLATE_DOCUMENT_FORMAT,
  TEMPLATE_DOCUMENT_VERSION,
} from '../core/template-transfer/template-document-format';
import { choice, exactly, objectRule, type Infer } from './schema';
import { MAX_PEOPLE } from './team';
import { MAX_ROLES, teamSettingsSchema } from './team-settings';
import { templateSettingsSchema } from './template-settings';

// The file's marks and bounds live in core, which writes and reads the file; the schema checks against them.
export {
  MAX_MATRIX_ROWS,
  MAX_TEMPLATE_DOCUMENT_BYTES,
  TEMPLATE_DOCUMENT_FORMAT,
  TEMPLATE_DOCUMENT_VERSION,
} from '../core/template-transfer/template-document-format';

/** Codes of the matrix's own problems; the import's messages word them. */
export type MatrixRuleCode = 'not_raci' | 'cells_count';

function buildMatrixDocumentSchema() {
  const directionIds = DIRECTIONS.map((direction) => direction.id) as [string, ...string[]];
  const raciCellText = v.pipe(
    v.string(),
    v.maxLength(20),
    v.check((text) => readRaciCell(text).ok, 'not_raci' satisfies MatrixRuleCode),
  );
  const row = v.object({
    /** One of the twelve directions, or `null` for a row the team added (known by its name). */
    direction: v.nullable(choice(directionIds)),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
    /** One per column: blank, or R, A, C, I and their combinations ("R/A"). */
    cells: v.array(raciCellText),
  });
  const fields = v.object({
    /** The matrix's columns by id: `role:<role id>` or `person:<person id>`, as the team's columns are named. */
    columns: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^(role|person):[a-z0-9-]+$/))),
      v.maxLength(MAX_PEOPLE + MAX_ROLES),
    ),
    rows: v.pipe(v.array(row), v.maxLength(MAX_MATRIX_ROWS)),
  });
  return v.pipe(
    fields,
    objectRule<Infer<typeof fields>>((matrix, report) => {
      matrix.rows.forEach((row, index) => {
        if (row.cells.length !== matrix.columns.length)
          report('cells_count' satisfies MatrixRuleCode, ['rows', index, 'cells']);
      });
    }),
  );
}

function buildTemplateDocumentSchema() {
  return v.object({
    format: exactly(TEMPLATE_DOCUMENT_FORMAT),
    version: exactly(TEMPLATE_DOCUMENT_VERSION),
    settings: templateSettingsSchema(),
    /** `false`: every person's email is blank in the file, and an import keeps the emails the spreadsheet has for them. */
    includesEmails: v.boolean(),
    team: teamSettingsSchema(),
    /** `null` when the spreadsheet had no Roles tab to read. */
    matrix: v.nullable(buildMatrixDocumentSchema()),
  });
}

let templateDocument: ReturnType<typeof buildTemplateDocumentSchema> | undefined;
/** Built on first use: each custom-function call loads the whole script, and none needs it. */
export function templateDocumentSchema(): ReturnType<typeof buildTemplateDocumentSchema> {
  return (templateDocument ??= buildTemplateDocumentSchema());
}

export type MatrixDocument = Infer<ReturnType<typeof buildMatrixDocumentSchema>>;
export type TemplateDocument = Infer<ReturnType<typeof templateDocumentSchema>>;
