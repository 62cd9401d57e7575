/**
 * The preview page as a person uses it, for browser tests: the grid, the
 * menus, the dialogs, and the add-on's sidebar in its frame. Every wait is
 * for a condition on the page, never a fixed sleep.
 *
 *   const sheets = await PreviewPage.open(browser, preview.url);
 *   await sheets.sidebar.locator('#kpi-build').click();
 *   await sheets.typeInCell(kpiCell('spend', 2), '50000');
 *   await sheets.waitForCellText(kpiCell('verdict', 2), 'DROP');
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { DEFAULT_ROW_HEIGHT } from '../../../packages/preview/page/grid-geometry';

/** Wide enough for the frozen columns and a KPI row's results beside the 300 px sidebar. */
export const VIEWPORT = { width: 1640, height: 900 } as const;

/**
 * In the page: whether the cell is drawn with the text wanted. A cell below the drawn rows is not: the grid
 * is scrolled to where its row will be, which brings the row into reach, and the page draws it.
 */
const cellIsAsWanted = ({ a1, wanted, rowHeight }: { a1: string; wanted: WantedText; rowHeight: number }) => {
  const grid = document.getElementById('grid');
  const cell = grid?.querySelector(`td[data-a1="${a1}"]`);
  if (!cell) {
    const row = Number(/\d+$/.exec(a1)?.[0]);
    const undrawn = grid?.querySelector<HTMLElement>('tr.undrawn-rows');
    const scroller = document.getElementById('grid-scroll');
    const first = Number(undrawn?.dataset.firstRow);
    if (undrawn && scroller && row >= first) scroller.scrollTop = undrawn.offsetTop + (row - first) * rowHeight;
    return false;
  }
  const text = cell.textContent ?? '';
  if ('drawn' in wanted) return true;
  if ('text' in wanted) return text === wanted.text;
  if ('not' in wanted) return text !== wanted.not;
  return new RegExp(wanted.source, wanted.flags).test(text);
};

/** How often `waitForCell` looks again (ms): about a frame, without asking the page for frames. */
const POLL_MS = 20;

/** What `waitForCell` waits for in a cell: drawn at all, a text, a pattern, or a text other than one. */
type WantedText = { drawn: true } | { text: string } | { not: string } | { source: string; flags: string };

