/**
 * `npm test` cannot hang: a synchronous loop that never ends, or a failing
 * property that would shrink for hours, fails its file with a word of
 * where, instead of holding CI until its limit (which once cost a landing).
 * A run that stops moving for any other reason ends with the files it
 * waited for named. Each case runs vitest as a process on a fixture, with the guards' limits
 * shortened, and checks that it ended by failing and said why. The three runs mostly wait
 * (for a guard's limit to pass), so they run side by side.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/support/hang-fixtures');

interface Ended {
  code: number | null;
  output: string;
  leftBehind: number[];
}

function runFixture(
  file: string,
  env: Record<string, string>,
  options: { checkLeftBehind?: boolean } = {},
): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/vitest'),
      ['run', '--config', join(fixtures, 'vitest.config.ts'), file],
      {
        cwd: fixtures,
        env: { ...process.env, SOAK: '', SOAK_RUNS: '', ROLES_SOAK_RUNS: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so that whatever it leaves (a stuck worker) is stopped with it below.
        detached: true,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Should a guard fail, the fixture would run for ever: stop it so this test fails rather than hangs.
    const stop = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(stop);
      // Read before the group is stopped: what the run itself left running.
      const leftBehind = options.checkLeftBehind ? processesInGroup(child.pid) : [];
      stopGroup(child.pid);
      resolve({ code, output, leftBehind });
    });
  });
}

/** Ends every process left in the fixture run's group (none, when the guards clean up after themselves). */
function stopGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is empty: nothing was left behind.
  }
}

/** Processes of the run's process group still running, a stopped one not yet reaped (a zombie) aside (Linux's /proc; elsewhere none are seen). */
function processesInGroup(group: number | undefined): number[] {
  if (group === undefined) return [];
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // After the command's name (in parentheses, and it may hold any character): state, parent, group.
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const [state, , processGroup] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return Number(processGroup) === group && state !== 'Z' && state !== 'X';
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

describe.concurrent('the guards against a test that never ends', () => {
  it('stop a worker stuck in a synchronous loop, and name the file and the test', { timeout: 120_000 }, async ({
    expect,
  }) => {
    const ended = await runFixture('endless-loop.fixture.ts', { BLOCKED_WORKER_LIMIT_MS: '2000' });
    expect(ended.code).toBe(1);
    expect(ended.output).toContain('[blocked-worker-watchdog]');
    expect(ended.output).toContain('endless-loop.fixture.ts > loops for ever');
  });

  it('end a run that stopped moving, naming the file it waits for', { timeout: 120_000 }, async ({ expect }) => {
    const ended = await runFixture(
      'endless-wait.fixture.ts',
      { STALLED_RUN_LIMIT_MS: '3000' },
      { checkLeftBehind: true },
    );
    const leftBehind = ended.leftBehind;
    expect(ended.code).toBe(1);
    expect(ended.output).toMatch(
      /\[stall-reporter\] nothing has moved for \d+ s; still running: endless-wait\.fixture\.ts/,
    );
    expect(leftBehind, 'the stuck worker is stopped with the run, not left orphaned').toEqual([]);
  });

  it('cut a failing property short and report its counterexample', { timeout: 120_000 }, async ({ expect }) => {
    const ended = await runFixture('slow-failing-property.fixture.ts', { PROPERTY_TIME_LIMIT_MS: '1500' });
    expect(ended.code).toBe(1);
    expect(ended.output).toMatch(/Property failed/);
    expect(ended.output).toMatch(/Counterexample/);
    expect(ended.output).not.toContain('[blocked-worker-watchdog]');
  });
});
