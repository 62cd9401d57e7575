/**
 * The preview page: Google Sheets' frame around the emulated spreadsheet,
 * with the add-on's real sidebar in an iframe on the right. It draws the
 * server's snapshot, sends what the person does (menu clicks, typing in
 * cells, tab clicks) to the preview server, and draws the snapshot again
 * after each of those and after every google.script.run call the sidebar
 * makes. The views are pure functions (VNode trees); this file holds the
 * state and wires the DOM.
 */
import type { Lang } from '../../core/i18n/lang';
import type { SheetSnapshot, ToastRecord } from '../../emulator';
import { patchChildren } from '../../sidebar/view/dom-patch';
import type { PreviewSnapshot } from '../preview-snapshot';
import { SERVER_CALL_DONE, SIDEBAR_CLOSE, isFrameMessage } from '../sidebar-shim/preview-messages-channel';
import { CellEditor, type CommitMove } from './cell-editor';
import { chartPlaceholderViews } from './chart-placeholder-view';
import { a1Of, type CellPosition } from './cell-position';
import { chromeText } from './chrome-messages';
import { editText } from './edit-text';
import { formulaBarView } from './formula-bar-view';
import { COLUMN_HEADER_HEIGHT, gridExtent } from './grid-geometry';
import { gridView } from './grid-view';
import { menuBarView, type OpenMenu } from './menu-bar-view';
import { noticesView, type DialogContent } from './notices-view';
import { PreviewUnreachable, fetchSnapshot, previewApi, type ApiOutcome } from './preview-api';
import { warnsBeforeEditing } from './protection-warning';
import { sidebarHeaderView } from './sidebar-header-view';
import { tabBarView } from './tab-bar-view';

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

interface QueuedDialog {
  content: DialogContent;
  answer(ok: boolean): void;
}

const state = {
  snapshot: null as PreviewSnapshot | null,
  shownSheet: '',
  /** The active sheet as the server last reported it: when the add-on changes it (a new tab), the page follows. */
  serverActiveSheet: '',
  selection: { row: 1, column: 1 } as CellPosition,
  /** The formula bar while the person types. */
  typing: null as string | null,
  openMenu: null as OpenMenu,
  dropdown: null as { position: CellPosition; items: string[] } | null,
  toast: null as ToastRecord | null,
  toastTimer: 0,
  toastsSeen: 0,
  alertsSeen: 0,
  dialogs: [] as QueuedDialog[],
  sidebarOpened: 0,
  sidebarVisible: false,
  unreachable: false,
  pending: 0,
  refreshes: 0,
};

function lang(): Lang {
  return state.snapshot?.chromeLang ?? 'en';
}

function shownSheet(): SheetSnapshot | undefined {
  return state.snapshot?.sheets.find((sheet) => sheet.name === state.shownSheet);
}

/* ---------- talking to the server ---------- */

/** Runs a request with the page marked busy (tests and people can see the page is settling). */
async function busy<T>(task: () => Promise<T>): Promise<T> {
  state.pending += 1;
  hosts.root.dataset.busy = 'true';
  try {
    return await task();
  } finally {
    state.pending -= 1;
    if (state.pending === 0) hosts.root.dataset.busy = 'false';
  }
}

let refreshing: Promise<void> | null = null;
let refreshAgain = false;
let lastSnapshotText = '';

/**
 * Draws the server's latest state. Calls that come while one is running
 * fold into one more run after it (a build ends with two server calls, and
 * the grid needs drawing once); an unchanged snapshot is not drawn again.
 */
function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      await refreshOnce();
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function refreshOnce(): Promise<void> {
  const wasUnreachable = state.unreachable;
  let changed = false;
  try {
    const { snapshot, text } = await busy(() => fetchSnapshot(state.shownSheet));
    state.unreachable = false;
    changed = text !== lastSnapshotText;
    if (changed) {
      lastSnapshotText = text;
      adopt(snapshot);
    }
  } catch (error) {
    if (!(error instanceof PreviewUnreachable)) throw error;
    state.unreachable = true;
  }
  if (changed || state.unreachable !== wasUnreachable) render();
  state.refreshes += 1;
  hosts.root.dataset.refreshes = String(state.refreshes);
}

