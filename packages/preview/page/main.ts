/**
 * The preview page: Google Sheets' frame around the emulated spreadsheet,
 * with the add-on's real sidebar in an iframe on the right. It draws the
 * server's snapshot, sends what the person does (menu clicks, typing in
 * cells, tab clicks) to the preview server, and draws the snapshot again
 * after each of those and after every google.script.run call the sidebar
 * makes. The views are pure functions (VNode trees); this file holds the
 * page's state and wires it to the DOM.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { ToastRecord } from 'sheets-emulator';
import { patchChildren } from '../../../src/sidebar/view/dom-patch';
import type { VElement } from '../../../src/sidebar/view/vnode';
import type { PreviewSheet, PreviewSnapshot } from '../preview-snapshot';
import { SERVER_CALL_DONE, SIDEBAR_CLOSE, isFrameMessage } from '../sidebar-shim/preview-messages-channel';
import { dropdownItems } from '../validation-check';
import { CellEditor, type CommitMove } from './cell-editor';
import { a1Of, type CellPosition } from './cell-position';
import { chartPlaceholderViews } from './chart-placeholder-view';
import { chromeText } from './chrome-messages';
import { coalescingTask } from './coalescing-task';
import { DialogQueue } from './dialog-queue';
import { dropdownListView } from './dropdown-list-view';
import { editText } from './edit-text';
import { formulaBarView } from './formula-bar-view';
import { gridExtent, rowsToDraw } from './grid-geometry';
import { gridKeyAction, step } from './grid-keys';
import { placeCharts, placeFrozenRows, placeOverCell } from './grid-placement';
import { gridView, markSelection } from './grid-view';
import { menuBarView, type OpenMenu } from './menu-bar-view';
import { noticesView, type DialogContent } from './notices-view';
import { PreviewUnreachable, fetchSnapshot, previewApi, type ApiOutcome } from './preview-api';
import { warnsBeforeEditing } from './protection-warning';
import { sidebarHeaderView } from './sidebar-header-view';
import { NOTHING_SEEN, newsSince } from './snapshot-news';
import { sameJson } from './same-json';
import { tabBarView } from './tab-bar-view';
import { keepUnchangedParts } from './unchanged-parts';

/** Apps Script's toast lasts 5 seconds unless told otherwise; a negative timeout keeps it until closed. */
const DEFAULT_TOAST_SECONDS = 5;

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found as T;
}

const hosts = {
  root: element('preview'),
  menu: element('menu-host'),
  formula: element('formula-host'),
  gridScroll: element('grid-scroll'),
  grid: element('grid-host'),
  dropdown: element('dropdown-host'),
  tabs: element('tabs-host'),
  sidebarPanel: element('sidebar-panel'),
  sidebarHeader: element('sidebar-header-host'),
  sidebarFrame: element<HTMLIFrameElement>('sidebar-frame'),
  notices: element('notices-host'),
};

const state = {
  snapshot: null as PreviewSnapshot | null,
  /** The snapshot's JSON: an equal text next time means nothing to redraw. */
  snapshotText: '',
  shownSheet: '',
  /** The active sheet as the server last reported it: when the add-on changes it (a new tab), the page follows. */
  serverActiveSheet: '',
  selection: { row: 1, column: 1 } as CellPosition,
  /** The cell being edited and what it held, while the editor is open. */
  editing: null as { position: CellPosition; original: string } | null,
  /** The formula bar while the person types. */
  typing: null as string | null,
  openMenu: null as OpenMenu,
  dropdown: null as { position: CellPosition; items: string[] } | null,
  toast: null as ToastRecord | null,
  toastTimer: 0,
  seen: NOTHING_SEEN,
  sidebarVisible: false,
  unreachable: false,
  pendingRequests: 0,
  refreshes: 0,
};

/** What the grid was last drawn from (`drawGrid`): the sheet, the language, how many rows, and the table's description. */
const drawn = {
  sheet: null as PreviewSheet | null,
  lang: null as Lang | null,
  rows: 0,
  table: null as VElement | null,
};

const dialogs = new DialogQueue(() => {
  render();
  if (dialogs.current) document.getElementById('dialog-ok')?.focus();
  else hosts.gridScroll.focus();
});

function lang(): Lang {
  return state.snapshot?.chromeLang ?? 'en';
}

function shownSheet(): PreviewSheet | undefined {
  return state.snapshot?.sheets.find((sheet) => sheet.name === state.shownSheet);
}

/* ---------- talking to the server ---------- */

/** Runs a request with the page marked busy (`data-busy`), so tests and people can see the page is settling. */
async function busy<T>(task: () => Promise<T>): Promise<T> {
  state.pendingRequests += 1;
  hosts.root.dataset.busy = 'true';
  try {
    return await task();
  } finally {
    state.pendingRequests -= 1;
    if (state.pendingRequests === 0) hosts.root.dataset.busy = 'false';
  }
}

