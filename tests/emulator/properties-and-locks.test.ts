import { describe, expect, it } from 'vitest';
import { createEmulator, LOCK_TIMEOUT_MESSAGE, PROPERTY_QUOTA_MESSAGE } from '../../packages/preview/addon-emulator';

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

  it("stores strings and refuses values over Apps Script's 9 KB limit", () => {
    const properties = createEmulator().PropertiesService.getScriptProperties();
    properties.setProperty('count', 3 as unknown as string);
    expect(properties.getProperty('count')).toBe('3');
    expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(PROPERTY_QUOTA_MESSAGE);
    properties.setProperties({ a: '1' }, true);
    expect(properties.getProperties()).toEqual({ a: '1' });
  });

  it('counts the limits in UTF-8 bytes, keys included, and writes nothing of a call that breaks one', () => {
    const properties = createEmulator().PropertiesService.getDocumentProperties();
    // 4 608 Cyrillic letters are 9 216 bytes: exactly 9 KB.
    properties.setProperty('ru', 'я'.repeat(4_608));
    expect(() => properties.setProperty('ru', 'я'.repeat(4_609))).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(properties.getProperty('ru')).toHaveLength(4_608);
    expect(() => properties.setProperties({ small: 'kept?', big: 'x'.repeat(9 * 1024 + 1) })).toThrow(
      PROPERTY_QUOTA_MESSAGE,
    );
    expect(properties.getProperty('small')).toBeNull();

    properties.deleteAllProperties();
    // 56 values of 9 000 bytes with 3-byte keys are 504 168 bytes; a 57th would make 513 171, over 500 KB (512 000 bytes).
    for (let index = 0; index < 56; index++)
      properties.setProperty(`k${String(index).padStart(2, '0')}`, 'y'.repeat(9_000));
    expect(() => properties.setProperty('k56', 'y'.repeat(9_000))).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(properties.getKeys()).toHaveLength(56);
    // Replacing a value counts its new size, not both.
    properties.setProperty('k00', 'z'.repeat(9_000));
    expect(properties.getProperty('k00')).toBe('z'.repeat(9_000));
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
