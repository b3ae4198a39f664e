import { engagementRates, type FollowerSnapshot, type PostMetrics } from "./engagement.js";
import {
  commentRatioFlags,
  credibilityFlag,
  engagementRangeFlag,
  growthSpikeFlag,
  type QualityFlag,
  qualityScore,
} from "./quality-signals.js";
import { sponsoredBrands, sponsoredShare } from "./sponsorship.js";
import { type Platform, type Tier, tierForFollowers } from "./tiers.js";

export interface AccountSignalInput {
  platform: Platform;
  followers: number;
  /** An engagement rate a source supplied (an import); posts, when there are any, take precedence. */
  suppliedEngagementRate: number | null;
  posts: PostMetrics[];
  snapshots: FollowerSnapshot[];
  credibility: number | null;
}

export interface AccountSignals {
  tier: Tier;
  engagementRate: number | null;
  engagementRateViews: number | null;
  qualityScore: number;
  qualityFlags: QualityFlag[];
  sponsoredShare: number | null;
  sponsoredBrands: string[];
}

/** Everything computed per account (M1, M2, M4, M5), recomputed on every write to it. */
export function computeAccountSignals(input: AccountSignalInput, now: Date): AccountSignals {
  return input.posts.length === 0 && input.snapshots.length === 0
    ? unmeasuredSignals(input)
    : measuredSignals(input, now);
}

/**
 * The signals of an account without posts or snapshots (most imported rows), the same as `measuredSignals` gives
 * for one: only the tier, the supplied rate and the audience's credibility can count. Skips the date windows,
 * sorts and medians over nothing, which cost an import more than the rest of building the row.
 */
function unmeasuredSignals(input: AccountSignalInput): AccountSignals {
  const tier = tierForFollowers(input.followers);
  const rangeFlag = engagementRangeFlag(input.platform, tier, {
    byFollowers: input.suppliedEngagementRate,
    byViews: null,
  });
  const credibility = credibilityFlag(input.credibility);
  const flags: QualityFlag[] = [];
  if (rangeFlag) flags.push(rangeFlag);
  if (credibility) flags.push(credibility);
  return {
    tier,
    engagementRate: input.suppliedEngagementRate,
    engagementRateViews: null,
    qualityScore: qualityScore(flags),
    qualityFlags: flags,
    sponsoredShare: null,
    sponsoredBrands: [],
  };
}

/** The signals measured from the account's posts and snapshots; exported so tests can hold the shortcut to it. */
export function measuredSignals(input: AccountSignalInput, now: Date): AccountSignals {
  const tier = tierForFollowers(input.followers);
  const measured = engagementRates(input.posts, input.snapshots, input.followers, now);
  const rates = {
    byFollowers: measured.byFollowers ?? (input.posts.length === 0 ? input.suppliedEngagementRate : null),
    byViews: measured.byViews,
  };
  const flags = [
    engagementRangeFlag(input.platform, tier, rates),
    growthSpikeFlag(input.snapshots, input.posts, now),
    ...commentRatioFlags(input.posts),
    credibilityFlag(input.credibility),
  ].filter((f): f is QualityFlag => f !== null);
  return {
    tier,
    engagementRate: rates.byFollowers,
    engagementRateViews: rates.byViews,
    qualityScore: qualityScore(flags),
    qualityFlags: flags,
    sponsoredShare: sponsoredShare(input.posts, now),
    sponsoredBrands: sponsoredBrands(input.posts, now),
  };
}