/** Fetches the server's state and draws it if it changed. */
const refresh = coalescingTask(async () => {
  const wasUnreachable = state.unreachable;
  let changed = false;
  try {
    const { snapshot, text } = await busy(() => fetchSnapshot(state.shownSheet, state.snapshotText));
    state.unreachable = false;
    changed = snapshot !== null;
    if (snapshot) {
      state.snapshotText = text;
      adopt(snapshot);
    }
  } catch (error) {
    if (!(error instanceof PreviewUnreachable)) throw error;
    state.unreachable = true;
  }
  if (changed || state.unreachable !== wasUnreachable) render();
  state.refreshes += 1;
  hosts.root.dataset.refreshes = String(state.refreshes);
});

function adopt(snapshot: PreviewSnapshot): void {
  state.snapshot = keepUnchangedSheets(snapshot);
  const { spreadsheet } = snapshot;
  if (spreadsheet.activeSheet !== state.serverActiveSheet) {
    state.serverActiveSheet = spreadsheet.activeSheet;
    showSheet(spreadsheet.activeSheet);
  }
  if (!shownSheet()) showSheet(spreadsheet.activeSheet);

  const news = newsSince(state.seen, snapshot);
  state.seen = news.seen;
  if (news.toast) showToast(news.toast);
  for (const alert of news.alerts) void dialogs.open({ kind: 'tell', title: alert.title ?? '', message: alert.prompt });
  if (news.sidebarOpened) {
    state.sidebarVisible = true;
    // Each showSidebar() opens a fresh page, as Sheets does.
    hosts.sidebarFrame.src = `/sidebar?opened=${news.seen.sidebarOpenings}`;
  }
  if (snapshot.sidebar) hosts.sidebarFrame.title = snapshot.sidebar.title;
  document.title = chromeText(lang(), 'page_title', { name: spreadsheet.name });
  document.documentElement.lang = lang();
}

/**
 * The snapshot with each sheet whose cells are as before replaced by the
 * object drawn before, so that a snapshot new only in its toasts, alerts or
 * menus leaves the grid as it is (`drawGrid` compares sheets by identity).
 */
function keepUnchangedSheets(snapshot: PreviewSnapshot): PreviewSnapshot {
  const before = new Map(state.snapshot?.sheets.map((sheet) => [sheet.name, sheet]));
  const sheets = snapshot.sheets.map((sheet) => {
    const previous = before.get(sheet.name);
    return previous && sameJson(previous, sheet) ? previous : sheet;
  });
  return { ...snapshot, sheets };
}

function showSheet(name: string): void {
  if (state.shownSheet === name) return;
  state.shownSheet = name;
  state.selection = { row: 1, column: 1 };
  state.dropdown = null;
  hosts.gridScroll.scrollTo(0, 0);
}

/** A request that changes the spreadsheet, then a redraw; a failure is shown as Sheets would show it. */
async function change(
  request: () => Promise<ApiOutcome>,
  describeFailure?: (failure: Extract<ApiOutcome, { ok: false }>) => DialogContent,
): Promise<void> {
  try {
    const outcome = await busy(request);
    if (!outcome.ok) {
      void dialogs.open(
        describeFailure
          ? describeFailure(outcome)
          : { kind: 'tell', title: chromeText(lang(), 'error_title'), message: outcome.error.message },
      );
    }
  } catch (error) {
    if (!(error instanceof PreviewUnreachable)) throw error;
    state.unreachable = true;
    render();
    return;
  }
  await refresh();
}

function showToast(toast: ToastRecord): void {
  state.toast = toast;
  window.clearTimeout(state.toastTimer);
  const seconds = toast.timeoutSeconds ?? DEFAULT_TOAST_SECONDS;
  if (seconds < 0) return;
  state.toastTimer = window.setTimeout(() => {
    state.toast = null;
    render();
  }, seconds * 1000);
}

/* ---------- cells ---------- */

const editor = new CellEditor(element<HTMLInputElement>('cell-editor'), hosts.gridScroll, {
  commit: (text, move) => void commitEdit(text, move),
  cancel: () => {
    state.editing = null;
    state.typing = null;
    render();
    hosts.gridScroll.focus();
  },
  input: (text) => {
    state.typing = text;
    renderFormulaBar();
  },
});

function cellElement(position: CellPosition): HTMLElement | null {
  return hosts.grid.querySelector<HTMLElement>(`td[data-a1="${a1Of(position)}"]`);
}

