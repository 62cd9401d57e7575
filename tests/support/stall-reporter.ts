/**
 * A reporter that ends a run which has stopped moving: when no test, hook or
 * file has started or ended for longer than any test may take, it names the
 * files still running and exits with a failure. The guards in the workers
 * (bounded-properties, blocked-worker-watchdog) catch a stuck test; this
 * catches whatever they cannot see (a worker that never says it finished, a
 * wait outside any test), so `npm test` fails in minutes with a word of
 * where instead of holding CI to its 90-minute limit.
 * A soak (SOAK or SOAK_RUNS set) runs as long as its runs take: no watch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** Longer than the longest test timeout in `npm test` (600 s), so a test that is merely slow fails by its own timeout first. */
const STALL_LIMIT_MS = Number(process.env.STALLED_RUN_LIMIT_MS) || 12 * 60_000;

const soak = Boolean(process.env.SOAK || process.env.SOAK_RUNS || process.env.ROLES_SOAK_RUNS);

export default class StallReporter implements Reporter {
  private lastMove = Date.now();
  private readonly running = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  onTestRunStart(): void {
    if (soak) return;
    this.moved();
    this.timer = setInterval(() => this.check(), Math.min(10_000, STALL_LIMIT_MS / 3));
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.running.add(module.relativeModuleId);
    this.moved();
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.relativeModuleId);
    this.moved();
  }

  onTestCaseReady(): void {
    this.moved();
  }

  onTestCaseResult(): void {
    this.moved();
  }

  onHookStart(): void {
    this.moved();
  }

  onHookEnd(): void {
    this.moved();
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  private moved(): void {
    this.lastMove = Date.now();
  }

  private check(): void {
    const stillFor = Date.now() - this.lastMove;
    if (stillFor < STALL_LIMIT_MS) return;
    const files =
      this.running.size > 0
        ? [...this.running].join(', ')
        : 'no file (every file has ended; the run is waiting for a worker)';
    process.stderr.write(
      `\n[stall-reporter] nothing has moved for ${Math.round(stillFor / 1000)} s; still running: ${files}. Stopping the run.\n`,
    );
    killChildProcesses();
    process.exit(1);
  }
}

/**
 * The stuck workers are this process's children: exiting alone would leave
 * them running, orphaned, after the run has failed. Linux lists a process's
 * children in /proc; elsewhere there is nothing to read and they are left.
 */
function killChildProcesses(): void {
  let children: string[] = [];
  try {
    children = readdirSync(`/proc/${process.pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean),
    );
  } catch {
    return;
  }
  for (const pid of children) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
