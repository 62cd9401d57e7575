/**
 * The preview's number formats round in decimal text; a value whose own
 * text is in exponent notation (1e-20, 1.5e+21) once rendered as NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDisplayValue } from 'sheets-emulator';

describe('rounding in number formats', () => {
  it('renders very small and very large numbers, not NaN', () => {
    expect(renderDisplayValue(1e-20, '#,##0.00', 'en_US')).toBe('0.00');
    expect(renderDisplayValue(-2.5e-9, '0.0%', 'en_US')).toMatch(/^-?0\.0%$/);
    expect(renderDisplayValue(1.5e21, '#,##0', 'en_US')).toBe('1,500,000,000,000,000,000,000');
    expect(renderDisplayValue(1.005, '#,##0.00', 'en_US')).toBe('1.01');
  });

  it("never shows NaN for any finite number in any of the add-on's formats", () => {
    const formats = ['#,##0', '#,##0.00', '0%', '0.0%', '#,##0 [$₽-419]', '[$$]#,##0', '"$"#,##0.00'];
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
        fc.constantFrom(...formats),
        fc.constantFrom('en_US', 'ru_RU'),
        (value, format, locale) => {
          const shown = renderDisplayValue(value, format, locale);
          return !shown.includes('NaN') && !shown.includes('Infinity') && /\d/.test(shown);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