export class PreviewPage {
  /** Uncaught errors in the page or the sidebar, which `close()` reports. */
  readonly pageErrors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  /** Opens the preview in a fresh browser context and waits until the sidebar has loaded its state from the server. */
  static async open(browser: Browser, url: string, options: { locale?: string } = {}): Promise<PreviewPage> {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: options.locale ?? 'en-US',
      deviceScaleFactor: 1,
    });
    const preview = new PreviewPage(context, await context.newPage());
    await preview.page.goto(url);
    await preview.sidebar.locator('#sidebar-sections[aria-busy="false"]').waitFor();
    await preview.settled();
    return preview;
  }

  /** Closes the page; fails if the page or the sidebar threw anything uncaught meanwhile, which no flow should. */
  async close(): Promise<void> {
    await this.context.close();
    if (this.pageErrors.length > 0) throw new Error(`The preview page reported errors: ${this.pageErrors.join('; ')}`);
  }

  /** The add-on's sidebar (dist/Sidebar.html) inside its frame. */
  get sidebar(): FrameLocator {
    return this.page.frameLocator('#sidebar-frame');
  }

  /**
   * The cell as drawn. The grid draws the rows from the top to a little past the bottom of its view and more
   * as it is scrolled (packages/preview/page/grid-geometry.ts `rowsToDraw`): for a row further down, `revealCell`
   * first (the helpers below that read or type into a cell do).
   */
  cell(a1: string): Locator {
    return this.page.locator(`#grid td[data-a1="${a1}"]`);
  }

  /**
   * Waits until the cell is drawn; when the shown tab has not drawn its row yet, scrolls the grid down to
   * it, as a person would. A row drawn already is left where it is, so the grid stays scrolled as it was.
   */
  async revealCell(a1: string): Promise<void> {
    await this.waitForCell(a1, { drawn: true });
  }

  async cellText(a1: string): Promise<string> {
    const text = await this.drawnText(a1);
    if (text !== null) return text;
    await this.revealCell(a1);
    return (await this.cell(a1).textContent()) ?? '';
  }

  /** The cell's text if it is drawn, else null: one look, where a wait sets up a poll in the page and takes it down. */
  private drawnText(a1: string): Promise<string | null> {
    return this.page.evaluate(
      (cellA1) => document.querySelector(`#grid td[data-a1="${cellA1}"]`)?.textContent ?? null,
      a1,
    );
  }

  /** Waits until the cell shows `expected` (text, or a pattern). */
  async waitForCellText(a1: string, expected: string | RegExp): Promise<void> {
    await this.waitForCell(
      a1,
      typeof expected === 'string' ? { text: expected } : { source: expected.source, flags: expected.flags },
    );
  }

  /** Waits until the cell no longer shows `previous`; returns what it shows now. */
  async waitForCellChange(a1: string, previous: string): Promise<string> {
    await this.waitForCell(a1, { not: previous });
    return this.cellText(a1);
  }

  /**
   * Waits until the cell is drawn and its text is as wanted, scrolling down to its row while it is not drawn
   * (`revealCell`). Looked at once first: a cell already as wanted (most are, once the page has settled)
   * costs one call into the page, where a wait sets up a poll there and takes it down (about 5 ms of CPU).
   */
  private async waitForCell(a1: string, wanted: WantedText): Promise<void> {
    const arg = { a1, wanted, rowHeight: DEFAULT_ROW_HEIGHT };
    if (await this.page.evaluate(cellIsAsWanted, arg)) return;
    // Checked every 20 ms rather than every frame: asking for frames while waiting kept the renderer, the
    // compositor and the display compositor drawing 60 frames a second (about 70 ms of CPU per second of
    // waiting, 13 ms at this interval).
    await this.page.waitForFunction(cellIsAsWanted, arg, { polling: POLL_MS });
  }

  /**
   * Every drawn cell of the shown tab by A1, as text, once the grid has drawn all its rows: scrolls to the
   * end of the tab (as a person scrolling through it), reads, and scrolls back to where the grid was.
   */
  async allCells(): Promise<Map<string, string>> {
    const pairs = await this.page.evaluate(async () => {
      const scroller = document.getElementById('grid-scroll');
      if (!scroller) return [];
      const start = scroller.scrollTop;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      while (document.querySelector('#grid tr.undrawn-rows')) {
        scroller.scrollTop = scroller.scrollHeight;
        await frame();
      }
      const cells = [...document.querySelectorAll<HTMLElement>('#grid td[data-a1]')];
      const read = cells.map((cell) => [cell.dataset.a1 ?? '', cell.textContent ?? ''] as const);
      scroller.scrollTop = start;
      await frame();
      return read;
    });
    return new Map(pairs);
  }

  /** The cell's background as the browser paints it ("rgb(244, 199, 195)"). */
  async cellBackground(a1: string): Promise<string> {
    await this.revealCell(a1);
    return this.cell(a1).evaluate((cell) => getComputedStyle(cell).backgroundColor);
  }

  /** Selects a cell and types into it as a person does: the first key starts editing, Enter commits. */
  async typeInCell(a1: string, text: string): Promise<void> {
    await this.revealCell(a1);
    await this.cell(a1).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.settled();
  }

  /** The tab bar's tab for a sheet. */
  tab(sheetName: string): Locator {
    return this.page.locator(`.sheet-tab[data-sheet="${sheetName}"]`);
  }

  /** The sheet the grid shows. */
  async shownSheet(): Promise<string> {
    return (await this.page.locator('#grid').getAttribute('data-sheet')) ?? '';
  }

  /** Extensions → the add-on → an item, by the server function it runs. */
  async runAddonMenuItem(functionName: string): Promise<void> {
    await this.page.locator('#menu-extensions').click();
    await this.page.locator('#menu-addon > .menu-item').hover();
    await this.page.locator(`#menu-addon [data-menu-function="${functionName}"]`).click();
    await this.settled();
  }

  /** The add-on's menu items as captions, in order. */
  async addonMenuCaptions(): Promise<string[]> {
    await this.page.locator('#menu-extensions').click();
    await this.page.locator('#menu-addon > .menu-item').hover();
    const captions = await this.page.locator('#menu-addon [data-menu-function]').allTextContents();
    await this.page.keyboard.press('Escape');
    return captions;
  }

  /** Preview → "A teammate's build holds the document lock". */
  async toggleDocumentLock(): Promise<void> {
    await this.page.locator('#menu-preview').click();
    await this.page.locator('#preview-document-lock').click();
    await this.settled();
  }

  /** The open dialog's title and message. */
  async dialog(): Promise<{ title: string; message: string }> {
    const dialog = this.page.locator('#dialog');
    await dialog.waitFor();
    return {
      title: (await dialog.locator('#dialog-title').textContent()) ?? '',
      message: (await dialog.locator('#dialog-message').textContent()) ?? '',
    };
  }

  async answerDialog(ok = true): Promise<void> {
    await this.page.locator(ok ? '#dialog-ok' : '#dialog-cancel').click();
    await this.settled();
  }

  toast(): Locator {
    return this.page.locator('#toast');
  }

  /** Waits until the page has no request to the preview server in flight. */
  async settled(): Promise<void> {
    await this.page.locator('#preview[data-busy="false"]').waitFor({ state: 'attached' });
  }

  /** Scrolls the grid so that `a1`'s column follows the frozen columns (the KPI results, say). */
  async scrollGridTo(a1: string): Promise<void> {
    await this.page.evaluate((cellA1) => {
      const scroller = document.getElementById('grid-scroll');
      const cell = document.querySelector<HTMLElement>(`#grid td[data-a1="${cellA1}"]`);
      const lastFrozen = document.querySelector<HTMLElement>('#grid tbody tr td.freeze-right');
      if (!scroller || !cell) return;
      const frozenRight = lastFrozen ? lastFrozen.offsetLeft + lastFrozen.offsetWidth : 0;
      scroller.scrollLeft = cell.offsetLeft - frozenRight;
      scroller.scrollTop = 0;
    }, a1);
  }

  /** Scrolls the grid down so that `a1`'s row follows the frozen rows (a report's tables under its heading lines, say). */
  async scrollGridDownTo(a1: string): Promise<void> {
    await this.revealCell(a1);
    await this.page.evaluate((cellA1) => {
      const scroller = document.getElementById('grid-scroll');
      const cell = document.querySelector<HTMLElement>(`#grid td[data-a1="${cellA1}"]`);
      if (!scroller || !cell) return;
      const frozen = [...document.querySelectorAll<HTMLElement>('#grid tbody td.frozen-row')];
      const frozenBottom = Math.max(0, ...frozen.map((each) => each.offsetTop + each.offsetHeight));
      scroller.scrollTop = cell.offsetTop - frozenBottom;
    }, a1);
  }

  /** The sidebar as shown (its panel with the title bar), scrolled to the top, nothing focused. */
  async screenshotSidebar(path: string): Promise<void> {
    await this.sidebar.locator('body').evaluate((body) => {
      (body.ownerDocument.activeElement as HTMLElement | null)?.blur();
      body.ownerDocument.defaultView?.scrollTo(0, 0);
    });
    await this.page.mouse.move(0, 0);
    mkdirSync(dirname(path), { recursive: true });
    await this.page.locator('#sidebar-panel').screenshot({ path, animations: 'disabled', caret: 'hide' });
  }

  /** The sidebar as shown, scrolled down until the element (by selector) ends at its bottom edge: a section's lower part, say; nothing focused. */
  async screenshotSidebarDownTo(selector: string, path: string): Promise<void> {
    await this.sidebar.locator(selector).evaluate((element) => {
      (element.ownerDocument.activeElement as HTMLElement | null)?.blur();
      element.scrollIntoView({ block: 'end' });
    });
    await this.page.mouse.move(0, 0);
    mkdirSync(dirname(path), { recursive: true });
    await this.page.locator('#sidebar-panel').screenshot({ path, animations: 'disabled', caret: 'hide' });
  }

  /** The spreadsheet as shown: title, menus, formula bar, grid and tabs, without the sidebar. */
  async screenshotSheet(path: string): Promise<void> {
    await this.page.mouse.move(0, 0);
    const area = await this.page.locator('.sheet-area').boundingBox();
    if (!area) throw new Error('the sheet area is not on the page');
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({
      path,
      clip: { x: 0, y: 0, width: area.x + area.width, height: area.y + area.height },
      animations: 'disabled',
      caret: 'hide',
    });
  }
}
