/**
 * Test files share their worker's loaded modules (vitest.config.ts), so a
 * file that changes the process (stubs a global, fakes the clock, sets an
 * environment variable, mocks a module) must run in a worker of its own, or
 * the files after it would run against what it left. This finds every such
 * file and checks that vitest.config.ts lists it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TEST_FILES } from '../../vitest.config';

/** What makes a file change the process for the next: any of these in its source puts it in vitest.config.ts's ISOLATED_TEST_FILES. */
const PROCESS_CHANGING_CALLS =
  /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|useFakeTimers|setSystemTime)\b|process\.env\.\w+\s*=(?!=)|process\.env\[[^\]]+\]\s*=(?!=)|process\.chdir\(/;

const root = join(import.meta.dirname, '../..');

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

describe('the test files that run in a worker of their own', () => {
  const files = testFiles(join(root, 'tests'));

  it('are every file that changes the process for the files after it', () => {
    const changing = files.filter(
      (file) =>
        file !== 'tests/scripts/isolated-files.test.ts' &&
        PROCESS_CHANGING_CALLS.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(changing.length).toBeGreaterThan(0);
    expect([...ISOLATED_TEST_FILES].sort()).toEqual(changing.sort());
  });

  it('recognise each way of changing the process', () => {
    for (const call of [
      "vi.stubGlobal('SpreadsheetApp', {})",
      "vi.useFakeTimers({ toFake: ['Date'] })",
      'vi.setSystemTime(now)',
      "vi.mock('../x')",
      "vi.stubEnv('TZ', 'UTC')",
      "process.env.TZ = 'UTC'",
      "process.env['TZ'] = 'UTC'",
      "process.chdir('/tmp')",
    ])
      expect(PROCESS_CHANGING_CALLS.test(call), call).toBe(true);
    for (const call of ["process.env.TZ === 'UTC'", 'vi.fn()', 'const env = { ...process.env }'])
      expect(PROCESS_CHANGING_CALLS.test(call), call).toBe(false);
  });
});
