/**
 * Zopfli's gzip of the server half, kept on disk by what it packed: Zopfli
 * is deterministic, so the same text, iterations and Zopfli version give the
 * same bytes, and a build whose server half did not change (a sidebar or a
 * test change) reuses them instead of spending about 1.5 s of CPU on them
 * again. Kept beside node_modules' other caches, never in dist/. An entry is
 * used only if it unzips to exactly the text asked for; anything else is
 * packed afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFileAtomically } from './write-file-atomically';

export type Gzip = (input: Buffer) => Promise<Uint8Array>;

/** What else decides the bytes besides the input: the compressor's version and options. */
export interface ZopfliCache {
  folder: string;
  /** e.g. `@gfx/zopfli 1.0.15, 15 iterations`. */
  settings: string;
}

const ENTRY = /^server-half-[0-9a-f]{64}\.gz$/;

function unzipsTo(gzipped: Uint8Array, input: Buffer): boolean {
  try {
    return gunzipSync(gzipped).equals(input);
  } catch {
    return false;
  }
}

/** `gzip(input)`, from the cache when it holds it; the cache keeps the last entry only. */
export async function cachedGzip(input: Buffer, gzip: Gzip, cache: ZopfliCache): Promise<Uint8Array> {
  const key = createHash('sha256').update(cache.settings).update('\0').update(input).digest('hex');
  const name = `server-half-${key}.gz`;
  const path = join(cache.folder, name);
  try {
    const cached = readFileSync(path);
    if (unzipsTo(cached, input)) return new Uint8Array(cached);
  } catch {
    // Not cached yet.
  }
  const gzipped = await gzip(input);
  try {
    mkdirSync(cache.folder, { recursive: true });
    for (const old of readdirSync(cache.folder)) if (ENTRY.test(old) && old !== name) rmSync(join(cache.folder, old));
    writeFileAtomically(path, Buffer.from(gzipped));
  } catch {
    // A cache that cannot be written only costs the next build the time again.
  }
  return gzipped;
}
