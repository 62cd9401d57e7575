/**
 * Random sequences of what a team does in a KPI tab (typed figures, notes,
 * text that looks like a number, formulas of their own on the tab and on a
 * dashboard, a totals row under the table, a column of their own between
 * ours, sorting, renaming the tab) interleaved with settings changes and the
 * add-on's steps (build, sample data, report), run on the pushed bundle
 * (dist/Code.js in node:vm) with the emulator as its Apps Script. After
 * every add-on step: every typed value is where it was (same month ×
 * channel × column identity), every formula of the person's shows what it
 * showed before, the add-on's cells are right, and the add-on said "kept".
 * Used by tests/bundle/kpi-edit-sequences.test.ts (tens of sequences) and
 * `npm run soak` (thousands).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator, type Emulator } from '../../packages/preview/addon-emulator';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { KPI_INPUT_KEYS, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import { monthFromCell, monthsOfYear } from '../../src/core/kpi/month';
import {
  defaultTemplateSettings,
  type ChannelSettings,
  type TemplateSettings,
} from '../../src/shared/template-settings';

const CODE_JS = () => readFileSync(join(import.meta.dirname, '../../dist/Code.js'), 'utf8');
const COLUMN_KEY = 'mkpi.kpi.column';
const OWN_HEADER = 'Mine';

/** Names a team really uses, and the ones Sheets likes to convert. */
const CHANNEL_NAMES = [
  'PPC',
  'SEO',
  '@habr_com',
  '=cost',
  '+7 chat',
  '-minus',
  '10%',
  '01/02/2025',
  '00123',
  'Webinars',
  'Referrals',
  'Events',
];
/** What a person types: figures, text that looks like a number, plain text. As typed (a leading apostrophe marks text). */
const TYPED = ['1200', '0', '45', "'00123", "'50%", 'n/a', "'=x", '3.5'];
const NOTES = ['call back', "'=SUM(1)", "'+7 999", '@anna', "'10%"];

export type EditStep =
  | { kind: 'type'; pick: number; column: number; typed: number }
  | { kind: 'note'; pick: number; typed: number }
  | { kind: 'own_value'; pick: number; typed: number }
  | { kind: 'own_formula'; pick: number }
  | { kind: 'dashboard_formula'; pick: number; column: number }
  | { kind: 'totals_row' }
  | { kind: 'own_column'; before: number }
  | { kind: 'sort'; byChannel: boolean; ascending: boolean }
  | { kind: 'rename_tab' }
  | { kind: 'add_channel'; name: number }
  | { kind: 'remove_channel'; pick: number }
  | { kind: 'rename_channel'; pick: number; name: number }
  | { kind: 'swap_names' }
  | { kind: 'reorder' }
  | { kind: 'year' }
  | { kind: 'currency'; pick: number }
  | { kind: 'language' }
  | { kind: 'build' }
  | { kind: 'sample' }
  | { kind: 'report' };

const pick = fc.nat(1_000);
export const editStep: fc.Arbitrary<EditStep> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      pick,
      column: fc.nat(KPI_INPUT_KEYS.length),
      typed: pick,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('note' as const), pick, typed: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('own_value' as const), pick, typed: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('own_formula' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('dashboard_formula' as const),
      pick,
      column: fc.nat(KPI_INPUT_KEYS.length),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'totals_row' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('own_column' as const), before: fc.nat(KPI_INPUT_KEYS.length) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('sort' as const), byChannel: fc.boolean(), ascending: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'rename_tab' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add_channel' as const), name: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove_channel' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename_channel' as const), pick, name: pick }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'swap_names' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reorder' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'year' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('currency' as const), pick }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'language' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'build' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'sample' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'report' as const }) },
);

/** What a run checked, for the test's report and the soak's summary. */
export interface SequenceStats {
  steps: number;
  addonSteps: number;
  valuesChecked: number;
  formulasChecked: number;
}

interface Typed {
  month: number;
  channelId: string;
  /** A KPI column key, or 'own' for the person's column. */
  column: KpiColumnKey | 'own';
  expected: string | number;
}

/** What a person's typed text reads back as: the apostrophe marks text; digits are a number. */
function readBack(typed: string): string | number {
  if (typed.startsWith("'")) return typed.slice(1);
  return /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed;
}

class KpiWorkspace {
  readonly emulator: Emulator;
  private readonly context: vm.Context;
  settings: TemplateSettings;
  /** The settings of the last build: what the tab should show. */
  builtSettings: TemplateSettings;
  private nextId = 1;
  private tabRenames = 0;
  readonly typed = new Map<string, Typed>();
  hasTotals = false;
  hasOwnColumn = false;
  built = false;

