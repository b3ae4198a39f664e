export const platforms = ["instagram", "tiktok", "youtube", "linkedin"] as const;
export type Platform = (typeof platforms)[number];

export const tiers = ["emerging", "nano", "micro", "mid", "macro", "mega"] as const;
export type Tier = (typeof tiers)[number];

/** Tier boundaries from docs/domain/metrics.md M1: inclusive below, exclusive above. */
const tierFloors: ReadonlyArray<readonly [Tier, number]> = [
  ["mega", 1_000_000],
  ["macro", 500_000],
  ["mid", 100_000],
  ["micro", 10_000],
  ["nano", 1_000],
];

export function tierForFollowers(followers: number): Tier {
  for (const [tier, floor] of tierFloors) if (followers >= floor) return tier;
  return "emerging";
}
