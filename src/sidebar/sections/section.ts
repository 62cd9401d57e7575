/**
 * The contract between the sidebar shell and a section ("KPI template",
 * later "Team & roles", "Monthly report", "Share with the team"). A section
 * is created once with the host, keeps its own state, draws itself as a
 * VNode, and talks to the server through the host, so the shell can keep
 * one busy state, one language and one copy of the server's SidebarState.
 */
import type { Lang } from '../../core/i18n/lang';
import type { SidebarState } from '../../shared/server-api';
import type { CallServer } from '../api';
import type { FocusRequest } from '../focus-request';
import type { VElement } from '../view/vnode';

export interface SectionHost {
  readonly callServer: CallServer;
  /** The sidebar's language (not the sheets' language, which is a template setting). */
  lang(): Lang;
  /** True while any server call runs; every action button in every section is disabled meanwhile. */
  isBusy(): boolean;
  /** Marks the whole sidebar busy while `task` runs and renders that; the caller renders the outcome (see performAction). */
  whileBusy<T>(task: () => Promise<T>): Promise<T>;
  /** Shares fresh state from the server with the shell and every section (each `receiveState` runs). */
  adoptState(state: SidebarState): void;
  /**
   * After an action that may have changed what every section shows: reads the server's state again and adopts it.
   * A failed read stays quiet: the action itself said how it went, and the next load corrects stale state.
   */
  refreshState(): Promise<void>;
  /** Puts text on the clipboard; false where the browser refuses (the section then asks the person to copy it by hand). */
  copyText(text: string): Promise<boolean>;
  /** Draws the sidebar again; `focus` moves the keyboard focus afterwards (after a reorder, a removal, an error). */
  render(focus?: FocusRequest): void;
}

export interface SidebarSection {
  /** Unique among sections; also the key of its root element. */
  readonly id: string;
  /** The server's state arrived: at startup, after a language switch, after an action. */
  receiveState(state: SidebarState): void;
  /** Called only once state has arrived. Returns the section's root element (a `<section class="block">`). */
  view(): VElement;
}

export type SectionFactory = (host: SectionHost) => SidebarSection;

/**
 * What a section's file (`sections/<folder>/<folder>-section.ts`) exports as `section`. The sidebar's list of
 * sections is generated from these files (scripts/generate-lists.ts), so a new section is its folder and nothing
 * else of the sidebar.
 */
export interface SectionDeclaration {
  /** Its place, top to bottom: sections are drawn in this number's order (tens, so one can go between two). */
  readonly order: number;
  readonly create: SectionFactory;
}
