/**
 * `npm start`'s server as a process: it builds dist/, prints its address,
 * answers, and stops cleanly (exit 0) on Ctrl-C. One process only: each
 * costs a Node start and a build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The server the running test started, stopped after it whatever happened. */
let started: ChildProcess | undefined;

/**
 * As `npm start` runs it: one Node process with tsx as its loader. (tsx's own
 * CLI is a second process that relays a signal only if the first answers in
 * 30 ms, and otherwise kills it and exits 130: on a loaded machine that, not
 * the server, decided how Ctrl-C ended.)
 */
function startCli(env: Record<string, string>): ChildProcess {
  started = spawn(process.execPath, ['--import', 'tsx', 'packages/preview/server.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return started;
}

// A test that failed or timed out before Ctrl-C leaves no server running.
afterEach(() => {
  if (started && started.exitCode === null && started.signalCode === null) started.kill('SIGKILL');
  started = undefined;
});

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve(match[0]);
    });
    child.once('exit', () => reject(new Error(`exited before printing its address: ${output}`)));
  });
}

describe('the preview server process', () => {
  // A Node start with tsx transforming the preview's sources: under a loaded machine's CPU that alone took over 20 s.
  it('prints its address, answers there, and exits 0 on SIGINT (Ctrl-C)', { timeout: 90_000 }, async () => {
    const child = startCli({ PORT: '0' });
    const url = await printedUrl(child);
    expect((await fetch(url)).status).toBe(200);
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
