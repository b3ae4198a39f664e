import { dayMs } from "../../shared/time.js";
import {
  benchmarkBasis,
  engagementsOf,
  type FollowerSnapshot,
  median,
  type PostMetrics,
} from "./engagement.js";
import { benchmarkFor } from "./engagement-benchmarks.js";
import type { Platform, Tier } from "./tiers.js";

export type QualityFlagCode =
  | "engagement_out_of_range"
  | "follower_growth_spike"
  | "comments_to_likes_low"
  | "comments_to_likes_high"
  | "audience_credibility"
  | "audience_location_mismatch";

/** One M4 signal that lowered the score, with the evidence a marketer can check. */
export interface QualityFlag {
  code: QualityFlagCode;
  severity: "warning" | "critical";
  message: string;
  /** Points taken off the quality score. */
  penalty: number;
  evidence: Record<string, number | string | null>;
  /** External ids of the posts that raised it, if any. */
  posts: string[];
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** M4 (with M3): ER below ⅓× or above 3× the tier benchmark, on the benchmark's basis (views or followers). */
export function engagementRangeFlag(
  platform: Platform,
  tier: Tier,
  rates: { byFollowers: number | null; byViews: number | null },
): QualityFlag | null {
  const benchmark = benchmarkFor(platform, tier);
  const basis = benchmarkBasis(platform);
  const rate = basis === "views" ? rates.byViews : rates.byFollowers;
  if (benchmark === null || rate === null) return null;
  const ratio = rate / benchmark;
  if (ratio >= 1 / 3 && ratio <= 3) return null;
  return {
    code: "engagement_out_of_range",
    severity: "warning",
    message: `Engagement by ${basis} is ${ratio.toFixed(2)}× the ${tier} benchmark (${percent(rate)} vs ${percent(benchmark)}).`,
    penalty: 25,
    evidence: { rate, benchmark, ratio, basis },
    posts: [],
  };
}

/**
 * M4 growth spike: a day-over-day gain above 5% and over 5× the median daily gain of the last 90 days, not explained
 * by a viral post. A post counts as viral when, within the two days before the spike, it drew at least 10× the
 * account's median engagements or views.
 */
export function growthSpikeFlag(
  snapshots: FollowerSnapshot[],
  posts: PostMetrics[],
  now: Date,
): QualityFlag | null {
  const since = new Date(now.getTime() - 90 * dayMs).toISOString().slice(0, 10);
  const ordered = snapshots
    .filter((s) => s.takenOn >= since)
    .sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  const gains: Array<{ day: string; gain: number; from: number }> = [];
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1] as FollowerSnapshot;
    const current = ordered[i] as FollowerSnapshot;
    if (Date.parse(current.takenOn) - Date.parse(previous.takenOn) !== dayMs) continue;
    gains.push({
      day: current.takenOn,
      gain: current.followers - previous.followers,
      from: previous.followers,
    });
  }
  const typical = median(gains.map((g) => g.gain)) ?? 0;
  const engagementMedian = median(posts.map(engagementsOf).filter((e): e is number => e !== null)) ?? 0;
  const viewMedian = median(posts.map((p) => p.views).filter((v): v is number => v !== null)) ?? 0;
  const viralBefore = (day: string) =>
    posts.filter((p) => {
      const lag = Date.parse(day) - Date.parse(p.postedAt.slice(0, 10));
      if (lag < 0 || lag > 2 * dayMs) return false;
      const engagements = engagementsOf(p);
      return (
        (engagementMedian > 0 && engagements !== null && engagements >= 10 * engagementMedian) ||
        (viewMedian > 0 && p.views !== null && p.views >= 10 * viewMedian)
      );
    });
  const spikes = gains.filter(
    (g) =>
      g.from > 0 &&
      g.gain / g.from > 0.05 &&
      g.gain > 5 * Math.max(typical, 0) &&
      viralBefore(g.day).length === 0,
  );
  const worst = spikes.sort((a, b) => b.gain / b.from - a.gain / a.from)[0];
  if (!worst) return null;
  return {
    code: "follower_growth_spike",
    severity: "warning",
    message: `Followers jumped ${percent(worst.gain / worst.from)} on ${worst.day} (+${worst.gain}) with no viral post to explain it.`,
    penalty: 30,
    evidence: {
      day: worst.day,
      gain: worst.gain,
      gainShare: worst.gain / worst.from,
      medianDailyGain: typical,
      spikeDays: spikes.length,
    },
    posts: [],
  };
}

/** M4: comments-to-likes below 0.2% (bought likes, pods) or above 20% (comment pods, giveaways) on ≥ 5 posts. */
export function commentRatioFlags(posts: PostMetrics[]): QualityFlag[] {
  const measured = posts
    .filter((p) => p.likes !== null && p.likes > 0 && p.comments !== null)
    .map((p) => ({ id: p.externalId, ratio: (p.comments as number) / (p.likes as number) }));
  const low = measured.filter((m) => m.ratio < 0.002);
  const high = measured.filter((m) => m.ratio > 0.2);
  const flags: QualityFlag[] = [];
  if (low.length >= 5)
    flags.push({
      code: "comments_to_likes_low",
      severity: "warning",
      message: `${low.length} posts have under 0.2% comments per like, a pattern of bought likes or like pods.`,
      penalty: 15,
      evidence: { posts: low.length, lowestRatio: Math.min(...low.map((m) => m.ratio)) },
      posts: low.map((m) => m.id),
    });
  if (high.length >= 5)
    flags.push({
      code: "comments_to_likes_high",
      severity: "warning",
      message: `${high.length} posts have over 20% comments per like, a pattern of comment pods or giveaways.`,
      penalty: 15,
      evidence: { posts: high.length, highestRatio: Math.max(...high.map((m) => m.ratio)) },
      posts: high.map((m) => m.id),
    });
  return flags;
}

/** M4: share of real followers below 75% is flagged, below 60% critical. */
export function credibilityFlag(credibility: number | null): QualityFlag | null {
  if (credibility === null || credibility >= 0.75) return null;
  const critical = credibility < 0.6;
  return {
    code: "audience_credibility",
    severity: critical ? "critical" : "warning",
    message: `Only ${percent(credibility)} of followers look real${critical ? " (critical)" : ""}.`,
    penalty: critical ? 40 : 20,
    evidence: { credibility },
    posts: [],
  };
}

/** M4: under 30% of the audience in the campaign's target countries. Campaign-specific, so never stored. */
export function locationMismatchFlag(
  audienceCountries: Record<string, number> | null,
  targetCountries: string[],
): QualityFlag | null {
  if (!audienceCountries || targetCountries.length === 0) return null;
  const share = targetCountries.reduce((sum, c) => sum + (audienceCountries[c] ?? 0), 0);
  if (share >= 0.3) return null;
  return {
    code: "audience_location_mismatch",
    severity: "warning",
    message: `${percent(share)} of the audience is in the campaign's countries (${targetCountries.join(", ")}).`,
    penalty: 20,
    evidence: { share, countries: targetCountries.join(",") },
    posts: [],
  };
}

/** M4 quality score: 100 minus each raised signal's penalty, floored at 0. */
export function qualityScore(flags: QualityFlag[]): number {
  return Math.max(0, 100 - flags.reduce((sum, f) => sum + f.penalty, 0));
}
