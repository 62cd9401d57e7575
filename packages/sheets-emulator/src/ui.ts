/**
 * Ui and Menu: menus added with `addToUi`, sidebars, dialogs, alerts and
 * prompts are written to the emulator's UI log; alerts and prompts answer
 * from the log's queues (OK by default).
 */
import { Button, ButtonSet } from './apps-script-enums';
import { asAppsScript, emulatedInstance, enumMember, enumName } from './apps-script-types';
import { EmulatedHtmlOutput } from './html-service';
import type { EmulatorRuntime } from './runtime';
import type { MenuEntry, MenuRecord } from './ui-log';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type ButtonValue = GoogleAppsScript.Base.Button;
type PromptResponse = GoogleAppsScript.Base.PromptResponse;

function menuFacade(runtime: EmulatorRuntime, kind: MenuRecord['kind'], caption: string | null): Menu {
  return asAppsScript<Menu>(runtime.expose(new EmulatedMenu(runtime, kind, caption), 'Menu'));
}

export class EmulatedMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly kind: MenuRecord['kind'],
    readonly caption: string | null,
  ) {}

  private self(): Menu {
    return asAppsScript<Menu>(this);
  }

  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this.self();
  }

  addSeparator(): Menu {
    this.entries.push({ kind: 'separator' });
    return this.self();
  }

  addSubMenu(menu: Menu): Menu {
    const sub = emulatedInstance(menu, EmulatedMenu, 'menu');
    this.entries.push({ kind: 'submenu', caption: sub.caption ?? '', entries: structuredClone(sub.entries) });
    return this.self();
  }

  /** Adding a menu again replaces it, as Sheets does. */
  addToUi(): void {
    const record: MenuRecord = { kind: this.kind, caption: this.caption, entries: structuredClone(this.entries) };
    const menus = this.runtime.ui.menus;
    const existing = menus.findIndex((menu) => menu.kind === record.kind && menu.caption === record.caption);
    if (existing >= 0) menus[existing] = record;
    else menus.push(record);
  }
}

class EmulatedPromptResponse implements Pick<PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): ButtonValue {
    return enumMember<ButtonValue>(this.button);
  }
}

/** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
function dialogArguments(args: unknown[]): { title: string | null; prompt: string; buttons: string } {
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: enumName(args[2]) };
  if (args.length === 2) return { title: null, prompt: String(args[0]), buttons: enumName(args[1]) };
  return { title: null, prompt: String(args[0] ?? ''), buttons: 'OK' };
}

export class EmulatedUi
  implements
    Pick<
      Ui,
      | 'Button'
      | 'ButtonSet'
      | 'alert'
      | 'createAddonMenu'
      | 'createMenu'
      | 'prompt'
      | 'showModalDialog'
      | 'showModelessDialog'
      | 'showSidebar'
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly runtime: EmulatorRuntime) {}

  createAddonMenu(): Menu {
    return menuFacade(this.runtime, 'addon', null);
  }

  createMenu(caption: string): Menu {
    return menuFacade(this.runtime, 'custom', String(caption));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.runtime.ui.sidebars.push(emulatedInstance(userInterface, EmulatedHtmlOutput, 'userInterface').shown());
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.runtime.ui.dialogs.push({
      ...emulatedInstance(userInterface, EmulatedHtmlOutput, 'userInterface').shown(),
      modal: true,
      dialogTitle: String(title),
    });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.runtime.ui.dialogs.push({
      ...emulatedInstance(userInterface, EmulatedHtmlOutput, 'userInterface').shown(),
      modal: false,
      dialogTitle: String(title),
    });
  }

  alert(
    ...args: [string] | [string, GoogleAppsScript.Base.ButtonSet] | [string, string, GoogleAppsScript.Base.ButtonSet]
  ): ButtonValue {
    const answer = this.runtime.ui.takeAlertAnswer();
    this.runtime.ui.alerts.push({ ...dialogArguments(args), answer });
    return enumMember<ButtonValue>(answer);
  }

  prompt(
    ...args: [string] | [string, GoogleAppsScript.Base.ButtonSet] | [string, string, GoogleAppsScript.Base.ButtonSet]
  ): PromptResponse {
    const { text, button } = this.runtime.ui.takePromptAnswer();
    this.runtime.ui.prompts.push({ ...dialogArguments(args), answer: button, responseText: text });
    return asAppsScript<PromptResponse>(
      this.runtime.expose(new EmulatedPromptResponse(text, button), 'PromptResponse'),
    );
  }
}

export function uiFacade(runtime: EmulatorRuntime): Ui {
  return asAppsScript<Ui>(runtime.expose(new EmulatedUi(runtime), 'Ui'));
}
