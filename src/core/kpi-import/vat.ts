/**
 * The VAT question for spend exports. The KPI tab stores spend without VAT,
 * for every source: Metrica's expense upload is documented as amounts
 * without VAT (EXPORTS.md), a VAT payer gets the VAT back, and one channel's
 * spend adds several sources, which only add up when all are counted the
 * same way. A cabinet export may include VAT (Yandex Direct's can, and the
 * file does not say), so the person says so per source and the import takes
 * it out: net = gross / (1 + rate), to the kopeck.
 */

export interface VatChoice {
  /** The export's spend includes VAT. */
  included: boolean;
  /** Percent, 0–100, at most two decimals (20 in Russia since 2019). */
  rate: number;
}

const DEFAULT_VAT_RATE = 20;

export const DEFAULT_VAT_CHOICE: VatChoice = { included: false, rate: DEFAULT_VAT_RATE };

/** Formats whose spend is documented as without VAT: no question asked. A list, not a Set: the server half's top level builds nothing. */
const WITHOUT_VAT: readonly string[] = ['yandex_metrica_expenses'];

/** Whether the preview asks about VAT for a file of `format` that has spend. */
export function asksVat(format: string): boolean {
  return !WITHOUT_VAT.includes(format);
}

/**
 * `gross` without VAT at `rate` percent, rounded to the kopeck (half away
 * from zero). Exact: kopecks and hundredths of a percent as integers, so no
 * binary fraction decides a half kopeck.
 */
export function netOfVat(gross: number, rate: number): number {
  const kopecks = BigInt(Math.round(gross * 100));
  const divisor = 10_000n + BigInt(Math.round(rate * 100));
  const negative = kopecks < 0n;
  const magnitude = negative ? -kopecks : kopecks;
  const rounded = (magnitude * 10_000n * 2n + divisor) / (divisor * 2n);
  const net = Number(negative ? -rounded : rounded) / 100;
  return net === 0 ? 0 : net;
}
