import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { formatNumber } from '../i18n/number-format';
import { countNoun, pluralForm, type NounForms } from '../i18n/plural';
import { DIRECTION_COUNT_FORMS, EMPLOYEE_FORMS, PEOPLE_FORMS, raciMessages } from '../i18n/raci-messages';
import type { DirectionCheck, DirectionFault } from './direction-check';
import type { RaciFinding } from './review';
import type { RoleLoad } from './role-load';
import { MID_SIZE_COMPANY_HEADCOUNT, type StaffingCheck } from './staffing';

/**
 * The matrix's findings in words, in one language. The names of rows and
 * columns come from the sheet (a person may rename a role or list people
 * instead of roles); a missing or blank name reads "column 3" / "row 5".
 */
export interface RaciLabels {
  /** One per matrix row, in order. */
  directionNames?: readonly string[];
  /** One per matrix column, in order. */
  roleNames?: readonly string[];
}

/** A finding for the sidebar: what is wrong, and a short word on why it matters. */
export interface ExplainedFinding {
  text: string;
  why: string;
}

/** "OK" for a direction in order, otherwise its faults as one sentence: "No one is accountable (A); no one is responsible (R)". */
export function directionStatusText(check: DirectionCheck, lang: Lang, roleNames?: readonly string[]): string {
  if (check.faults.length === 0) return translate(raciMessages, lang, 'ok');
  return capitalise(faultsClause(check.faults, lang, roleNames));
}

/** "R 3 · A 1", or "R 6 · A 0 — overloaded (limit 4)". */
export function roleLoadText(load: RoleLoad, lang: Lang): string {
  return translate(raciMessages, lang, load.overloaded ? 'role_counts_overloaded' : 'role_counts', {
    responsible: load.responsible,
    accountable: load.accountable,
    limit: load.maxResponsible,
  });
}

/** "OK", or why the department is too small, as a sentence. */
export function staffingStatusText(check: StaffingCheck, lang: Lang): string {
  switch (check.verdict) {
    case 'ok':
      return translate(raciMessages, lang, 'ok');
    case 'understaffed':
      return capitalise(
        translate(raciMessages, lang, 'understaffed', {
          people: counted(check.departmentPeople, lang, PEOPLE_FORMS),
          headcount: counted(check.companyHeadcount, lang, EMPLOYEE_FORMS),
          minHeadcount: formatNumber(MID_SIZE_COMPANY_HEADCOUNT, lang, 0),
          minimum: check.minimumPeople,
        }),
      );
    case 'single_specialist':
      return capitalise(
        translate(raciMessages, lang, 'single_specialist', {
          people: counted(check.departmentPeople, lang, PEOPLE_FORMS),
        }),
      );
  }
}

/** A finding as the sidebar shows it: "Strategy: 2 are accountable (A): Head of marketing, PR manager — keep exactly one". */
export function explainFinding(finding: RaciFinding, lang: Lang, labels: RaciLabels = {}): ExplainedFinding {
  switch (finding.topic) {
    case 'direction':
      return {
        text: translate(raciMessages, lang, 'direction_finding', {
          direction: directionName(finding.row, lang, labels.directionNames),
          faults: faultClause(finding.fault, lang, labels.roleNames),
        }),
        why: translate(raciMessages, lang, `why_${finding.fault.kind}`),
      };
    case 'role':
      return {
        text: capitalise(
          translate(raciMessages, lang, 'role_overloaded', {
            role: roleName(finding.column, lang, labels.roleNames),
            directions: countNoun(lang, finding.load.responsible, DIRECTION_COUNT_FORMS),
            limit: finding.load.maxResponsible,
          }),
        ),
        why: translate(raciMessages, lang, 'why_overloaded'),
      };
    case 'staffing':
      return {
        text: staffingStatusText(finding.check, lang),
        why: translate(
          raciMessages,
          lang,
          finding.check.verdict === 'understaffed' ? 'why_understaffed' : 'why_single_specialist',
        ),
      };
  }
}

/** A column's name from the sheet, or "column 3" (1-based) when there is none. */
export function roleName(column: number, lang: Lang, roleNames?: readonly string[]): string {
  const name = roleNames?.[column]?.trim();
  return name ? name : translate(raciMessages, lang, 'column_fallback', { column: column + 1 });
}

/** A row's name from the sheet, or "row 5" (1-based) when there is none. */
export function directionName(row: number, lang: Lang, directionNames?: readonly string[]): string {
  const name = directionNames?.[row]?.trim();
  return name ? name : translate(raciMessages, lang, 'row_fallback', { row: row + 1 });
}

function faultsClause(faults: readonly DirectionFault[], lang: Lang, roleNames?: readonly string[]): string {
  return faults.map((fault) => faultClause(fault, lang, roleNames)).join('; ');
}

function faultClause(fault: DirectionFault, lang: Lang, roleNames?: readonly string[]): string {
  switch (fault.kind) {
    case 'no_accountable':
    case 'no_responsible':
      return translate(raciMessages, lang, fault.kind);
    case 'several_accountable':
      // Without names, the row beside the cell already shows who holds the A.
      return roleNames
        ? translate(raciMessages, lang, 'several_accountable_named', {
            count: fault.count,
            names: fault.columns.map((column) => roleName(column, lang, roleNames)).join(', '),
          })
        : translate(raciMessages, lang, 'several_accountable', { count: fault.count });
  }
}

function counted(count: number, lang: Lang, forms: Record<Lang, NounForms>): string {
  return `${formatNumber(count, lang, 0)} ${pluralForm(lang, count, forms[lang])}`;
}

/** Our clauses start with a lower-case word or a number; a sentence starts with a capital. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
