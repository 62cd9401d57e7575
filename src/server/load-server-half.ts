/**
 * Unpacks the server half (server-entry.ts) on the first server call of an
 * execution. The build gzips its bundle and writes it here in Z85
 * (`SERVER_HALF_GZIP_Z85`, scripts/server-half.ts); Apps Script's own
 * Utilities ungzip it and the text is evaluated once, as a global script.
 * This is the bundle's one use of eval (tests/bundle/code-js.test.ts holds
 * it to this loader); docs/emulator.md cites why Apps Script allows each step.
 */
import { decodeZ85 } from '../core/z85';

/** Written by the build: the server half's bundle, gzipped, in Z85. */
declare const SERVER_HALF_GZIP_Z85: string;

/** What the server half's text evaluates to: its exports. */
export interface ServerHalf {
  run(name: string, args: readonly unknown[]): unknown;
}

let loaded: ServerHalf | undefined;

export function loadServerHalf(): ServerHalf {
  if (loaded) return loaded;
  const gzipped = Utilities.newBlob(decodeZ85(SERVER_HALF_GZIP_Z85), 'application/x-gzip');
  const source = Utilities.ungzip(gzipped).getDataAsString('UTF-8');
  // Indirect, so the text runs as a script of its own in the global scope and sees none of this bundle's names.
  // biome-ignore lint/security/noGlobalEval: the server half is our own bundle, written by the build, unpacked from Code.js.
  const evaluate = eval;
  loaded = evaluate(source) as ServerHalf;
  return loaded;
}
