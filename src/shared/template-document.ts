/**
 * The template as a file: what "Export" writes and "Import" reads, so a team
 * can set up another spreadsheet the way this one is — settings, channels
 * and their targets, the team's roles and people, the responsibility
 * matrix. Versioned, and checked with the same schemas the sidebar and the
 * server use; the KPI tab's figures are data, not template, and stay out.
 */
import * as z from 'zod/mini';
import { DIRECTIONS, readRaciCell } from '../core/raci';
import { MAX_PEOPLE } from './team';
import { MAX_ROLES, teamSettingsSchema } from './team-settings';
import { templateSettingsSchema } from './template-settings';

export const TEMPLATE_DOCUMENT_FORMAT = 'marketing-kpi-template';
export const TEMPLATE_DOCUMENT_VERSION = 1;
/** A template of 60 channels and 50 people is about 20 KB; ten times that is no template. */
export const MAX_TEMPLATE_DOCUMENT_BYTES = 200 * 1024;
/** The twelve directions and the rows a team added. */
export const MAX_MATRIX_ROWS = 100;

/** Codes of the matrix's own problems; the import's messages word them. */
export type MatrixRuleCode = 'not_raci' | 'cells_count';

const DIRECTION_IDS = DIRECTIONS.map((direction) => direction.id) as [string, ...string[]];

const raciCellTextSchema = z.string().check(
  z.maxLength(20),
  z.refine((text) => readRaciCell(text).ok, { message: 'not_raci' satisfies MatrixRuleCode }),
);

export const matrixDocumentSchema = z
  .object({
    /** The matrix's columns by id: `role:<role id>` or `person:<person id>`, as the team's columns are named. */
    columns: z.array(z.string().check(z.regex(/^(role|person):[a-z0-9-]+$/))).check(z.maxLength(MAX_PEOPLE + MAX_ROLES)),
    rows: z
      .array(
        z.object({
          /** One of the twelve directions, or `null` for a row the team added (known by its name). */
          direction: z.nullable(z.enum(DIRECTION_IDS)),
          name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
          /** One per column: blank, or R, A, C, I and their combinations ("R/A"). */
          cells: z.array(raciCellTextSchema),
        }),
      )
      .check(z.maxLength(MAX_MATRIX_ROWS)),
  })
  .check(
    z.superRefine((matrix, ctx) => {
      matrix.rows.forEach((row, index) => {
        if (row.cells.length !== matrix.columns.length) {
          ctx.addIssue({ code: 'custom', message: 'cells_count' satisfies MatrixRuleCode, path: ['rows', index, 'cells'], input: row.cells });
        }
      });
    }),
  );

export const templateDocumentSchema = z.object({
  format: z.literal(TEMPLATE_DOCUMENT_FORMAT),
  version: z.literal(TEMPLATE_DOCUMENT_VERSION),
  settings: templateSettingsSchema,
  /** `false`: every person's email is blank in the file, and an import keeps the emails the spreadsheet has for them. */
  includesEmails: z.boolean(),
  team: teamSettingsSchema,
  /** `null` when the spreadsheet had no Roles tab to read. */
  matrix: z.nullable(matrixDocumentSchema),
});

export type MatrixDocument = z.infer<typeof matrixDocumentSchema>;
export type TemplateDocument = z.infer<typeof templateDocumentSchema>;
