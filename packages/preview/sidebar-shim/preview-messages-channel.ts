/**
 * The messages the sidebar's frame posts to the preview page around it,
 * shared by the google.script.run shim and the page.
 */

/** A server call ended (either way): the page reloads the grid to show what it changed. */
export const SERVER_CALL_DONE = 'marketing-kpi-preview:server-call-done';
/** google.script.host.close(): the page hides the sidebar, as Sheets does. */
export const SIDEBAR_CLOSE = 'marketing-kpi-preview:close-sidebar';

export interface FrameMessage {
  type: typeof SERVER_CALL_DONE | typeof SIDEBAR_CLOSE;
}

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return type === SERVER_CALL_DONE || type === SIDEBAR_CLOSE;
}
