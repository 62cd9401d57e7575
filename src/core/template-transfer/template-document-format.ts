/**
 * What marks a template file and bounds it. In core because core writes and
 * reads the file (template-document-of.ts, matrix-export.ts); the schema in
 * src/shared/template-document.ts checks against the same constants.
 */
export const TEMPLATE_DOCUMENT_FORMAT = 'marketing-kpi-template';
export const TEMPLATE_DOCUMENT_VERSION = 1;
/** A template of 60 channels and 50 people is about 20 KB; ten times that is no template. */
export const MAX_TEMPLATE_DOCUMENT_BYTES = 200 * 1024;
/** The twelve directions and the rows a team added. */
export const MAX_MATRIX_ROWS = 100;
