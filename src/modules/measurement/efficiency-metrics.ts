/**
 * Outcome totals for a campaign, a creator or any slice of them. Money in integer minor units of one currency.
 * A count that the data sources did not report is null (unknown), which is not the same as 0.
 */
export interface OutcomeTotals {
  cost: number;
  impressions: number | null;
  views: number | null;
  engagements: number | null;
  /** Bot-filtered clicks on tracked links. */
  clicks: number | null;
  leads: number;
  orders: number;
  newCustomers: number;
  /** Attributed revenue net of refunds, excluding tax and shipping. */
  revenue: number;
}

/**
 * M8 efficiency and return. Costs per unit are in minor units with up to four decimals (a CPV of 0.4 means 0.4
 * cents): they are prices of one unit, not amounts owed, and rounding them to whole cents would show a real cost as 0.
 * Ratios are fractions. Every metric is null when its denominator is zero or unknown, never 0 or infinity.
 */
export interface EfficiencyMetrics {
  cpm: number | null;
  cpv: number | null;
  cpe: number | null;
  cpc: number | null;
  ctr: number | null;
  cpl: number | null;
  conversionRate: number | null;
  cpa: number | null;
  cac: number | null;
  roas: number | null;
  roi: number | null;
}

/** Cost per unit (× scale) in minor units to four decimals; null when the units are zero or unknown. */
export function perUnit(cost: number, units: number | null, scale = 1): number | null {
  if (units === null || units <= 0) return null;
  return Math.round(((cost * scale) / units) * 10_000) / 10_000;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return numerator / denominator;
}

export function efficiencyMetrics(totals: OutcomeTotals): EfficiencyMetrics {
  return {
    cpm: perUnit(totals.cost, totals.impressions, 1_000),
    cpv: perUnit(totals.cost, totals.views),
    cpe: perUnit(totals.cost, totals.engagements),
    cpc: perUnit(totals.cost, totals.clicks),
    ctr: ratio(totals.clicks, totals.impressions),
    cpl: perUnit(totals.cost, totals.leads),
    conversionRate: ratio(totals.orders, totals.clicks),
    cpa: perUnit(totals.cost, totals.orders),
    cac: perUnit(totals.cost, totals.newCustomers),
    roas: ratio(totals.revenue, totals.cost),
    roi: totals.cost > 0 ? (totals.revenue - totals.cost) / totals.cost : null,
  };
}

/** Why a metric is unknown, for the dash shown on screen. */
export const unknownBecause: Record<keyof EfficiencyMetrics, string> = {
  cpm: "no impressions reported",
  cpv: "no video views reported",
  cpe: "no engagements reported",
  cpc: "no tracked clicks",
  ctr: "no impressions reported",
  cpl: "no attributed leads",
  conversionRate: "no tracked clicks",
  cpa: "no attributed orders",
  cac: "no new customers among attributed orders",
  roas: "no cost recorded",
  roi: "no cost recorded",
};
