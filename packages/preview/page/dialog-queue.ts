/**
 * Sheets' dialogs one at a time: each waits its turn, and `open` resolves
 * with the person's answer (true for OK).
 */
import type { DialogContent } from './notices-view';

interface Waiting {
  content: DialogContent;
  answer(ok: boolean): void;
}

export class DialogQueue {
  private readonly waiting: Waiting[] = [];

  /** Called whenever the dialog on screen changes. */
  constructor(private readonly onChange: () => void) {}

  get current(): DialogContent | null {
    return this.waiting[0]?.content ?? null;
  }

  open(content: DialogContent): Promise<boolean> {
    return new Promise((resolve) => {
      this.waiting.push({ content, answer: resolve });
      if (this.waiting.length === 1) this.onChange();
    });
  }

  /** The person's answer to the dialog on screen. */
  answer(ok: boolean): void {
    const shown = this.waiting.shift();
    if (!shown) return;
    this.onChange();
    shown.answer(ok);
  }
}