function startEditing(replaceWith?: string): void {
  const sheet = shownSheet();
  const cell = cellElement(state.selection);
  if (!sheet || !cell || !state.snapshot) return;
  const original = editText(sheet, state.selection, state.snapshot.spreadsheet.locale);
  state.editing = { position: state.selection, original };
  state.dropdown = null;
  state.typing = replaceWith ?? original;
  render();
  editor.open(cell, state.typing);
}

async function commitEdit(text: string, move: CommitMove): Promise<void> {
  const target = state.editing;
  state.editing = null;
  state.typing = null;
  if (move !== 'none') moveSelection(move);
  hosts.gridScroll.focus();
  if (target && text !== target.original) await enter(target.position, text);
  else render();
}

/** Sends what the person typed into a cell, after Sheets' warning where the range is protected with a warning. */
async function enter(position: CellPosition, input: string): Promise<void> {
  const sheet = shownSheet();
  if (!sheet) return;
  const l = lang();
  if (warnsBeforeEditing(sheet, position)) {
    const editAnyway = await dialogs.open({
      kind: 'ask',
      title: chromeText(l, 'heads_up_title'),
      message: chromeText(l, 'heads_up_text'),
    });
    if (!editAnyway) return;
  }
  await change(
    () => previewApi.editCell({ sheet: sheet.name, a1: a1Of(position), input }),
    (failure) =>
      failure.error.name === 'ValidationError'
        ? {
            kind: 'tell',
            title: chromeText(l, 'problem_title'),
            message: failure.error.message || chromeText(l, 'problem_default', { cell: a1Of(position) }),
          }
        : { kind: 'tell', title: chromeText(l, 'error_title'), message: failure.error.message },
  );
}

function moveSelection(direction: Parameters<typeof step>[1]): void {
  const sheet = shownSheet();
  if (sheet) select(step(state.selection, direction, gridExtent(sheet)));
}

function select(position: CellPosition): void {
  state.selection = position;
  state.dropdown = null;
  render();
  cellElement(position)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function openDropdown(position: CellPosition): void {
  const validation = shownSheet()?.validations[position.row - 1]?.[position.column - 1];
  const items = validation ? dropdownItems(validation) : null;
  if (!items) return;
  state.dropdown = { position, items };
  render();
}

/* ---------- drawing ---------- */

function renderFormulaBar(): void {
  const sheet = shownSheet();
  const content =
    state.typing ??
    (sheet && state.snapshot ? editText(sheet, state.selection, state.snapshot.spreadsheet.locale) : '');
  patchChildren(hosts.formula, [formulaBarView({ lang: lang(), a1: a1Of(state.selection), content })]);
}

function closeMenus(): void {
  state.openMenu = null;
  render();
}

function render(): void {
  const snapshot = state.snapshot;
  const l = lang();
  if (snapshot) {
    patchChildren(hosts.menu, [
      menuBarView({
        lang: l,
        spreadsheetName: snapshot.spreadsheet.name,
        addonName: snapshot.addonName,
        menus: snapshot.menus,
        openMenu: state.openMenu,
        documentLockHeld: snapshot.documentLockHeld,
        onToggleMenu: (menu) => {
          state.openMenu = menu;
          render();
        },
        onRunItem: (functionName) => {
          closeMenus();
          void change(() => previewApi.runMenuItem(functionName));
        },
        onToggleDocumentLock: () => {
          closeMenus();
          void change(() => previewApi.setDocumentLockHeld(!snapshot.documentLockHeld));
        },
        onReopenSidebar: () => {
          closeMenus();
          void change(() => previewApi.runMenuItem('showSidebar'));
        },
      }),
    ]);
    renderFormulaBar();
    const sheet = shownSheet();
    if (sheet) drawGrid(sheet, l);
    patchChildren(hosts.tabs, [
      tabBarView({
        lang: l,
        tabs: snapshot.spreadsheet.tabs,
        shown: state.shownSheet,
        onSelect: (name) => {
          showSheet(name);
          render();
          void change(() => previewApi.selectSheet(name));
        },
      }),
    ]);
    patchChildren(hosts.sidebarHeader, [
      sidebarHeaderView({
        lang: l,
        title: snapshot.sidebar?.title ?? '',
        onClose: () => {
          state.sidebarVisible = false;
          render();
        },
      }),
    ]);
  }
  hosts.sidebarPanel.hidden = !state.sidebarVisible;
  renderDropdown();
  const unreachable: DialogContent | null = state.unreachable
    ? { kind: 'tell', title: chromeText(l, 'error_title'), message: chromeText(l, 'preview_unreachable') }
    : null;
  patchChildren(hosts.notices, [
    noticesView({
      lang: l,
      toast: state.toast,
      dialog: dialogs.current ?? unreachable,
      onCloseToast: () => {
        state.toast = null;
        render();
      },
      // With no dialog of its own on screen, OK on "the server does not answer" tries again.
      onAnswerDialog: (ok) => (dialogs.current ? dialogs.answer(ok) : void refresh()),
    }),
  ]);
}

/**
 * Draws the grid only when what it shows changed: the sheet's cells (a new
 * snapshot of it, see `adopt`), the language, or rows scrolled into reach
 * that are not drawn yet. A menu opening, a toast, a dialog or a click on
 * another cell redraw the page, and comparing each of a KPI tab's thousands
 * of cells again, then measuring the frozen rows (which lays out the whole
 * table), was most of what such a redraw cost. The rows drawn are those in
 * reach of the view (`rowsToDraw`): scrolling back up keeps the rows drawn
 * further down until the sheet's next snapshot.
 */
function drawGrid(sheet: PreviewSheet, l: Lang): void {
  const view = { scrollTop: hosts.gridScroll.scrollTop, height: hosts.gridScroll.clientHeight };
  const rows = rowsToDraw(gridExtent(sheet), view, state.selection.row);
  const sameSheet = drawn.sheet === sheet && drawn.lang === l;
  if (!sameSheet || rows > drawn.rows) {
    // The rows and cells as before stay the objects drawn before, which the patch passes over (a typed cell changes a few).
    const table = keepUnchangedParts(gridView({ sheet, lang: l, rows }), drawn.table);
    patchChildren(hosts.grid, [
      table,
      ...chartPlaceholderViews(sheet.charts, { rows: sheet.frozenRows, columns: sheet.frozenColumns }, l),
    ]);
    placeFrozenRows(hosts.grid);
    placeCharts(hosts.grid);
    drawn.sheet = sheet;
    drawn.lang = l;
    drawn.rows = rows;
    drawn.table = table;
  }
  markSelection(hosts.grid, state.selection);
}

function renderDropdown(): void {
  const open = state.dropdown;
  const cell = open ? cellElement(open.position) : null;
  hosts.dropdown.hidden = !open || !cell;
  patchChildren(
    hosts.dropdown,
    open && cell
      ? dropdownListView({
          items: open.items,
          onPick: (item) => {
            state.dropdown = null;
            render();
            void enter(open.position, item);
          },
        })
      : [],
  );
  if (open && cell) placeOverCell(hosts.dropdown, cell, hosts.gridScroll, 'below');
}

/* ---------- events ---------- */

function positionOf(target: EventTarget | null): CellPosition | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-row]') : null;
  return cell ? { row: Number(cell.dataset.row), column: Number(cell.dataset.column) } : null;
}

