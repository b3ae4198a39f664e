import { benchmarkFor } from "../creators/engagement-benchmarks.js";
import { type Platform, tierForFollowers } from "../creators/tiers.js";
import { type ContentFormat, reachFactor } from "../measurement/estimated-reach.js";
import { z80 } from "./estimate-price.js";

export const planningGoals = [
  "reach",
  "impressions",
  "engagements",
  "clicks",
  "conversions",
  "revenue",
] as const;
export type PlanningGoal = (typeof planningGoals)[number];

export interface Interval {
  expected: number;
  low: number;
  high: number;
}

export type OutcomeForecast = Record<PlanningGoal, Interval>;

/** Expected views of one video as a share of followers, where the platform counts reach by views (M10). Editable priors. */
const viewsPerFollower: Partial<Record<Platform, number>> = { tiktok: 0.4, youtube: 0.12 };

/** Link clicks as a share of reach, by platform and format: priors before the organisation has its own history. */
function clickThroughPrior(platform: Platform, format: ContentFormat): number {
  if (platform === "instagram") return format === "story" ? 0.01 : format === "reel" ? 0.003 : 0.002;
  if (platform === "tiktok") return 0.003;
  if (platform === "youtube") return format === "short" ? 0.002 : 0.008;
  return 0.006;
}

const conversionRatePrior = 0.02;
/** Pseudo-counts: how much evidence the priors are worth (posts for ER, reach for CTR, clicks for conversion rate). */
const engagementPriorPosts = 10;
const clickPriorReach = 50_000;
const conversionPriorClicks = 500;

// Log-normal spread of each stage around its expectation; downstream figures compound the upstream ones.
const reachSigma = 0.5;
const engagementSigma = 0.35;
const clickSigma = 0.5;
const conversionSigma = 0.5;

export interface ForecastInput {
  platform: Platform;
  format: ContentFormat;
  followers: number;
  /** ER by followers (Instagram, LinkedIn) or by views (TikTok, YouTube), M2; null when unknown. */
  engagementRate: number | null;
  /** How many recent posts the engagement rate was measured on. */
  postsObserved: number;
  /** Average order value in minor units, for revenue. */
  averageOrderValue: number;
  /** The organisation's own history for this platform and format, when it has some. */
  history?: { reach: number; clicks: number; conversions: number };
  /** Paid amplification behind the post (boosting, whitelisting), minor units; none by default. */
  paidSpend?: number;
}

/**
 * What a thousand paid impressions cost, in minor units, by platform: priors for boosted and whitelisted posts
 * (public benchmark ranges' middles), used until the organisation's own paid results say otherwise.
 */
const paidCpmPrior: Record<Platform, number> = { instagram: 700, tiktok: 600, youtube: 900, linkedin: 3_000 };
/** Paid impressions per person reached, and how much less a paid audience engages than the creator's own. */
const paidFrequency = 1.5;
const paidEngagementDiscount = 0.5;

function interval(expected: number, sigma: number): Interval {
  return {
    expected: Math.round(expected),
    low: Math.round(expected * Math.exp(-z80 * sigma)),
    high: Math.round(expected * Math.exp(z80 * sigma)),
  };
}

/** What one deliverable by this creator is expected to bring, with 80% intervals (M2, M3, M10, M12). */
export function forecastOutcomes(input: ForecastInput): OutcomeForecast {
  const { factor, of } = reachFactor(input.platform, input.format);
  const views = input.followers * (viewsPerFollower[input.platform] ?? 0);
  const organicReach = of === "views" ? views * factor : input.followers * factor;
  const paidImpressions = ((input.paidSpend ?? 0) / paidCpmPrior[input.platform]) * 1_000;
  const paidReach = paidImpressions / paidFrequency;
  const reach = organicReach + paidReach;
  const impressions = organicReach * 1.5 + paidImpressions;

  // M3 shrinkage: few posts say little, so the rate leans on the tier benchmark until posts accumulate.
  const benchmark = benchmarkFor(input.platform, tierForFollowers(input.followers)) ?? 0.03;
  const observed = input.engagementRate ?? benchmark;
  const posts = input.engagementRate === null ? 0 : input.postsObserved;
  const shrunkRate = (posts * observed + engagementPriorPosts * benchmark) / (posts + engagementPriorPosts);
  const engagementBase = of === "views" || input.platform === "youtube" ? views : input.followers;
  const engagements = shrunkRate * (engagementBase + paidReach * paidEngagementDiscount);

  const history = input.history;
  const ctrPrior = clickThroughPrior(input.platform, input.format);
  const ctr =
    (ctrPrior * clickPriorReach + (history?.clicks ?? 0)) / (clickPriorReach + (history?.reach ?? 0));
  const clicks = reach * ctr;
  const conversionRate =
    (conversionRatePrior * conversionPriorClicks + (history?.conversions ?? 0)) /
    (conversionPriorClicks + (history?.clicks ?? 0));
  const conversions = clicks * conversionRate;

  const clickSpread = Math.hypot(reachSigma, clickSigma);
  const conversionSpread = Math.hypot(clickSpread, conversionSigma);
  return {
    reach: interval(reach, reachSigma),
    impressions: interval(impressions, reachSigma),
    engagements: interval(engagements, Math.hypot(reachSigma, engagementSigma)),
    clicks: interval(clicks, clickSpread),
    conversions: {
      expected: Math.round(conversions * 100) / 100,
      low: Math.round(conversions * Math.exp(-z80 * conversionSpread) * 100) / 100,
      high: Math.round(conversions * Math.exp(z80 * conversionSpread) * 100) / 100,
    },
    revenue: interval(conversions * input.averageOrderValue, conversionSpread),
  };
}
