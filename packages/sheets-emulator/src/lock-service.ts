/**
 * LockService for one execution at a time. The emulator runs server code
 * synchronously, so "another execution" is simulated: a test marks a lock
 * as held elsewhere, and then `tryLock` returns false and `waitLock` throws
 * Apps Script's timeout, at once (no time passes in the emulator).
 */
import { asAppsScript } from './apps-script-types';
import type { EmulatorRuntime } from './runtime';

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;

export type LockScope = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

type Holder = 'this execution' | 'another execution';

export class LockTable {
  private readonly holders = new Map<string, Holder>();

  holder(key: string): Holder | undefined {
    return this.holders.get(key);
  }

  take(key: string): boolean {
    if (this.holders.get(key) === 'another execution') return false;
    this.holders.set(key, 'this execution');
    return true;
  }

  release(key: string): void {
    if (this.holders.get(key) === 'this execution') this.holders.delete(key);
  }

  /** Marks a lock as held by another execution; the returned function lets it go. */
  holdAsAnotherExecution(key: string): () => void {
    if (this.holders.get(key) === 'this execution') {
      throw new Error(`The current execution holds the ${key} lock; release it before simulating another holder.`);
    }
    this.holders.set(key, 'another execution');
    return () => {
      if (this.holders.get(key) === 'another execution') this.holders.delete(key);
    };
  }

  /** What Apps Script does when an execution ends: its locks are released. */
  releaseAllOfThisExecution(): void {
    for (const [key, holder] of [...this.holders]) if (holder === 'this execution') this.holders.delete(key);
  }
}

export function lockKey(scope: LockScope, user: string): string {
  return scope === 'user' ? `user:${user}` : scope;
}

export class EmulatedLock implements Pick<Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  constructor(
    private readonly table: LockTable,
    readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    if (!(timeoutInMillis >= 0)) throw new Error('Invalid argument: timeoutInMillis');
    return this.table.take(this.key);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.table.holder(this.key) === 'this execution';
  }

  releaseLock(): void {
    this.table.release(this.key);
  }
}

export class EmulatedLockService implements Pick<LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly table: LockTable,
  ) {}

  private lock(scope: LockScope): Lock {
    return asAppsScript<Lock>(
      this.runtime.expose(new EmulatedLock(this.table, lockKey(scope, this.runtime.users.active)), 'Lock'),
    );
  }

  getDocumentLock(): Lock {
    return this.lock('document');
  }

  getScriptLock(): Lock {
    return this.lock('script');
  }

  getUserLock(): Lock {
    return this.lock('user');
  }
}