  constructor() {
    this.emulator = createEmulator({ owner: 'head@example.com' });
    this.context = vm.createContext({});
    this.emulator.installGlobals(this.context);
    vm.runInContext(CODE_JS(), this.context, { filename: 'Code.js' });
    const base = defaultTemplateSettings('en', 2026);
    this.settings = { ...base, channels: [this.channel('PPC', 1_000), this.channel('@habr_com', null)] };
    this.builtSettings = this.settings;
  }

  private channel(name: string, targetCpl: number | null): ChannelSettings {
    return { id: `c${this.nextId++}`, name, targetCpl, targetRomi: null };
  }

  call(name: string, ...args: unknown[]): { value?: { message: string; details: string[] }; error?: string } {
    const fn = this.context[name] as (...a: unknown[]) => { message: string; details: string[] };
    try {
      return { value: fn(...args) };
    } catch (error) {
      return { error: String((error as { message?: unknown }).message ?? error) };
    }
  }

  get spreadsheet() {
    return this.emulator.SpreadsheetApp.getActiveSpreadsheet();
  }

  /** The KPI tab, found as the add-on finds it: by its metadata. */
  get sheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const found = this.spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('mkpi.tab')
      .withValue('kpi')
      .find()[0]
      ?.getLocation()
      .getSheet();
    if (!found) throw new Error('no KPI tab');
    return found;
  }

  /** Column of each KPI column key, by metadata. */
  columns(): Map<string, number> {
    const columns = new Map<string, number>();
    for (const metadata of this.sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
      columns.set(metadata.getValue() ?? '', metadata.getLocation().getColumn()?.getColumn() ?? 0);
    }
    return columns;
  }

  ownColumn(): number | null {
    const header = this.sheet.getRange(1, 1, 1, this.sheet.getLastColumn()).getValues()[0] ?? [];
    const index = header.indexOf(OWN_HEADER);
    return index < 0 ? null : index + 1;
  }

  /** The table's rows: sheet row → month serial and channel id. */
  tableRows(): { row: number; month: number; channelId: string }[] {
    const columns = this.columns();
    const idColumn = columns.get('channel_id') ?? 0;
    const monthColumn = columns.get('month') ?? 0;
    const last = this.sheet.getLastRow();
    if (last < 2) return [];
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const ids = this.sheet.getRange(2, idColumn, last - 1, 1).getValues();
    const months = this.sheet.getRange(2, monthColumn, last - 1, 1).getValues();
    const rows: { row: number; month: number; channelId: string }[] = [];
    ids.forEach(([id], index) => {
      const channelId = String(id ?? '');
      if (channelId === '') return;
      const month = months[index]?.[0];
      const key = month instanceof Date ? this.emulator.Utilities.formatDate(month, tz, 'yyyy-MM') : String(month);
      rows.push({ row: index + 2, month: monthKeyNumber(monthFromCell(key) ?? ''), channelId });
    });
    return rows;
  }

  private typedKey(entry: Pick<Typed, 'month' | 'channelId' | 'column'>): string {
    return `${entry.month}|${entry.channelId}|${entry.column}`;
  }

  private rowAt(pickIndex: number): { row: number; month: number; channelId: string } | null {
    const rows = this.tableRows();
    return rows.length === 0 ? null : (rows[pickIndex % rows.length] ?? null);
  }

  /** A person's step; returns false when it does not apply yet (no tab). */
  person(step: EditStep): void {
    if (!this.built) return;
    const sheet = this.sheet;
    const columns = this.columns();
    switch (step.kind) {
      case 'type':
      case 'note':
      case 'own_value': {
        const at = this.rowAt(step.pick);
        if (!at) return;
        const key: KpiColumnKey | 'own' =
          step.kind === 'note'
            ? 'note'
            : step.kind === 'own_value'
              ? 'own'
              : step.column === KPI_INPUT_KEYS.length
                ? 'target_cpl'
                : (KPI_INPUT_KEYS[step.column] ?? 'spend');
        const column = key === 'own' ? this.ownColumn() : (columns.get(key) ?? null);
        if (column === null) return;
        const list = step.kind === 'note' ? NOTES : TYPED;
        const typed = list[step.typed % list.length] ?? '';
        // Figures only in figure columns a person would type them in; text anywhere it is meant as text.
        sheet.getRange(at.row, column).setValue(typed);
        this.typed.set(this.typedKey({ ...at, column: key }), {
          month: at.month,
          channelId: at.channelId,
          column: key,
          expected: readBack(typed),
        });
        return;
      }
      case 'own_formula': {
        const own = this.ownColumn();
        const at = this.rowAt(step.pick);
        const spend = columns.get('spend');
        if (own === null || !at || spend === undefined) return;
        const cell = sheet.getRange(at.row, own);
        cell.setFormula(`=${sheet.getRange(at.row, spend).getA1Notation()}*2`);
        this.typed.delete(this.typedKey({ ...at, column: 'own' }));
        return;
      }
      case 'dashboard_formula': {
        const at = this.rowAt(step.pick);
        const key = KPI_INPUT_KEYS[step.column] ?? 'total_cost';
        const column = columns.get(key);
        if (!at || column === undefined) return;
        const dashboard = this.spreadsheet.getSheetByName('Dashboard') ?? this.spreadsheet.insertSheet('Dashboard');
        const row = dashboard.getLastRow() + 1;
        dashboard
          .getRange(row, 1)
          .setFormula(`='${sheet.getName()}'!${sheet.getRange(at.row, column).getA1Notation()}`);
        return;
      }
      case 'totals_row': {
        if (this.hasTotals) return;
        const rows = this.tableRows();
        const last = Math.max(...rows.map((row) => row.row));
        const spend = columns.get('spend') ?? 3;
        const channel = columns.get('channel') ?? 2;
        const letter = sheet.getRange(1, spend).getA1Notation().replace(/\d+/, '');
        sheet.getRange(last + 1, channel).setValue('Total');
        sheet.getRange(last + 1, spend).setFormula(`=SUM(${letter}2:${letter}${last})`);
        const dashboard = this.spreadsheet.getSheetByName('Dashboard') ?? this.spreadsheet.insertSheet('Dashboard');
        const row = dashboard.getLastRow() + 1;
        dashboard.getRange(row, 1).setFormula(`=SUM(KPI_Spend)`);
        this.hasTotals = true;
        return;
      }
      case 'own_column': {
        if (this.hasOwnColumn) return;
        const key = KPI_INPUT_KEYS[step.before] ?? 'note';
        const before = columns.get(key) ?? 3;
        sheet.insertColumnBefore(before);
        sheet.getRange(1, before).setValue(OWN_HEADER);
        this.hasOwnColumn = true;
        return;
      }
      case 'sort': {
        // The table's rows only, as a person selects them (never the header, never a totals row under it).
        const rows = this.tableRows();
        if (rows.length < 2) return;
        const last = Math.max(...rows.map((row) => row.row));
        const by = step.byChannel ? (columns.get('channel') ?? 2) : (columns.get('spend') ?? 3);
        sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).sort({ column: by, ascending: step.ascending });
        return;
      }
      case 'rename_tab':
        this.tabRenames += 1;
        sheet.setName(`KPI ${this.tabRenames}`);
        return;
      default:
        this.settingsChange(step);
    }
  }

  private settingsChange(step: EditStep): void {
    const channels = [...this.settings.channels];
    const unused = CHANNEL_NAMES.filter((name) => !channels.some((channel) => channel.name === name));
    switch (step.kind) {
      case 'add_channel':
        if (channels.length >= 4 || unused.length === 0) return;
        channels.push(this.channel(unused[step.name % unused.length] ?? 'X', step.name % 2 === 0 ? 800 : null));
        break;
      case 'remove_channel':
        if (channels.length <= 1) return;
        channels.splice(step.pick % channels.length, 1);
        break;
      case 'rename_channel': {
        const index = step.pick % channels.length;
        const channel = channels[index];
        if (!channel || unused.length === 0) return;
        channels[index] = { ...channel, name: unused[step.name % unused.length] ?? channel.name };
        break;
      }
      case 'swap_names': {
        const [a, b] = channels;
        if (!a || !b) return;
        channels[0] = { ...a, name: b.name };
        channels[1] = { ...b, name: a.name };
        break;
      }
      case 'reorder':
        channels.reverse();
        break;
      case 'year':
        this.settings = { ...this.settings, year: this.settings.year === 2026 ? 2027 : 2026 };
        return;
      case 'currency':
        this.settings = { ...this.settings, currency: (['USD', 'EUR', 'RUB'] as const)[step.pick % 3] ?? 'USD' };
        return;
      case 'language':
        this.settings = { ...this.settings, sheetLang: this.settings.sheetLang === 'en' ? 'ru' : 'en' };
        return;
      default:
        return;
    }
    this.settings = { ...this.settings, channels };
  }

  /**
   * Every formula of the person's now, with its value: on the dashboard every
   * formula; on the KPI tab every formula outside the add-on's own cells.
   */
  personFormulas(): { sheet: 'Dashboard' | 'KPI'; row: number; column: number; value: unknown }[] {
    const found: { sheet: 'Dashboard' | 'KPI'; row: number; column: number; value: unknown }[] = [];
    const dashboard = this.spreadsheet.getSheetByName('Dashboard');
    if (dashboard && dashboard.getLastRow() > 0) {
      const range = dashboard.getRange(1, 1, dashboard.getLastRow(), 1);
      const values = range.getValues();
      range.getFormulas().forEach(([formula], r) => {
        if (formula) found.push({ sheet: 'Dashboard', row: r + 1, column: 1, value: values[r]?.[0] });
      });
    }
    const sheet = this.sheet;
    const owned = new Set(
      [...this.columns()]
        .filter(
          ([key]) =>
            !['spend', 'staff_cost', 'leads', 'qualified_leads', 'customers', 'revenue', 'target_cpl', 'note'].includes(
              key,
            ),
        )
        .map(([, column]) => column),
    );
    const tableRows = new Set(this.tableRows().map((row) => row.row));
    const range = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn());
    const values = range.getValues();
    range.getFormulas().forEach((line, r) =>
      line.forEach((formula, c) => {
        if (formula && !(tableRows.has(r + 1) && owned.has(c + 1)) && r > 0)
          found.push({ sheet: 'KPI', row: r + 1, column: c + 1, value: values[r]?.[c] });
      }),
    );
    return found;
  }

  valueAt(sheet: 'Dashboard' | 'KPI', row: number, column: number): unknown {
    const tab = sheet === 'Dashboard' ? this.spreadsheet.getSheetByName('Dashboard') : this.sheet;
    return tab?.getRange(row, column).getValue();
  }

  tableEnd(): number {
    return Math.max(1, ...this.tableRows().map((row) => row.row));
  }
}