function adopt(snapshot: PreviewSnapshot): void {
  state.snapshot = snapshot;
  const { spreadsheet } = snapshot;
  if (spreadsheet.activeSheet !== state.serverActiveSheet) {
    state.serverActiveSheet = spreadsheet.activeSheet;
    showSheet(spreadsheet.activeSheet);
  }
  if (!shownSheet()) showSheet(spreadsheet.activeSheet);

  const newToast = snapshot.toasts.length > state.toastsSeen ? snapshot.toasts[snapshot.toasts.length - 1] : undefined;
  state.toastsSeen = snapshot.toasts.length;
  if (newToast) showToast(newToast);
  for (const alert of snapshot.alerts.slice(state.alertsSeen)) void tell(alert.title ?? '', alert.prompt);
  state.alertsSeen = snapshot.alerts.length;

  const opened = snapshot.sidebar?.opened ?? 0;
  if (opened > state.sidebarOpened) {
    state.sidebarOpened = opened;
    state.sidebarVisible = true;
    // Each showSidebar() opens a fresh page, as Sheets does.
    hosts.sidebarFrame.src = `/sidebar?opened=${opened}`;
  }
  if (snapshot.sidebar) hosts.sidebarFrame.title = snapshot.sidebar.title;
  document.title = chromeText(lang(), 'page_title', { name: spreadsheet.name });
  document.documentElement.lang = lang();
}

function showSheet(name: string): void {
  if (state.shownSheet === name) return;
  state.shownSheet = name;
  state.selection = { row: 1, column: 1 };
  state.dropdown = null;
  hosts.gridScroll.scrollTo(0, 0);
}

/** A request that changes the spreadsheet; a failure is shown as Sheets would show it. */
async function change(request: () => Promise<ApiOutcome>, describeFailure?: (outcome: Extract<ApiOutcome, { ok: false }>) => DialogContent): Promise<boolean> {
  let outcome: ApiOutcome;
  try {
    outcome = await busy(request);
  } catch (error) {
    if (!(error instanceof PreviewUnreachable)) throw error;
    state.unreachable = true;
    render();
    return false;
  }
  if (!outcome.ok) {
    void queueDialog(describeFailure ? describeFailure(outcome) : { kind: 'tell', title: chromeText(lang(), 'error_title'), message: outcome.error.message });
  }
  await refresh();
  return outcome.ok;
}

/* ---------- dialogs and toasts ---------- */

function ask(title: string, message: string): Promise<boolean> {
  return queueDialog({ kind: 'ask', title, message });
}

function tell(title: string, message: string): Promise<boolean> {
  return queueDialog({ kind: 'tell', title, message });
}

function queueDialog(content: DialogContent): Promise<boolean> {
  return new Promise((resolve) => {
    state.dialogs.push({ content, answer: resolve });
    render();
    focusDialog();
  });
}

function answerDialog(ok: boolean): void {
  const dialog = state.dialogs.shift();
  render();
  if (state.dialogs.length > 0) focusDialog();
  else hosts.gridScroll.focus();
  dialog?.answer(ok);
}

function focusDialog(): void {
  document.getElementById('dialog-ok')?.focus();
}

function showToast(toast: ToastRecord): void {
  state.toast = toast;
  window.clearTimeout(state.toastTimer);
  const seconds = toast.timeoutSeconds ?? DEFAULT_TOAST_SECONDS;
  if (seconds >= 0) {
    state.toastTimer = window.setTimeout(() => {
      state.toast = null;
      render();
    }, seconds * 1000);
  }
}

/* ---------- cells ---------- */

const editor = new CellEditor(element<HTMLInputElement>('cell-editor'), hosts.gridScroll, {
  commit: (text, move) => void commitEdit(text, move),
  cancel: () => {
    state.typing = null;
    render();
    hosts.gridScroll.focus();
  },
  input: (text) => {
    state.typing = text;
    renderFormulaBar();
  },
});

