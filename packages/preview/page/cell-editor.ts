/**
 * The text box over a cell while a person types into it, as in Sheets:
 * Enter commits and moves down, Tab commits and moves right, Escape gives
 * up, clicking elsewhere commits. It lives outside the patched views, so a
 * refresh of the grid never takes the caret away.
 */
import type { Direction } from './grid-keys';
import { placeOverCell } from './grid-placement';

/** Where the selection goes once the entry is committed. */
export type CommitMove = Exclude<Direction, 'up'> | 'none';

export interface CellEditorEvents {
  commit(text: string, move: CommitMove): void;
  cancel(): void;
  /** Each keystroke, for the formula bar. */
  input(text: string): void;
}

export class CellEditor {
  private cell: HTMLElement | null = null;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly container: HTMLElement,
    private readonly events: CellEditorEvents,
  ) {
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('input', () => this.events.input(this.input.value));
    input.addEventListener('blur', () => {
      if (this.isOpen()) this.finish(true, 'none');
    });
  }

  isOpen(): boolean {
    return this.cell !== null;
  }

  /** Opens over `cell` with `text`, caret at the end. */
  open(cell: HTMLElement, text: string): void {
    this.cell = cell;
    const box = placeOverCell(this.input, cell, this.container, 'over');
    const style = this.input.style;
    style.minWidth = `${box.width}px`;
    style.height = `${box.height}px`;
    style.textAlign = 'left';
    this.input.value = text;
    this.input.hidden = false;
    this.input.focus();
    this.input.setSelectionRange(text.length, text.length);
  }

  /** Commits what is typed (clicking elsewhere does this too). */
  commit(): void {
    if (this.isOpen()) this.finish(true, 'none');
  }

  private onKeyDown(event: KeyboardEvent): void {
    // The page's own keys (Enter edits the selected cell) must not act on a key the editor has used.
    if (['Enter', 'Tab', 'Escape'].includes(event.key)) event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      this.finish(true, 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      this.finish(true, event.shiftKey ? 'left' : 'right');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.finish(false, 'none');
    }
  }

  private finish(commit: boolean, move: CommitMove): void {
    const text = this.input.value;
    this.cell = null;
    this.input.hidden = true;
    if (commit) this.events.commit(text, move);
    else this.events.cancel();
  }
}
