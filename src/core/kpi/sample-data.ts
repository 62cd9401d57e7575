/**
 * A realistic year of an IT company's marketing numbers, so a new user sees
 * CPL, ROMI and verdicts at once. Deterministic (a seeded generator), so the
 * same settings always give the same sample.
 */
import type { ChannelSettings } from '../../shared/template-settings';
import type { KpiInputKey, KpiPlanKey } from './kpi-columns';
import { monthsOfYear, type MonthKey } from './month';

interface ChannelProfile {
  /** Monthly spend on the channel itself. */
  spend: number;
  /** Monthly staff or contractor cost attributed to it. */
  staffCost: number;
  leads: number;
  qualifiedShare: number;
  /** Customers per qualified lead. */
  closeRate: number;
  /** Revenue per customer in the month it is won (first payment of a contract). */
  dealSize: number;
}

/** Profiles by default channel id, in roubles; other currencies are scaled. */
const PROFILES: Record<string, ChannelProfile> = {
  ppc: { spend: 240_000, staffCost: 40_000, leads: 160, qualifiedShare: 0.55, closeRate: 0.12, dealSize: 55_000 },
  seo: { spend: 60_000, staffCost: 60_000, leads: 95, qualifiedShare: 0.7, closeRate: 0.15, dealSize: 40_000 },
  content: { spend: 20_000, staffCost: 90_000, leads: 70, qualifiedShare: 0.75, closeRate: 0.14, dealSize: 45_000 },
  email: { spend: 8_000, staffCost: 25_000, leads: 45, qualifiedShare: 0.8, closeRate: 0.2, dealSize: 20_000 },
  telegram: { spend: 15_000, staffCost: 20_000, leads: 30, qualifiedShare: 0.6, closeRate: 0.1, dealSize: 30_000 },
  smm: { spend: 90_000, staffCost: 45_000, leads: 25, qualifiedShare: 0.35, closeRate: 0.05, dealSize: 90_000 },
  // Articles and media bring few leads a month, so some months are too few to judge (TEST).
  pr: { spend: 0, staffCost: 100_000, leads: 5, qualifiedShare: 0.65, closeRate: 0.12, dealSize: 70_000 },
  events: { spend: 300_000, staffCost: 30_000, leads: 40, qualifiedShare: 0.6, closeRate: 0.08, dealSize: 150_000 },
  forums: { spend: 5_000, staffCost: 15_000, leads: 4, qualifiedShare: 0.5, closeRate: 0.1, dealSize: 100_000 },
  referrals: { spend: 30_000, staffCost: 0, leads: 20, qualifiedShare: 0.9, closeRate: 0.35, dealSize: 40_000 },
};

const GENERIC_PROFILE: ChannelProfile = {
  spend: 50_000,
  staffCost: 20_000,
  leads: 35,
  qualifiedShare: 0.6,
  closeRate: 0.1,
  dealSize: 45_000,
};

/** Roubles to the template's currency, roughly, so the sample looks plausible in any of them. */
const CURRENCY_SCALE: Record<string, number> = { RUB: 1, USD: 1 / 90, EUR: 1 / 100 };

/** B2B IT demand by month: slow January and summer, strong autumn. */
const SEASONALITY = [0.75, 0.95, 1.05, 1.05, 1, 0.85, 0.75, 0.8, 1.1, 1.2, 1.15, 1.0];

/** mulberry32: a small, fast seeded generator. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** The columns the sample fills: a figure without a profile here stays blank in a sample (never made up as 0). */
type SampledKey = Extract<
  KpiInputKey | KpiPlanKey,
  'spend' | 'staff_cost' | 'leads' | 'qualified_leads' | 'customers' | 'revenue' | KpiPlanKey
>;

/** A month's figures and its plan. */
export type SampleRow = Record<SampledKey, number>;

/** Sample inputs for every month of `year` × channel, keyed `YYYY-MM|channelId`. */
export function sampleKpiData(
  channels: readonly ChannelSettings[],
  year: number,
  currency: string,
): Map<string, SampleRow> {
  const scale = CURRENCY_SCALE[currency] ?? 1;
  const data = new Map<string, SampleRow>();
  channels.forEach((channel, channelIndex) => {
    const profile = PROFILES[channel.id] ?? GENERIC_PROFILE;
    const random = seededRandom(year * 1_000 + channelIndex + 1);
    monthsOfYear(year).forEach((month: MonthKey, monthIndex) => {
      const season = SEASONALITY[monthIndex] ?? 1;
      const noise = () => 0.8 + random() * 0.4;
      // Events happen a few times a year: in the other months the channel is idle.
      const idle = channel.id === 'events' && monthIndex % 4 !== 2;
      const leads = idle ? 0 : Math.round(profile.leads * season * noise());
      // Qualified leads are some of the leads, customers some of the qualified: the noise never lifts a share above 1.
      const qualified = Math.min(leads, Math.round(leads * profile.qualifiedShare * noise()));
      const customers = Math.min(qualified, Math.round(qualified * profile.closeRate * noise()));
      const spend = idle ? 0 : roundTo(profile.spend * scale * noise(), scale < 1 ? 10 : 1_000);
      const staffCost = roundTo(profile.staffCost * scale, scale < 1 ? 10 : 1_000);
      // The plan is the profile in its season, without the month's noise: what a head budgets ahead.
      const step = scale < 1 ? 10 : 1_000;
      const planLeads = idle ? 0 : Math.round(profile.leads * season);
      data.set(`${month}|${channel.id}`, {
        plan_spend: idle ? 0 : roundTo(profile.spend * scale, step),
        plan_leads: planLeads,
        plan_revenue: roundTo(planLeads * profile.qualifiedShare * profile.closeRate * profile.dealSize * scale, step),
        spend,
        staff_cost: staffCost,
        leads,
        qualified_leads: qualified,
        customers,
        revenue: roundTo(customers * profile.dealSize * scale * noise(), scale < 1 ? 10 : 1_000),
      });
    });
  });
  return data;
}