let editing: { position: CellPosition; original: string } | null = null;

function cellElement(position: CellPosition): HTMLElement | null {
  return hosts.grid.querySelector<HTMLElement>(`td[data-a1="${a1Of(position)}"]`);
}

function startEditing(initial?: string): void {
  const sheet = shownSheet();
  const cell = cellElement(state.selection);
  if (!sheet || !cell || !state.snapshot) return;
  const original = editText(sheet, state.selection, state.snapshot.spreadsheet.locale);
  editing = { position: state.selection, original };
  state.dropdown = null;
  state.typing = initial ?? original;
  render();
  editor.open(cell, state.typing);
}

async function commitEdit(text: string, move: CommitMove): Promise<void> {
  const target = editing;
  editing = null;
  state.typing = null;
  moveSelection(move);
  hosts.gridScroll.focus();
  if (target && text !== target.original) await enter(target.position, text);
  else render();
}

/** Sends what the person typed into a cell, with Sheets' warning first where the range is protected with a warning. */
async function enter(position: CellPosition, input: string): Promise<void> {
  const sheet = shownSheet();
  if (!sheet) return;
  const l = lang();
  if (warnsBeforeEditing(sheet, position) && !(await ask(chromeText(l, 'heads_up_title'), chromeText(l, 'heads_up_text')))) return;
  await change(
    () => previewApi.editCell({ sheet: sheet.name, a1: a1Of(position), input }),
    (failure) =>
      failure.error.name === 'ValidationError'
        ? { kind: 'tell', title: chromeText(l, 'problem_title'), message: failure.error.message || chromeText(l, 'problem_default', { cell: a1Of(position) }) }
        : { kind: 'tell', title: chromeText(l, 'error_title'), message: failure.error.message },
  );
}

function moveSelection(move: CommitMove | 'up'): void {
  const sheet = shownSheet();
  if (!sheet) return;
  const extent = gridExtent(sheet);
  const { row, column } = state.selection;
  const next = {
    row: Math.min(extent.rows, Math.max(1, row + (move === 'down' ? 1 : move === 'up' ? -1 : 0))),
    column: Math.min(extent.columns, Math.max(1, column + (move === 'right' ? 1 : move === 'left' ? -1 : 0))),
  };
  select(next);
}

function select(position: CellPosition): void {
  state.selection = position;
  state.dropdown = null;
  render();
  cellElement(position)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/* ---------- rendering ---------- */

function renderFormulaBar(): void {
  const sheet = shownSheet();
  const content = state.typing ?? (sheet && state.snapshot ? editText(sheet, state.selection, state.snapshot.spreadsheet.locale) : '');
  patchChildren(hosts.formula, [formulaBarView({ lang: lang(), a1: a1Of(state.selection), content })]);
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
          state.openMenu = null;
          render();
          void change(() => previewApi.runMenuItem(functionName));
        },
        onToggleDocumentLock: () => {
          state.openMenu = null;
          void change(() => previewApi.setDocumentLockHeld(!snapshot.documentLockHeld));
        },
        onReopenSidebar: () => {
          state.openMenu = null;
          void change(() => previewApi.runMenuItem('showSidebar'));
        },
      }),
    ]);
    renderFormulaBar();
    const sheet = shownSheet();
    if (sheet) patchChildren(hosts.grid, [gridView({ sheet, selection: state.selection, lang: l }), ...chartPlaceholderViews(sheet.charts, l)]);
    placeFrozenRows();
    placeCharts();
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
  const dialog = state.dialogs[0]?.content ?? null;
  const unreachable: DialogContent | null = state.unreachable ? { kind: 'tell', title: chromeText(l, 'error_title'), message: chromeText(l, 'preview_unreachable') } : null;
  patchChildren(hosts.notices, [
    noticesView({
      lang: l,
      toast: state.toast,
      dialog: dialog ?? unreachable,
      onCloseToast: () => {
        state.toast = null;
        render();
      },
      onAnswerDialog: (ok) => {
        if (dialog) answerDialog(ok);
        else void refresh();
      },
    }),
  ]);
}

