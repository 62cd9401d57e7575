/**
 * EmbeddedChartBuilder and EmbeddedChart: a chart is recorded as data (type,
 * ranges, position, options) so tests and the preview can see what the
 * server asked for. Nothing is drawn. One builder class stands for every
 * typed builder (`asColumnChart()` and the rest); their setters record
 * Google Charts options ('title', 'hAxis.title', 'legend.position', …).
 */
import { asAppsScript, enumMember, enumName } from './apps-script-types';
import type { ChartData, ChartPosition } from './chart-data';
import type { GridRange } from './grid-range';
import type { EmulatorRuntime } from './runtime';

type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type ContainerInfo = GoogleAppsScript.Spreadsheet.ContainerInfo;
/** What `as…Chart()` returns: one object that answers for each typed builder. */
type TypedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedHistogramChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder;

const DEFAULT_POSITION: ChartPosition = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };

export function chartBuilderFacade(runtime: EmulatorRuntime, sheetId: number, from?: ChartData): EmbeddedChartBuilder {
  return asAppsScript<EmbeddedChartBuilder>(
    runtime.expose(new EmulatedChartBuilder(runtime, sheetId, from), 'EmbeddedChartBuilder'),
  );
}

export function embeddedChartFacade(runtime: EmulatorRuntime, sheetId: number, data: ChartData): EmbeddedChart {
  return asAppsScript<EmbeddedChart>(
    runtime.expose(new EmulatedEmbeddedChart(runtime, sheetId, data), 'EmbeddedChart'),
  );
}

class EmulatedContainerInfo
  implements Pick<ContainerInfo, 'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'>
{
  constructor(private readonly position: ChartPosition) {}

  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }

  getAnchorRow(): number {
    return this.position.anchorRow;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

class EmulatedChartOptions implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares chart options as any.
  get(option: string): any {
    return this.options[option] ?? null;
  }
}

export class EmulatedEmbeddedChart
  implements
    Pick<
      EmbeddedChart,
      | 'getChartId'
      | 'getContainerInfo'
      | 'getNumHeaders'
      | 'getOptions'
      | 'getRanges'
      | 'getTransposeRowsAndColumns'
      | 'modify'
    >
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly sheetId: number,
    /** Replaced with the id when the chart is inserted. */
    public data: ChartData,
  ) {}

  getChartId(): number | null {
    return this.data.chartId;
  }

  getContainerInfo(): ContainerInfo {
    return asAppsScript<ContainerInfo>(
      this.runtime.expose(new EmulatedContainerInfo(this.data.position), 'ContainerInfo'),
    );
  }

  getNumHeaders(): number {
    return this.data.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return asAppsScript<GoogleAppsScript.Charts.ChartOptions>(
      this.runtime.expose(new EmulatedChartOptions(this.data.options), 'ChartOptions'),
    );
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((range) => this.runtime.facades.range(range));
  }

  getTransposeRowsAndColumns(): boolean {
    return this.data.transposeRowsAndColumns;
  }

  modify(): EmbeddedChartBuilder {
    return chartBuilderFacade(this.runtime, this.sheetId, this.data);
  }
}

type BuilderMethod =
  | 'addRange'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asHistogramChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asTableChart'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

