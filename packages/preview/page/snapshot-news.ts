/**
 * What is new in a snapshot since the page last looked: the server's
 * toasts and alerts come as whole lists, and the sidebar as a count of
 * openings, so the page shows each once.
 */
import type { AlertRecord, ToastRecord } from 'sheets-emulator';
import type { PreviewSnapshot } from '../preview-snapshot';

export interface Seen {
  toasts: number;
  alerts: number;
  sidebarOpenings: number;
}

export interface News {
  /** Sheets shows one toast at a time: the latest. */
  toast: ToastRecord | null;
  alerts: AlertRecord[];
  sidebarOpened: boolean;
  seen: Seen;
}

export const NOTHING_SEEN: Seen = { toasts: 0, alerts: 0, sidebarOpenings: 0 };

export function newsSince(seen: Seen, snapshot: Pick<PreviewSnapshot, 'toasts' | 'alerts' | 'sidebar'>): News {
  const openings = snapshot.sidebar?.opened ?? 0;
  return {
    toast: snapshot.toasts.length > seen.toasts ? (snapshot.toasts.at(-1) ?? null) : null,
    alerts: snapshot.alerts.slice(seen.alerts),
    sidebarOpened: openings > seen.sidebarOpenings,
    seen: { toasts: snapshot.toasts.length, alerts: snapshot.alerts.length, sidebarOpenings: openings },
  };
}
