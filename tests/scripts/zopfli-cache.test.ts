/**
 * The build keeps Zopfli's gzip of the server half by what it packed
 * (scripts/zopfli-cache.ts). These tests hold the cache to giving back only
 * bytes that unzip to the text asked for, packed with the same settings, and
 * to packing afresh otherwise. Node's own gzip stands in for Zopfli: what
 * is tested is the cache, not the compressor.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedGzip, type Gzip } from '../../scripts/zopfli-cache';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function counting(): { gzip: Gzip; calls: () => number } {
  let calls = 0;
  return {
    gzip: async (input) => {
      calls += 1;
      // A level the test can tell from another: the cache must hand back these very bytes.
      return new Uint8Array(gzipSync(input, { level: 9 }));
    },
    calls: () => calls,
  };
}

function cacheIn(settings = 'zopfli 1, 15 iterations') {
  const folder = mkdtempSync(join(tmpdir(), 'zopfli-cache-'));
  folders.push(folder);
  return { folder, settings };
}

const text = (words: string) => Buffer.from(`"use strict";(${words});`, 'utf8');

describe('the Zopfli cache of the server half', () => {
  it('packs a text once and gives back the same bytes for the same text and settings', async () => {
    const cache = cacheIn();
    const { gzip, calls } = counting();
    const first = await cachedGzip(text('one'), gzip, cache);
    const second = await cachedGzip(text('one'), gzip, cache);
    expect(calls()).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(gunzipSync(second).toString('utf8')).toBe(text('one').toString('utf8'));
  });

  it('packs again when the text or the settings differ', async () => {
    const cache = cacheIn();
    const { gzip, calls } = counting();
    await cachedGzip(text('one'), gzip, cache);
    const other = await cachedGzip(text('two'), gzip, cache);
    expect(calls()).toBe(2);
    expect(gunzipSync(other).toString('utf8')).toBe(text('two').toString('utf8'));
    await cachedGzip(text('two'), gzip, { ...cache, settings: 'zopfli 1, 50 iterations' });
    expect(calls()).toBe(3);
  });

  it('keeps only the last entry', async () => {
    const cache = cacheIn();
    const { gzip } = counting();
    await cachedGzip(text('one'), gzip, cache);
    await cachedGzip(text('two'), gzip, cache);
    expect(readdirSync(cache.folder).filter((name) => name.endsWith('.gz'))).toHaveLength(1);
  });

  it('packs afresh when an entry does not unzip to the text (damaged, or not gzip at all)', async () => {
    const cache = cacheIn();
    const { gzip, calls } = counting();
    await cachedGzip(text('one'), gzip, cache);
    const [entry = ''] = readdirSync(cache.folder);
    for (const damaged of [gzipSync(text('something else')), Buffer.from('not gzip')]) {
      writeFileSync(join(cache.folder, entry), damaged);
      const packed = await cachedGzip(text('one'), gzip, cache);
      expect(gunzipSync(packed).toString('utf8')).toBe(text('one').toString('utf8'));
    }
    expect(calls()).toBe(3);
  });

  it('still packs when the cache cannot be written', async () => {
    const cache = cacheIn();
    const blocked = join(cache.folder, 'a-file');
    writeFileSync(blocked, '');
    const { gzip, calls } = counting();
    const packed = await cachedGzip(text('one'), gzip, { ...cache, folder: join(blocked, 'cache') });
    expect(calls()).toBe(1);
    expect(gunzipSync(packed).toString('utf8')).toBe(text('one').toString('utf8'));
  });
});
