/**
 * The contract between the sidebar and the server: every function the
 * sidebar calls through `google.script.run`, with what it sends and gets.
 * `google.script.run` carries only primitives, arrays and plain objects (no
 * Date), so every type here is plain data. Payloads typed `unknown` are
 * validated by the server with the schemas in src/shared.
 */
import type { Lang } from '../core/i18n/lang';
import type { TemplateSettings } from './template-settings';

export interface SidebarState {
  /** The user's own language for the sidebar (user properties, else their locale). */
  userLang: Lang;
  /** The template every collaborator shares (document properties), or defaults if none is saved yet. */
  settings: TemplateSettings;
  /** Whether the settings came from the document (false: defaults, not saved yet). */
  settingsSaved: boolean;
  kpiTabExists: boolean;
}

/** What an action did, in the user's language, for the sidebar's success state. */
export interface ActionResult {
  message: string;
  details: string[];
}

export interface ServerApi {
  getSidebarState(): SidebarState;
  setUserLang(lang: unknown): SidebarState;
  saveSettings(settings: unknown): SidebarState;
  buildKpiTemplate(settings: unknown): ActionResult;
  fillSampleData(): ActionResult;
}

export type ServerFunctionName = keyof ServerApi;
