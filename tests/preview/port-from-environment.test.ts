import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, portFromEnvironment } from '../../packages/preview/port-from-environment';

describe("the preview's port", () => {
  it('is PORT, 0 for a free one, the default when unset or blank', () => {
    expect(portFromEnvironment('3000')).toBe(3000);
    expect(portFromEnvironment('0')).toBe(0);
    expect(portFromEnvironment(undefined)).toBe(DEFAULT_PORT);
    expect(portFromEnvironment(' ')).toBe(DEFAULT_PORT);
  });

  it('explains a PORT that is not a port', () => {
    for (const text of ['eighty', '-1', '65536', '80.5']) {
      expect(() => portFromEnvironment(text)).toThrow(`PORT must be a whole number from 0 to 65535, not "${text}"`);
    }
  });
});
