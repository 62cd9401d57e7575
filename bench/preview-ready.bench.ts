/**
 * preview_ready_ms: from `npm start` (build, then the preview server) to the
 * page answering at the address it prints, as a developer waits for it.
 * The median of a few cold starts; each is stopped with SIGINT, as Ctrl-C would.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResults } from './measure';

const root = join(import.meta.dirname, '..');
const RUNS = 3;
const GIVE_UP_MS = 60_000;

function startToReadyMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so SIGINT reaches npm, tsx and the server together, as Ctrl-C in a terminal does.
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      detached: true,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`npm start did not answer within ${GIVE_UP_MS} ms`));
    }, GIVE_UP_MS);
    let output = '';
    let ready: number | undefined;
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (!url || ready !== undefined) return;
      ready = -1;
      fetch(url).then(
        (response) => {
          if (!response.ok) return reject(new Error(`GET ${url} answered ${response.status}`));
          ready = performance.now() - started;
          stop();
        },
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
    child.once('exit', () => {
      clearTimeout(timer);
      if (ready !== undefined && ready >= 0) resolve(ready);
      else reject(new Error(`npm start exited before its page answered:\n${output}`));
    });
  });
}

export async function benchPreviewReady(): Promise<BenchResults> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await startToReadyMs());
  times.sort((a, b) => a - b);
  return { preview_ready_ms: Math.round(times[Math.floor(times.length / 2)] ?? Number.NaN) };
}