function monthKeyNumber(key: string): number {
  return Number(key.replace('-', ''));
}

/** Runs one sequence; throws (with the step) at the first broken promise. */
export function runEditSequence(steps: readonly EditStep[], stats: SequenceStats): void {
  const space = new KpiWorkspace();
  const first = space.call('buildKpiTemplate', space.settings);
  if (first.error) throw new Error(`first build: ${first.error}`);
  space.built = true;
  space.builtSettings = space.settings;
  checkAddonCells(space, stats);

  steps.forEach((step, index) => {
    stats.steps += 1;
    const where = `step ${index + 1} (${JSON.stringify(step)})`;
    if (step.kind !== 'build' && step.kind !== 'sample' && step.kind !== 'report') {
      space.person(step);
      return;
    }
    stats.addonSteps += 1;
    const formulasBefore = space.personFormulas();
    const endBefore = space.tableEnd();
    const kpiBefore = JSON.stringify(space.emulator.snapshot(space.sheet.getName()).values);
    const result =
      step.kind === 'build'
        ? space.call('buildKpiTemplate', space.settings)
        : step.kind === 'sample'
          ? space.call('fillSampleData')
          : space.call('generateMonthlyReport', { month: `${space.settings.year}-03`, replaceExisting: true });
    if (result.error) {
      // A refusal is allowed only as sample data's "already holds numbers"; then nothing may have changed.
      if (step.kind === 'sample' && /already holds numbers/.test(result.error)) {
        if (JSON.stringify(space.emulator.snapshot(space.sheet.getName()).values) !== kpiBefore)
          throw new Error(`${where}: a refused sample changed the tab`);
        return;
      }
      throw new Error(`${where}: ${result.error}`);
    }
    if (step.kind === 'build') {
      space.builtSettings = space.settings;
      // The message is in the person's language (the owner's locale, English), whatever the sheet's.
      const kept = translate(kpiMessages, 'en', 'updated_kept', { added: 0, channels: 0 }).split(':')[0] ?? '';
      if (
        !result.value?.message.startsWith(kept) ||
        !result.value.message.endsWith(
          translate(kpiMessages, 'en', 'updated_kept', { added: 0, channels: 0 }).split(';')[1] ?? '',
        )
      )
        throw new Error(`${where}: the build did not say every value was kept: ${result.value?.message}`);
    }
    if (step.kind === 'report' && JSON.stringify(space.emulator.snapshot(space.sheet.getName()).values) !== kpiBefore)
      throw new Error(`${where}: the report changed the KPI tab`);
    const inserted = space.tableEnd() - endBefore;
    checkTyped(space, where, stats);
    // Sample data changes inputs (empty cells only), so a person's formula may show a new value then.
    if (step.kind !== 'sample') {
      for (const cell of formulasBefore) {
        stats.formulasChecked += 1;
        // Rows under the table moved down by the rows the add-on inserted above them.
        const row = cell.sheet === 'KPI' && cell.row > endBefore ? cell.row + inserted : cell.row;
        const now = space.valueAt(cell.sheet, row, cell.column);
        if (now !== cell.value)
          throw new Error(
            `${where}: ${cell.sheet} R${cell.row}C${cell.column} showed ${String(cell.value)}, now ${String(now)} (R${row})`,
          );
      }
    }
    checkAddonCells(space, stats, where);
  });
}