/** Frozen rows stick below the column letters and the frozen rows above them, whose heights only the browser knows. */
function placeFrozenRows(): void {
  let top = COLUMN_HEADER_HEIGHT;
  for (const row of hosts.grid.querySelectorAll<HTMLTableRowElement>('tr.frozen-row')) {
    row.style.setProperty('--row-top', `${top}px`);
    top += row.getBoundingClientRect().height;
  }
}

/** Each chart box goes to its anchor cell, shifted by its offsets, at its size. */
function placeCharts(): void {
  for (const box of hosts.grid.querySelectorAll<HTMLElement>('.chart-placeholder')) {
    const anchor = hosts.grid.querySelector<HTMLElement>(`td[data-a1="${box.dataset.anchor ?? ''}"]`);
    box.hidden = !anchor;
    if (!anchor) continue;
    box.style.left = `${anchor.offsetLeft + Number(box.dataset.offsetX)}px`;
    box.style.top = `${anchor.offsetTop + Number(box.dataset.offsetY)}px`;
    box.style.width = `${box.dataset.width}px`;
    box.style.height = `${box.dataset.height}px`;
  }
}

function renderDropdown(): void {
  const open = state.dropdown;
  const cell = open ? cellElement(open.position) : null;
  hosts.dropdown.hidden = !open || !cell;
  if (!open || !cell) return;
  const box = cell.getBoundingClientRect();
  const frame = hosts.gridScroll.getBoundingClientRect();
  hosts.dropdown.style.left = `${box.left - frame.left + hosts.gridScroll.scrollLeft}px`;
  hosts.dropdown.style.top = `${box.bottom - frame.top + hosts.gridScroll.scrollTop}px`;
  hosts.dropdown.replaceChildren(
    ...open.items.map((item) => {
      const option = document.createElement('button');
      option.type = 'button';
      option.className = 'dropdown-option';
      option.textContent = item;
      option.dataset.option = item;
      option.addEventListener('click', () => {
        state.dropdown = null;
        render();
        void enter(open.position, item);
      });
      return option;
    }),
  );
}

/* ---------- events ---------- */

function positionOf(target: EventTarget | null): CellPosition | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-row]') : null;
  if (!cell) return null;
  return { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
}

hosts.grid.addEventListener('mousedown', (event) => {
  const position = positionOf(event.target);
  if (!position) return;
  editor.commit();
  const arrow = event.target instanceof Element && event.target.closest('.dropdown-arrow');
  select(position);
  if (arrow) {
    const sheet = shownSheet();
    const validation = sheet?.validations[position.row - 1]?.[position.column - 1];
    const items = validation && Array.isArray(validation.criteriaValues[0]) ? validation.criteriaValues[0].map(String) : [];
    state.dropdown = { position, items };
    event.preventDefault();
    render();
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
  if (state.openMenu !== null && !target?.closest('.menu-bar')) {
    state.openMenu = null;
    render();
  }
  if (state.dropdown && !target?.closest('#dropdown-host') && !target?.closest('.dropdown-arrow')) {
    state.dropdown = null;
    render();
  }
});

document.addEventListener('keydown', (event) => {
  if (state.dialogs.length > 0) {
    if (event.key === 'Escape') answerDialog(false);
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
  const moves: Record<string, CommitMove | 'up'> = { ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' };
  const move = moves[event.key] ?? (event.key === 'Tab' ? (event.shiftKey ? 'left' : 'right') : undefined);
  if (move) {
    event.preventDefault();
    moveSelection(move);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void enter(state.selection, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing on a selected cell replaces what it holds, as in Sheets.
    event.preventDefault();
    startEditing(event.key);
  }
});

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || !isFrameMessage(event.data)) return;
  if (event.data.type === SERVER_CALL_DONE) void refresh();
  if (event.data.type === SIDEBAR_CLOSE) {
    state.sidebarVisible = false;
    render();
  }
});

void refresh();
