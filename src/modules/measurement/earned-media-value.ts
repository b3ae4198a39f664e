import type { Platform } from "../creators/tiers.js";

export const emvMetrics = ["impressions", "views", "likes", "comments", "shares", "saves", "clicks"] as const;
export type EmvMetric = (typeof emvMetrics)[number];

/** Value of one unit of each metric, in minor units of the rate card's currency (0.5 = half a cent). */
export interface RateCard {
  currency: string;
  rates: Record<EmvMetric, number>;
}

const defaultRates: Record<EmvMetric, number> = {
  impressions: 0.5,
  views: 1,
  likes: 10,
  comments: 50,
  shares: 60,
  saves: 60,
  clicks: 80,
};

/** M9 defaults (USD, the same on every platform until an organisation edits its own). */
export const defaultRateCards: Record<Platform, RateCard> = {
  instagram: { currency: "USD", rates: { ...defaultRates } },
  tiktok: { currency: "USD", rates: { ...defaultRates } },
  youtube: { currency: "USD", rates: { ...defaultRates } },
  linkedin: { currency: "USD", rates: { ...defaultRates } },
};

export type MetricCounts = Partial<Record<EmvMetric, number | null>>;

/**
 * M9: EMV = Σ count × rate, over the metrics that were reported (an unknown count adds nothing), exact: fractions of
 * a minor unit are kept so a creator's posts are added up before anything is rounded (docs/domain/metrics.md M13 EMV).
 * Callers pass measured counts only; estimated reach or impressions are never valued. EMV estimates what the exposure
 * would have cost as paid media; it is never added to revenue.
 */
export function earnedMediaValue(counts: MetricCounts, rateCard: RateCard): number {
  let total = 0;
  for (const metric of emvMetrics) {
    const count = counts[metric];
    if (count !== null && count !== undefined) total += count * rateCard.rates[metric];
  }
  return total;
}

/** M13 EMV: a creator's exact EMV rounded once, half away from zero, to whole minor units. */
export function roundEmv(exact: number): number {
  return Math.sign(exact) * Math.round(Math.abs(exact)) || 0;
}
