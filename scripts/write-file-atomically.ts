/**
 * Writes a file whole or not at all: a test, the preview or a parallel build
 * may be reading it, and must never see half of it.
 */
import { renameSync, writeFileSync } from 'node:fs';

let writes = 0;

export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  // Unique per process and per call, so two builds at once never share a partial file.
  writes += 1;
  const partial = `${target}.${process.pid}.${writes}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, target);
}
