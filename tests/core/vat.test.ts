/**
 * Spend without VAT, to the kopeck: the examples a person checks by hand,
 * and for every amount and rate that net + VAT gives back the gross within
 * half a kopeck of what the rate says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksVat, netOfVat } from '../../src/core/kpi-import/vat';

describe('spend without VAT', () => {
  it.each([
    [120, 20, 100],
    [1000, 20, 833.33],
    [1000.01, 20, 833.34],
    [0.03, 20, 0.03], // 2.5 kopecks: half away from zero
    [0.01, 20, 0.01],
    [4190.4, 20, 3492],
    [110, 10, 100],
    [500, 0, 500],
    [0, 20, 0],
    [1_000_000_000.99, 20, 833_333_334.16],
  ])('%d with %d %% VAT → %d without', (gross, rate, net) => {
    expect(netOfVat(gross, rate)).toBe(net);
  });

  it('is within half a kopeck of gross / (1 + rate), never above the gross, and keeps the kopecks whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (kopecks, hundredths) => {
          const gross = kopecks / 100;
          const rate = hundredths / 100;
          const net = netOfVat(gross, rate);
          expect(Number.isInteger(Math.round(net * 100))).toBe(true);
          expect(Math.abs(Math.round(net * 100) - net * 100)).toBeLessThan(1e-6);
          expect(net).toBeLessThanOrEqual(gross);
          // Exact in integers: |net × (1 + rate) − gross| ≤ half a kopeck × (1 + rate).
          const netKopecks = BigInt(Math.round(net * 100));
          const error = netKopecks * BigInt(10_000 + hundredths) - BigInt(kopecks) * 10_000n;
          const bound = BigInt(10_000 + hundredths);
          expect(2n * (error < 0n ? -error : error) <= bound).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is monotonic: more gross never gives less net', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_00 }), fc.integer({ min: 0, max: 3000 }), (kopecks, rate) => {
        expect(netOfVat((kopecks + 1) / 100, rate / 100)).toBeGreaterThanOrEqual(netOfVat(kopecks / 100, rate / 100));
      }),
      { numRuns: 100 },
    );
  });

  it('asks for cabinet exports, not for Metrica expenses, which are documented without VAT', () => {
    expect(asksVat('yandex_direct_wizard')).toBe(true);
    expect(asksVat('mapped')).toBe(true);
    expect(asksVat('yandex_metrica_expenses')).toBe(false);
  });
});