hosts.grid.addEventListener('mousedown', (event) => {
  const position = positionOf(event.target);
  if (!position) return;
  editor.commit();
  select(position);
  if (event.target instanceof Element && event.target.closest('.dropdown-arrow')) {
    event.preventDefault();
    openDropdown(position);
  }
});

hosts.grid.addEventListener('dblclick', (event) => {
  const position = positionOf(event.target);
  if (!position) return;
  select(position);
  startEditing();
});

document.addEventListener('mousedown', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (state.openMenu !== null && !target?.closest('.menu-bar')) closeMenus();
  if (state.dropdown && !target?.closest('#dropdown-host') && !target?.closest('.dropdown-arrow')) {
    state.dropdown = null;
    render();
  }
});

document.addEventListener('keydown', (event) => {
  if (dialogs.current) {
    if (event.key === 'Escape') dialogs.answer(false);
    return;
  }
  if (event.key === 'Escape' && (state.openMenu !== null || state.dropdown)) {
    state.openMenu = null;
    state.dropdown = null;
    render();
    return;
  }
  // Keys belong to the grid only when nothing else (the editor, a menu button) has the focus.
  const focused = document.activeElement;
  if (editor.isOpen() || (focused && focused !== document.body && focused !== hosts.gridScroll)) return;
  const action = gridKeyAction(event);
  if (!action) return;
  event.preventDefault();
  if (action.kind === 'move') moveSelection(action.direction);
  else if (action.kind === 'edit') startEditing(action.replaceWith);
  else void enter(state.selection, '');
});

/** Rows come into reach as the person scrolls down or the window grows: they are drawn before the frame that shows them. */
function drawRowsInReach(): void {
  const sheet = shownSheet();
  if (sheet && drawn.sheet === sheet) drawGrid(sheet, lang());
}
hosts.gridScroll.addEventListener('scroll', drawRowsInReach);
window.addEventListener('resize', drawRowsInReach);

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || !isFrameMessage(event.data)) return;
  if (event.data.type === SERVER_CALL_DONE) void refresh();
  if (event.data.type === SIDEBAR_CLOSE) {
    state.sidebarVisible = false;
    render();
  }
});

void refresh();
