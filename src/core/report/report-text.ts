/**
 * The report's sentences: which costs the department's ROI counts, why each
 * channel got its verdict (the one explanation, explainVerdict), and the
 * data-quality notes.
 */
import { monthInWords } from '../i18n/month-names';
import { translate, type MessageParams } from '../i18n/catalog';
import { kpiMessages } from '../i18n/kpi-messages';
import type { Lang } from '../i18n/lang';
import { formatNumber, formatPercent } from '../i18n/number-format';
import { type ImportField, isMoneyField } from '../kpi-import/import-fields';
import { countNoun } from '../i18n/plural';
import { PERSON_FORMS, reportMessages } from '../i18n/report-messages';
import { explainVerdict, verdictLabel } from '../verdict-explanation';
import type { VerdictResult } from '../verdict';
import type { ChannelReportRow } from './channel-table';
import type { DataQualityNote } from './data-quality';
import type { DepartmentCostBasis } from './department-cost';
import { describeSheetRows } from './sheet-row-list';
import { UNTAGGED_DEALS_TOLERANCE_PERCENT } from './untagged-deals-share';

type ReportMessageKey = keyof (typeof reportMessages)['en'];

const money = (value: number, lang: Lang) => formatNumber(value, lang, 0);

export function costBasisText(basis: DepartmentCostBasis, lang: Lang): string {
  if (basis.kind === 'staff_column') return translate(reportMessages, lang, 'basis_staff_column');
  const counted = translate(reportMessages, lang, 'basis_team', {
    teamCost: money(basis.teamMonthlyCost, lang),
    counted: countNoun(lang, basis.membersCounted, PERSON_FORMS),
  });
  if (basis.membersWithoutCost === 0) return counted;
  return `${counted} ${translate(reportMessages, lang, 'basis_team_missing', { missing: countNoun(lang, basis.membersWithoutCost, PERSON_FORMS) })}`;
}

/** Why a channel got its verdict; a channel with nothing entered says so rather than "no leads and no cost". */
export function channelReason(row: ChannelReportRow, lang: Lang): string {
  return row.hasData ? explainVerdict(row.judgement, lang) : translate(reportMessages, lang, 'no_figures');
}

/** A verdict's label, or a dash where there is none (nothing happened, or no figures). */
export function verdictText(result: VerdictResult | null, lang: Lang): string {
  return result?.verdict ? verdictLabel(result.verdict, lang) : translate(reportMessages, lang, 'no_verdict');
}

export function dataQualityText(note: DataQualityNote, lang: Lang): string {
  const say = (key: ReportMessageKey, params?: MessageParams) => translate(reportMessages, lang, key, params);
  switch (note.kind) {
    case 'no_kpi_tab':
      return say('note_no_kpi_tab');
    case 'kpi_tab_empty':
      return say('note_kpi_tab_empty');
    case 'month_empty':
      return say('note_month_empty', { month: monthInWords(note.month, lang) });
    case 'no_comparison':
      return say('note_no_comparison', { month: monthInWords(note.month, lang) });
    case 'missing_months':
      return say('note_missing_months', { months: note.months.map((month) => monthInWords(month, lang)).join(', ') });
    case 'channels_without_data':
      return say('note_channels_without_data', { channels: note.channels.join(', ') });
    case 'spend_without_leads':
      return say('note_spend_without_leads', {
        channel: note.channel,
        cost: money(note.cost, lang),
        rows: describeSheetRows(note.sheetRows),
      });
    case 'revenue_not_entered':
      return say('note_revenue_not_entered', { channels: note.channels.join(', ') });
    case 'plan_missing':
      return say('note_plan_missing', { channels: note.channels.join(', ') });
    case 'cell': {
      const { problem } = note;
      return say(problem.kind === 'text_number' ? 'note_cell_text_number' : 'note_cell_not_a_number', {
        row: problem.sheetRow,
        channel: problem.channel,
        month: monthInWords(problem.month, lang),
        column: translate(kpiMessages, lang, `col_${problem.column}`),
        value: problem.value,
      });
    }
    case 'more_cells':
      return say('note_more_cells', { count: note.count });
    case 'count': {
      const { problem } = note;
      const where = { row: problem.sheetRow, channel: problem.channel, month: monthInWords(problem.month, lang) };
      if (problem.kind === 'qualified_above_leads') {
        return say('note_qualified_above_leads', { ...where, qualified: problem.qualified, leads: problem.leads ?? 0 });
      }
      return say('note_count_not_whole', {
        ...where,
        column: translate(kpiMessages, lang, `col_${problem.column}`),
        value: formatNumber(problem.value, lang, 6),
      });
    }
    case 'more_count_rows':
      return say('note_more_count_rows', { count: note.count });
    case 'customers_above_leads':
      return say('note_customers_above_leads', {
        channel: note.channel,
        month: monthInWords(note.month, lang),
        customers: note.customers,
        leads: note.leads ?? 0,
      });
    case 'unreadable_month_rows':
      return say('note_unreadable_month_rows', { rows: describeSheetRows(note.sheetRows) });
    case 'rows_without_channel':
      return say('note_rows_without_channel', { rows: describeSheetRows(note.sheetRows) });
    case 'duplicate_rows':
      return say('note_duplicate_rows', {
        channel: note.channel,
        month: monthInWords(note.month, lang),
        rows: describeSheetRows(note.sheetRows),
      });
    case 'import_differs': {
      const { difference } = note;
      const figure = (value: number) => formatNumber(value, lang, isMoneyField(difference.field) ? 2 : 0);
      return say('note_import_differs', {
        channel: difference.channel,
        month: monthInWords(note.month, lang),
        column: translate(kpiMessages, lang, `col_${difference.field}`),
        kpi: difference.kpi === null ? say('import_blank') : figure(difference.kpi),
        imported: figure(difference.imported),
        source: say(IMPORTED_FROM[difference.field]),
        difference: `${difference.difference > 0 ? '+' : ''}${figure(difference.difference)}`,
      });
    }
    case 'imports_agree':
      return say('note_imports_agree', { month: monthInWords(note.month, lang), compared: note.compared });
    case 'untagged_deals':
      return say(note.flagged ? 'note_untagged_deals_flagged' : 'note_untagged_deals_ok', {
        share: formatPercent(note.untagged / note.deals, lang, 1),
        month: monthInWords(note.month, lang),
        untagged: formatNumber(note.untagged, lang, 0),
        deals: formatNumber(note.deals, lang, 0),
        tolerance: formatPercent(UNTAGGED_DEALS_TOLERANCE_PERCENT / 100, lang),
      });
    case 'untagged_deals_unknown':
      return say('note_untagged_deals_unknown', { month: monthInWords(note.month, lang) });
  }
}

/** What an imported figure was compared with: spend comes from the cabinets, counts from CRM rows, revenue from deals' sums. */
const IMPORTED_FROM: Readonly<Record<ImportField, ReportMessageKey>> = {
  spend: 'import_source_cabinets',
  leads: 'import_source_crm_rows',
  qualified_leads: 'import_source_crm_rows',
  customers: 'import_source_crm_rows',
  revenue: 'import_source_crm_deals',
};
