import type { Platform, Tier } from "./tiers.js";

type RatedTier = Exclude<Tier, "emerging">;

/**
 * Default engagement-rate medians by platform and tier, docs/domain/metrics.md M3: Instagram and LinkedIn by
 * followers (ERF), TikTok and YouTube by views (ERV). Defaults only; organisations will edit their own.
 */
export const defaultEngagementBenchmarks: Record<Platform, Record<RatedTier, number>> = {
  instagram: { nano: 0.04, micro: 0.025, mid: 0.018, macro: 0.013, mega: 0.01 },
  tiktok: { nano: 0.08, micro: 0.055, mid: 0.04, macro: 0.028, mega: 0.015 },
  youtube: { nano: 0.04, micro: 0.035, mid: 0.03, macro: 0.025, mega: 0.02 },
  linkedin: { nano: 0.03, micro: 0.025, mid: 0.02, macro: 0.015, mega: 0.01 },
};

export function benchmarkFor(platform: Platform, tier: Tier): number | null {
  return tier === "emerging" ? null : defaultEngagementBenchmarks[platform][tier];
}
