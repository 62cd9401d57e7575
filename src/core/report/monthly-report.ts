/**
 * The monthly report as data: what the marketing head reviews once a month
 * (leads, CPL and ROMI of every channel, what to scale and what to drop),
 * computed from the KPI tab's rows. Language and layout come later
 * (report-sheet-model); everything here is numbers and verdicts.
 */
import type { Currency } from '../../shared/template-settings';
import type { TeamMember } from '../../shared/team';
import type { Lang } from '../i18n/lang';
import type { MonthKey } from '../kpi/month';
import type { ReportChannel } from './channel-verdicts';
import { channelTable, type ChannelReportRow } from './channel-table';
import { dataQualityNotes, type DataQualityNote } from './data-quality';
import { departmentCostBasis, type DepartmentCostBasis } from './department-cost';
import { headlineFigures, type HeadlineFigure } from './headline';
import type { KpiRecords } from './kpi-records';
import { monthFigures, sumOfMonths, type MonthFigures } from './month-figures';
import { monthTotals, type MonthTotals } from './month-totals';
import { monthsBefore, monthsEndingWith, monthsOfYearTo } from './report-months';
import { monthPacing, type MonthPacing } from './pacing';
import { reconcileImports, type ImportContributions, type Reconciliation } from './reconciliation';
import { untaggedDealsShare, type UntaggedDealsShare } from './untagged-deals-share';
import type { VatChoice } from '../kpi-import/vat';
import type { DealSourceLedger } from '../kpi-import/deal-source-ledger';

/** How many months the trend shows. */
const TREND_MONTHS = 12;

/** What a report needs of the template settings. */
export interface ReportSettings {
  departmentName: string;
  currency: Currency;
  sheetLang: Lang;
  minLeads: number;
  /** The department's target ROMI (a ratio); a channel's own, when set, comes with the channel. */
  targetRomi: number;
  channels: readonly ReportChannel[];
}

export interface MonthlyReportInput {
  /** The KPI tab read by readKpiRecords; `null` when the spreadsheet has no KPI tab. */
  records: KpiRecords | null;
  month: MonthKey;
  settings: ReportSettings;
  team: readonly TeamMember[];
  /** When the report is generated: passed in, so the same month twice gives the same report. */
  generatedAt: Date | string;
  /** The day the report is generated on the spreadsheet's clock: a report of the month still running shows its pacing. */
  today?: { month: MonthKey; day: number };
  /** What imports brought (the import ledger's contributions) and the channels' ids, to reconcile the month's figures with them. */
  imports?: {
    contributions: ImportContributions;
    channelNames: Readonly<Record<string, string>>;
    /** The ledger's counts of CRM deals without a source; absent in ledgers written before they were counted. */
    dealSources?: DealSourceLedger;
    /** The day (spreadsheet's clock) of the last import behind the month's figures (import-as-of.ts); `null` or absent: none. */
    lastImport?: { month: MonthKey; day: number } | null;
    /** Each source's last answer to the VAT question (import ledger), named by How we count for the month's sources. */
    vat?: Readonly<Record<string, VatChoice>>;
  };
}

export interface MonthlyReport {
  month: MonthKey;
  previousMonth: MonthKey;
  generatedAt: Date;
  settings: ReportSettings;
  kpiTabFound: boolean;
  /** The KPI tab's rows behind this month's figures, and the span of rows read for comparisons and the trend. */
  sourceRows: { month: number[]; read: { first: number; last: number } | null };
  totals: MonthTotals;
  previousTotals: MonthTotals;
  /** The department's figures of the month and of the month before, by the one staff cost. */
  figures: MonthFigures;
  previousFigures: MonthFigures;
  headline: HeadlineFigure[];
  costBasis: DepartmentCostBasis;
  channels: ChannelReportRow[];
  /** The month's blended CPL, when some channel without a target was judged against it. */
  blendedTargetCpl: number | null;
  scale: ChannelReportRow[];
  dropOrRework: ChannelReportRow[];
  /** Channels with figures to keep as they are or to keep testing (KEEP, TEST). */
  keepTesting: ChannelReportRow[];
  notes: DataQualityNote[];
  /** The last twelve months up to the report's, oldest first. */
  trend: MonthFigures[];
  /** January of the report's year up to its month, added up. */
  yearToDate: MonthFigures;
  /** The month still running: its figures so far against the plan; `null` for a month that has ended. */
  pacing: MonthPacing | null;
  /** The month's imported figures against the tab; `null` when no import brought figures for it. */
  reconciliation: Reconciliation | null;
  /** The month's CRM deals without a source or UTM, as the imports counted them; `null` when no CRM export was imported for it. */
  untaggedDeals: UntaggedDealsShare | null;
  /** The VAT answers of the sources whose spend the month's imports brought (absent or empty: none asked). */
  importVat?: { source: string; vat: VatChoice }[];
}

