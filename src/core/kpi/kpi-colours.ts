/** The colours of the add-on's tables: headers, verdicts, negative ROMI and rows the add-on flags. */
import type { Verdict } from '../verdict';

/** Background and text colours of a verdict, for both languages' labels. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, { background: string; font: string }>> = {
  SCALE: { background: '#b7e1cd', font: '#0b5d1e' },
  KEEP: { background: '#e6f4ea', font: '#137333' },
  OPTIMIZE: { background: '#fce8b2', font: '#7a4f01' },
  DROP: { background: '#f4c7c3', font: '#a50e0e' },
  TEST: { background: '#e8eaed', font: '#3c4043' },
};

export const NEGATIVE_ROMI_COLOURS = { background: '#fce8e6', font: '#c5221f' };
/** A count that cannot be right (more qualified leads than leads in the row). */
export const COUNT_PROBLEM_COLOURS = { background: '#f4c7c3', font: '#a50e0e' };
export const HEADER_COLOURS = { background: '#1a73e8', font: '#ffffff' };
/** A row the add-on flags in its Status column (a removed channel's, a duplicate). */
export const KEPT_ROW_BACKGROUND = '#fef7e0';
