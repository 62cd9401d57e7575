/**
 * What the server showed the user: menus added, the sidebar and dialogs
 * opened, alerts and toasts. Tests read it; the preview renders it. Alerts
 * and prompts answer from queues a test fills, else with OK.
 */

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface MenuRecord {
  /** 'addon': the add-on's menu under Extensions; 'custom': a top-level menu with its own caption. */
  kind: 'addon' | 'custom';
  caption: string | null;
  entries: MenuEntry[];
}

/** An HtmlOutput as it was when shown. */
export interface ShownHtml {
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface DialogRecord extends ShownHtml {
  modal: boolean;
  /** The title given to showModalDialog / showModelessDialog. */
  dialogTitle: string;
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly alertAnswers: string[] = [];
  private readonly promptAnswers: { text: string; button: string }[] = [];

  /** The sidebar showing now (the last one opened), if any. */
  get sidebar(): ShownHtml | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }

  /** The button the next alert is answered with ('OK', 'CANCEL', 'YES', 'NO', 'CLOSE'). */
  answerNextAlert(button: string): void {
    this.alertAnswers.push(button);
  }

  answerNextPrompt(text: string, button = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }

  takeAlertAnswer(): string {
    return this.alertAnswers.shift() ?? 'OK';
  }

  takePromptAnswer(): { text: string; button: string } {
    return this.promptAnswers.shift() ?? { text: '', button: 'OK' };
  }

  clear(): void {
    for (const list of [this.menus, this.sidebars, this.dialogs, this.alerts, this.prompts, this.toasts])
      list.length = 0;
  }
}