export class EmulatedChartBuilder implements Pick<EmbeddedChartBuilder, BuilderMethod> {
  private chartType: string;
  private ranges: GridRange[];
  private position: ChartPosition;
  private options: Record<string, unknown>;
  private numHeaders: number;
  private transpose: boolean;
  private readonly chartId: number | null;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly sheetId: number,
    from?: ChartData,
  ) {
    this.chartType = from?.chartType ?? 'COLUMN';
    this.ranges = from ? from.ranges.map((range) => ({ ...range })) : [];
    this.position = { ...(from?.position ?? DEFAULT_POSITION) };
    this.options = { ...from?.options };
    this.numHeaders = from?.numHeaders ?? -1;
    this.transpose = from?.transposeRowsAndColumns ?? false;
    this.chartId = from?.chartId ?? null;
  }

  private self(): EmbeddedChartBuilder {
    return asAppsScript<EmbeddedChartBuilder>(this);
  }

  private typed(chartType?: string): TypedChartBuilder {
    if (chartType) this.chartType = chartType;
    return asAppsScript<TypedChartBuilder>(this as Partial<TypedChartBuilder>);
  }

  private option(name: string, value: unknown): TypedChartBuilder {
    this.options[name] = value;
    return this.typed();
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): EmbeddedChartBuilder {
    this.ranges.push({ ...this.runtime.facades.rangeRef(range, 'range') });
    return this.self();
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): EmbeddedChartBuilder {
    const ref = this.runtime.facades.rangeRef(range, 'range');
    this.ranges = this.ranges.filter((kept) => JSON.stringify(kept) !== JSON.stringify(ref));
    return this.self();
  }

  clearRanges(): EmbeddedChartBuilder {
    this.ranges = [];
    return this.self();
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((range) => this.runtime.facades.range(range));
  }

  asAreaChart(): TypedChartBuilder {
    return this.typed('AREA');
  }

  asBarChart(): TypedChartBuilder {
    return this.typed('BAR');
  }

  asColumnChart(): TypedChartBuilder {
    return this.typed('COLUMN');
  }

  asComboChart(): TypedChartBuilder {
    return this.typed('COMBO');
  }

  asHistogramChart(): TypedChartBuilder {
    return this.typed('HISTOGRAM');
  }

  asLineChart(): TypedChartBuilder {
    return this.typed('LINE');
  }

  asPieChart(): TypedChartBuilder {
    return this.typed('PIE');
  }

  asScatterChart(): TypedChartBuilder {
    return this.typed('SCATTER');
  }

  asTableChart(): TypedChartBuilder {
    return this.typed('TABLE');
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilder {
    this.chartType = enumName(type);
    return this.self();
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return enumMember<GoogleAppsScript.Charts.ChartType>(this.chartType);
  }

  getContainer(): ContainerInfo {
    return asAppsScript<ContainerInfo>(
      this.runtime.expose(new EmulatedContainerInfo({ ...this.position }), 'ContainerInfo'),
    );
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this.self();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Google Charts options take any value.
  setOption(option: string, value: any): EmbeddedChartBuilder {
    this.options[option] = value;
    return this.self();
  }

  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.numHeaders = headers;
    return this.self();
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.transpose = transpose;
    return this.self();
  }

  // The typed builders' common setters, recorded as the Google Charts options they stand for.

  setTitle(chartTitle: string): TypedChartBuilder {
    return this.option('title', chartTitle);
  }

  setXAxisTitle(title: string): TypedChartBuilder {
    return this.option('hAxis.title', title);
  }

  setYAxisTitle(title: string): TypedChartBuilder {
    return this.option('vAxis.title', title);
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): TypedChartBuilder {
    return this.option('legend.position', enumName(position).toLowerCase());
  }

  setColors(cssValues: string[]): TypedChartBuilder {
    return this.option('colors', [...cssValues]);
  }

  setBackgroundColor(cssValue: string): TypedChartBuilder {
    return this.option('backgroundColor', cssValue);
  }

  setStacked(): TypedChartBuilder {
    return this.option('isStacked', true);
  }

  set3D(): TypedChartBuilder {
    return this.option('is3D', true);
  }

  reverseCategories(): TypedChartBuilder {
    return this.option('hAxis.direction', -1);
  }

  useLogScale(): TypedChartBuilder {
    return this.option('vAxis.logScale', true);
  }

  build(): EmbeddedChart {
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range (addRange).');
    return embeddedChartFacade(this.runtime, this.sheetId, {
      chartId: this.chartId,
      chartType: this.chartType,
      ranges: this.ranges.map((range) => ({ ...range })),
      position: { ...this.position },
      options: { ...this.options },
      numHeaders: this.numHeaders,
      transposeRowsAndColumns: this.transpose,
    });
  }
}
