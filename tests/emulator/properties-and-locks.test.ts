import { describe, expect, it } from 'vitest';
import { createEmulator, LOCK_TIMEOUT_MESSAGE } from '../../src/emulator';

describe('properties', () => {
  it('shares document properties and keeps user properties per user', () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    const { PropertiesService } = emulator;
    PropertiesService.getDocumentProperties().setProperty('settings', '{"year":2025}');
    PropertiesService.getUserProperties().setProperties({ lang: 'ru', theme: 'dark' });

    emulator.setActiveUser('marketer@example.com');
    expect(PropertiesService.getDocumentProperties().getProperty('settings')).toBe('{"year":2025}');
    expect(PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    PropertiesService.getUserProperties().setProperty('lang', 'en');

    emulator.setActiveUser('head@example.com');
    expect(PropertiesService.getUserProperties().getProperties()).toEqual({ lang: 'ru', theme: 'dark' });
    PropertiesService.getUserProperties().deleteProperty('theme');
    expect(PropertiesService.getUserProperties().getKeys()).toEqual(['lang']);
    PropertiesService.getDocumentProperties().deleteAllProperties();
    expect(PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
  });

  it('stores strings and refuses values over Apps Script\'s 9 KB limit', () => {
    const properties = createEmulator().PropertiesService.getScriptProperties();
    properties.setProperty('count', 3 as unknown as string);
    expect(properties.getProperty('count')).toBe('3');
    expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    properties.setProperties({ a: '1' }, true);
    expect(properties.getProperties()).toEqual({ a: '1' });
  });
});

describe('locks', () => {
  it('makes tryLock return false and waitLock time out while another execution holds the document lock', () => {
    const emulator = createEmulator();
    const release = emulator.holdDocumentLockAsAnotherExecution();
    const lock = emulator.LockService.getDocumentLock();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30_000)).toThrow(LOCK_TIMEOUT_MESSAGE);

    release();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(() => emulator.holdDocumentLockAsAnotherExecution()).toThrow(/current execution holds/);
    lock.releaseLock();
    expect(emulator.LockService.getDocumentLock().hasLock()).toBe(false);
  });

  it('keeps document, script and user locks apart, and releases them when the execution ends', () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    emulator.holdLockAsAnotherExecution('user');
    expect(emulator.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(emulator.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(emulator.LockService.getUserLock().tryLock(0)).toBe(false);
    emulator.setActiveUser('marketer@example.com');
    expect(emulator.LockService.getUserLock().tryLock(0)).toBe(true);

    emulator.endExecution();
    expect(emulator.LockService.getDocumentLock().hasLock()).toBe(false);
  });
});
