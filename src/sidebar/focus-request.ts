/**
 * Where keyboard focus goes after a render. Reordering or removing a channel
 * replaces or moves the focused element, and a disabled button drops focus,
 * so the view says where focus belongs rather than leaving it on <body>.
 */
export interface FocusRequest {
  /** The element's id. */
  id: string;
  /** Only when focus was lost (on <body>): after a long action the user may have moved on, and must not be pulled back. */
  onlyIfLost?: boolean;
}
