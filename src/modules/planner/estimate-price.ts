import { benchmarkFor } from "../creators/engagement-benchmarks.js";
import { type Platform, tierForFollowers } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import {
  defaultPriceSigma,
  defaultRatePerThousandFollowers,
  minimumFee,
  tierPriceMultiplier,
} from "./default-price-model.js";

/** 10th and 90th percentiles of a standard normal: the 80% interval. */
export const z80 = 1.2816;

export interface PriceEstimate {
  /** Expected fee for one deliverable, in minor units (cents). */
  expected: number;
  low: number;
  high: number;
  basis: "quote" | "history" | "default";
  /** How many of the organisation's past fees for similar creators shaped it. */
  historyCount: number;
}

export interface PastFee {
  /** What the organisation paid for one deliverable, in cents. */
  fee: number;
  followers: number;
  engagementRate: number | null;
}

export interface PriceInput {
  platform: Platform;
  format: ContentFormat;
  followers: number;
  engagementRate: number | null;
  /** A fee the creator quoted: it wins. */
  quote?: number | null;
  /** Past fees of the organisation for the same platform, format and tier. */
  history?: PastFee[];
}

/** How many past fees count as much as the default model when blending (shrinkage strength). */
const priorWeight = 5;

function modelFee(
  platform: Platform,
  format: ContentFormat,
  followers: number,
  engagementRate: number | null,
): number {
  const rates = defaultRatePerThousandFollowers[platform];
  const perThousand = rates[format] ?? Math.min(...Object.values(rates));
  const tier = tierForFollowers(followers);
  const benchmark = benchmarkFor(platform, tier);
  // Engaged audiences command more, within reason: a creator at 2× the tier benchmark charges ~1.4×.
  const engagement =
    engagementRate !== null && benchmark
      ? Math.min(1.6, Math.max(0.6, Math.sqrt(engagementRate / benchmark)))
      : 1;
  return Math.max(minimumFee, (followers / 1_000) * perThousand * tierPriceMultiplier[tier] * engagement);
}

/**
 * A fee estimate with its 80% range. Without history: the default rate model. With history: the model scaled by the
 * shrunk mean log-ratio of past fees to what the model said for those creators (n/(n+5) weight on history).
 */
export function estimatePrice(input: PriceInput): PriceEstimate {
  if (input.quote !== undefined && input.quote !== null) {
    return { expected: input.quote, low: input.quote, high: input.quote, basis: "quote", historyCount: 0 };
  }
  const base = modelFee(input.platform, input.format, input.followers, input.engagementRate);
  const history = input.history ?? [];
  let logShift = 0;
  let sigma = defaultPriceSigma;
  if (history.length > 0) {
    const ratios = history.map((past) =>
      Math.log(past.fee / modelFee(input.platform, input.format, past.followers, past.engagementRate)),
    );
    const mean = ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
    const weight = history.length / (history.length + priorWeight);
    logShift = weight * mean;
    if (history.length >= 3) {
      const spread = Math.sqrt(ratios.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (ratios.length - 1));
      sigma = weight * spread + (1 - weight) * defaultPriceSigma;
    }
  }
  const median = base * Math.exp(logShift);
  return {
    expected: Math.round(median),
    low: Math.round(median * Math.exp(-z80 * sigma)),
    high: Math.round(median * Math.exp(z80 * sigma)),
    basis: history.length > 0 ? "history" : "default",
    historyCount: history.length,
  };
}
