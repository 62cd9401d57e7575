/**
 * The export reader ships apart (dist/ImportReader.html): the CSV parser is
 * in it, and in neither Code.js nor the sidebar's first load. Run in a fresh
 * vm context, as the sidebar runs it, it reads a real export; Code.js hands
 * it over through getImportReader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_READER_BUDGET_BYTES, renderImportReader } from '../../scripts/build-import-reader';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { DEFAULT_CHANNEL_MAPPING } from '../../src/core/import';
import type { ImportReader } from '../../src/sidebar/import-reader/reader-api';
import { DIST, readCodeJs } from './load-bundle';

const root = join(import.meta.dirname, '../..');
/** Words only papaparse's source holds, and fflate's (the XLSX unzip). */
const PARSER_MARKS = ['UndetectableDelimiter', 'BAD_DELIMITERS', 'invalid zip data'];

let reader = '';

beforeAll(async () => {
  reader = await renderImportReader(root);
});

describe('the export reader', () => {
  it('carries the CSV parser, within its budget, and Code.js and the sidebar do not', () => {
    expect(Buffer.byteLength(reader, 'utf8')).toBeLessThan(IMPORT_READER_BUDGET_BYTES);
    for (const mark of PARSER_MARKS) {
      expect(reader).toContain(mark);
      expect(readCodeJs()).not.toContain(mark);
      expect(readFileSync(join(DIST, 'Sidebar.html'), 'utf8')).not.toContain(mark);
    }
  });

  it('reads an export in a fresh context, as the sidebar runs it', () => {
    const context = vm.createContext({ TextDecoder, Uint8Array });
    vm.runInContext(reader, context);
    const api = context.MarketingKpiImportReader as ImportReader;
    const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/exports/direct-wizard.utf8.csv')));
    const result = api.importExport(bytes, 'direct.csv', DEFAULT_CHANNEL_MAPPING);
    expect(result.format.id).toBe('yandex_direct_wizard');
    expect(JSON.parse(JSON.stringify(result.figures))).toEqual([
      { month: '2026-01', channel: 'ppc', spend: 1024.5 },
      { month: '2026-02', channel: 'ppc', spend: 4190.4 },
    ]);
    expect(api.contentHash(bytes)).toMatch(/^[0-9a-f]{16}$/);
    expect(api.formatName(result.format, 'ru')).toBe('отчёт Яндекс Директа (мастер отчётов)');
  });

  it('reads an XLSX export in a fresh context, as the sidebar runs it', () => {
    const context = vm.createContext({ TextDecoder, Uint8Array });
    vm.runInContext(reader, context);
    const api = context.MarketingKpiImportReader as ImportReader;
    const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/exports/direct-wizard.xlsx')));
    const result = api.importExport(bytes, 'direct.xlsx', DEFAULT_CHANNEL_MAPPING);
    expect(result.format.id).toBe('yandex_direct_wizard');
    expect(JSON.parse(JSON.stringify(result.figures))).toEqual([
      { month: '2026-01', channel: 'ppc', spend: 1024.5 },
      { month: '2026-02', channel: 'ppc', spend: 4190.4 },
    ]);
  });

  it('is what Code.js hands the sidebar', () => {
    const emulator = createEmulator({ files: { ImportReader: readFileSync(join(DIST, 'ImportReader.html'), 'utf8') } });
    const context = vm.createContext({});
    const uninstall = emulator.installGlobals(context);
    try {
      vm.runInContext(readCodeJs(), context, { filename: 'Code.js' });
      expect((context.getImportReader as () => string)()).toBe(readFileSync(join(DIST, 'ImportReader.html'), 'utf8'));
    } finally {
      uninstall();
    }
  });
});
