/**
 * ScriptApp: the AuthMode enum and installable triggers. Triggers belong to
 * the user who created them (`getProjectTriggers` lists the active user's),
 * at most 20 each, as in Apps Script. Nothing fires them; a test calls the
 * handler itself.
 */
import { AuthMode, EventType, TriggerSource, Weekday } from './apps-script-enums';
import { asAppsScript, emulatedInstance, enumMember, enumName } from './apps-script-types';
import type { EmulatorRuntime } from './runtime';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

const MAX_TRIGGERS_PER_USER = 20;

/** A trigger as plain data; `schedule` holds what the clock builder was told (`{ onMonthDay: 1, atHour: 9 }`). */
export interface TriggerData {
  uniqueId: string;
  handlerFunction: string;
  eventType: string;
  triggerSource: string;
  triggerSourceId: string;
  owner: string;
  schedule: Record<string, unknown>;
}

export class TriggerStore {
  readonly triggers: TriggerData[] = [];
  private nextId = 1;

  add(data: Omit<TriggerData, 'uniqueId'>): TriggerData {
    if (this.triggers.filter((trigger) => trigger.owner === data.owner).length >= MAX_TRIGGERS_PER_USER) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const trigger = { ...data, uniqueId: String(this.nextId++) };
    this.triggers.push(trigger);
    return trigger;
  }

  remove(uniqueId: string): void {
    const index = this.triggers.findIndex((trigger) => trigger.uniqueId === uniqueId);
    if (index >= 0) this.triggers.splice(index, 1);
  }
}

export class EmulatedTrigger
  implements
    Pick<Trigger, 'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId'>
{
  constructor(readonly data: TriggerData) {}

  getEventType(): GoogleAppsScript.Script.EventType {
    return enumMember<GoogleAppsScript.Script.EventType>(this.data.eventType);
  }

  getHandlerFunction(): string {
    return this.data.handlerFunction;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return enumMember<GoogleAppsScript.Script.TriggerSource>(this.data.triggerSource);
  }

  getTriggerSourceId(): string {
    return this.data.triggerSourceId;
  }

  getUniqueId(): string {
    return this.data.uniqueId;
  }
}

function triggerFacade(runtime: EmulatorRuntime, data: TriggerData): Trigger {
  return asAppsScript<Trigger>(runtime.expose(new EmulatedTrigger(data), 'Trigger'));
}

type ClockMethod =
  | 'after'
  | 'at'
  | 'atDate'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay';

class EmulatedClockTriggerBuilder implements Pick<ClockTriggerBuilder, ClockMethod> {
  private readonly schedule: Record<string, unknown> = {};

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly store: TriggerStore,
    private readonly handlerFunction: string,
  ) {}

  private set(name: string, value: unknown): ClockTriggerBuilder {
    this.schedule[name] = value;
    return asAppsScript<ClockTriggerBuilder>(this);
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    return this.set('after', durationMilliseconds);
  }

  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    return this.set('at', new Date(date.getTime()));
  }

  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    return this.set('atDate', { year, month, day });
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    return this.set('atHour', hour);
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    return this.set('nearMinute', minute);
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error('The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', n);
  }

  everyHours(n: number): ClockTriggerBuilder {
    return this.set('everyHours', n);
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.set('everyDays', n);
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.set('everyWeeks', n);
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error('Invalid argument: day');
    return this.set('onMonthDay', day);
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    return this.set('onWeekDay', enumName(day));
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    return this.set('inTimezone', timezone);
  }

  create(): Trigger {
    if (Object.keys(this.schedule).length === 0)
      throw new Error('A clock trigger needs a schedule (everyDays, onMonthDay, at, …).');
    const data = this.store.add({
      handlerFunction: this.handlerFunction,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: '',
      owner: this.runtime.users.active,
      schedule: { ...this.schedule },
    });
    return triggerFacade(this.runtime, data);
  }
}

class EmulatedSpreadsheetTriggerBuilder
  implements Pick<SpreadsheetTriggerBuilder, 'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'>
{
  private eventType: string | null = null;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly store: TriggerStore,
    private readonly handlerFunction: string,
  ) {}

  private on(eventType: string): SpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return asAppsScript<SpreadsheetTriggerBuilder>(this);
  }

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): Trigger {
    if (!this.eventType) throw new Error('A spreadsheet trigger needs an event (onOpen, onEdit, …).');
    const data = this.store.add({
      handlerFunction: this.handlerFunction,
      eventType: this.eventType,
      triggerSource: 'SPREADSHEETS',
      triggerSourceId: this.runtime.workbook.id,
      owner: this.runtime.users.active,
      schedule: {},
    });
    return triggerFacade(this.runtime, data);
  }
}

class EmulatedTriggerBuilder implements Pick<TriggerBuilder, 'forSpreadsheet' | 'timeBased'> {
  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly store: TriggerStore,
    private readonly handlerFunction: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return asAppsScript<ClockTriggerBuilder>(
      this.runtime.expose(
        new EmulatedClockTriggerBuilder(this.runtime, this.store, this.handlerFunction),
        'ClockTriggerBuilder',
      ),
    );
  }

  forSpreadsheet(_sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): SpreadsheetTriggerBuilder {
    return asAppsScript<SpreadsheetTriggerBuilder>(
      this.runtime.expose(
        new EmulatedSpreadsheetTriggerBuilder(this.runtime, this.store, this.handlerFunction),
        'SpreadsheetTriggerBuilder',
      ),
    );
  }
}

type ScriptAppMember =
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'WeekDay'
  | 'deleteTrigger'
  | 'getProjectTriggers'
  | 'getScriptId'
  | 'getUserTriggers'
  | 'newTrigger';

export class EmulatedScriptApp implements Pick<ScriptApp, ScriptAppMember> {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = Weekday;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly store: TriggerStore,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    return asAppsScript<TriggerBuilder>(
      this.runtime.expose(new EmulatedTriggerBuilder(this.runtime, this.store, String(functionName)), 'TriggerBuilder'),
    );
  }

  /** The active user's triggers in this project. */
  getProjectTriggers(): Trigger[] {
    return this.store.triggers
      .filter((trigger) => trigger.owner === this.runtime.users.active)
      .map((trigger) => triggerFacade(this.runtime, trigger));
  }

  getUserTriggers(
    _container:
      | GoogleAppsScript.Spreadsheet.Spreadsheet
      | GoogleAppsScript.Document.Document
      | GoogleAppsScript.Forms.Form,
  ): Trigger[] {
    return this.store.triggers
      .filter((trigger) => trigger.owner === this.runtime.users.active && trigger.triggerSource === 'SPREADSHEETS')
      .map((trigger) => triggerFacade(this.runtime, trigger));
  }

  deleteTrigger(trigger: Trigger): void {
    const data = emulatedInstance(trigger, EmulatedTrigger, 'trigger').data;
    if (data.owner !== this.runtime.users.active) throw new Error('You do not have permission to delete this trigger.');
    this.store.remove(data.uniqueId);
  }

  getScriptId(): string {
    return 'emulated-script-id';
  }
}