function checkTyped(space: KpiWorkspace, where: string, stats: SequenceStats): void {
  const rows = new Map(space.tableRows().map((row) => [`${row.month}|${row.channelId}`, row.row]));
  const columns = space.columns();
  const own = space.ownColumn();
  for (const typed of space.typed.values()) {
    stats.valuesChecked += 1;
    const row = rows.get(`${typed.month}|${typed.channelId}`);
    const column = typed.column === 'own' ? own : columns.get(typed.column);
    if (row === undefined || column === undefined || column === null)
      throw new Error(`${where}: the row or column of ${JSON.stringify(typed)} is gone`);
    const cell = space.sheet.getRange(row, column);
    const value = cell.getValue();
    if (cell.getFormula() !== '' || value !== typed.expected)
      throw new Error(`${where}: ${cell.getA1Notation()} (${JSON.stringify(typed)}) holds ${JSON.stringify(value)}`);
  }
}

/** The add-on's own cells: one row per month × channel of the settings, names from the settings, named ranges over exactly the table. */
function checkAddonCells(space: KpiWorkspace, stats: SequenceStats, where = 'first build'): void {
  const rows = space.tableRows();
  const seen = new Set(rows.map((row) => `${row.month}|${row.channelId}`));
  if (seen.size !== rows.length) throw new Error(`${where}: a month × channel row appears twice`);
  for (const month of monthsOfYear(space.builtSettings.year)) {
    for (const channel of space.builtSettings.channels) {
      if (!seen.has(`${monthKeyNumber(month)}|${channel.id}`))
        throw new Error(`${where}: no row for ${month} × ${channel.name}`);
    }
  }
  const columns = space.columns();
  const channelColumn = columns.get('channel') ?? 0;
  const costColumn = columns.get('total_cost') ?? 0;
  const names = new Map(space.builtSettings.channels.map((channel) => [channel.id, channel.name]));
  for (const row of rows) {
    stats.valuesChecked += 1;
    const name = names.get(row.channelId);
    const shown = space.sheet.getRange(row.row, channelColumn).getValue();
    if (name !== undefined && shown !== name)
      throw new Error(
        `${where}: row ${row.row} shows channel ${JSON.stringify(shown)}, the settings call ${row.channelId} ${JSON.stringify(name)}`,
      );
    const figures = ['spend', 'staff_cost']
      .map((key) => space.sheet.getRange(row.row, columns.get(key) ?? 0).getValue())
      .filter((value) => typeof value === 'number') as number[];
    const cost = space.sheet.getRange(row.row, costColumn).getValue();
    const expected = figures.length === 0 ? '' : figures.reduce((sum, value) => sum + value, 0);
    if (space.sheet.getRange(row.row, costColumn).getFormula() !== '' && cost !== expected)
      throw new Error(`${where}: total cost of row ${row.row} is ${String(cost)}, not ${String(expected)}`);
  }
  const end = Math.max(...rows.map((row) => row.row));
  const spend = space.spreadsheet.getRangeByName('KPI_Spend');
  if (spend?.getRow() !== 2 || spend.getLastRow() !== end)
    throw new Error(`${where}: KPI_Spend is ${spend?.getA1Notation()}, the table is rows 2–${end}`);
  const errors = space.emulator
    .snapshot(space.sheet.getName())
    .errors.flat()
    .filter((error) => error !== null);
  if (errors.length > 0) throw new Error(`${where}: error cells on the KPI tab: ${JSON.stringify(errors.slice(0, 3))}`);
}