function noRecords(): KpiRecords {
  return {
    byMonth: new Map(),
    cellProblems: [],
    countProblems: [],
    unreadableMonthRows: [],
    rowsWithoutChannel: [],
    rowSpan: null,
  };
}

export function buildMonthlyReport({
  records,
  month,
  settings,
  team,
  generatedAt,
  today,
  imports,
}: MonthlyReportInput): MonthlyReport {
  const kpi = records ?? noRecords();
  const previousMonth = monthsBefore(month, 1);
  const totals = monthTotals(kpi, month);
  const previousTotals = monthTotals(kpi, previousMonth);
  const costBasis = departmentCostBasis(team);
  const figuresOf = (key: MonthKey) => monthFigures(monthTotals(kpi, key), costBasis);
  const figures = monthFigures(totals, costBasis);
  const previousFigures = monthFigures(previousTotals, costBasis);
  const channels = channelTable(kpi, month, settings.channels, {
    minLeads: settings.minLeads,
    targetRomi: settings.targetRomi,
  });
  const window = monthsEndingWith(month, TREND_MONTHS);
  const reconciliation =
    imports && records !== null
      ? reconcileImports({
          contributions: imports.contributions,
          channelNames: imports.channelNames,
          month,
          records: kpi,
        })
      : null;
  const untaggedDeals = imports ? untaggedDealsShare(imports.contributions, imports.dealSources, month) : null;
  const blended = channels.find((row) => row.targetIsBlended && row.targetCpl !== null);
  return {
    month,
    previousMonth,
    generatedAt: typeof generatedAt === 'string' ? new Date(generatedAt) : generatedAt,
    settings,
    kpiTabFound: records !== null,
    sourceRows: { month: channels.flatMap((row) => row.sheetRows).sort((a, b) => a - b), read: kpi.rowSpan },
    totals,
    previousTotals,
    figures,
    previousFigures,
    headline: headlineFigures(figures, previousFigures),
    costBasis,
    channels,
    blendedTargetCpl: blended ? blended.targetCpl : null,
    scale: channels.filter((row) => row.judgement.verdict === 'SCALE'),
    dropOrRework: channels.filter((row) => row.judgement.verdict === 'DROP' || row.judgement.verdict === 'OPTIMIZE'),
    keepTesting: channels.filter(
      (row) => row.hasData && (row.judgement.verdict === 'KEEP' || row.judgement.verdict === 'TEST'),
    ),
    notes: dataQualityNotes({
      records: kpi,
      kpiTabFound: records !== null,
      month,
      window,
      channels,
      reconciliation,
      untaggedDeals,
    }),
    trend: window.map(figuresOf),
    yearToDate: sumOfMonths(monthsOfYearTo(month).map(figuresOf), month),
    pacing: today ? monthPacing(figures, month, today, imports?.lastImport ?? null) : null,
    reconciliation,
    untaggedDeals,
    importVat: Object.entries(imports?.vat ?? {})
      .filter(([source]) =>
        Object.values(imports?.contributions[source]?.[month] ?? {}).some((values) => values.spend !== undefined),
      )
      .map(([source, vat]) => ({ source, vat })),
  };
}
