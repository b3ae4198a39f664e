import type { Platform, Tier } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";

/**
 * Default creator rates, in US cents per 1,000 followers for one deliverable, by platform and format. Mid-points of
 * public rate cards (agency and marketplace surveys, 2024–2025); editable data, replaced by an organisation's own
 * history as its contracts accumulate.
 */
export const defaultRatePerThousandFollowers: Record<Platform, Partial<Record<ContentFormat, number>>> = {
  instagram: { post: 1_000, carousel: 1_100, reel: 1_200, story: 500, live: 900 },
  tiktok: { video: 800, short: 800, live: 700 },
  youtube: { video: 2_000, short: 800, live: 1_500 },
  linkedin: { post: 1_500, article: 1_800, newsletter: 2_000, webinar: 3_000, video: 1_800 },
};

/** Larger audiences cost less per follower; nano creators charge a floor regardless of size. */
export const tierPriceMultiplier: Record<Tier, number> = {
  emerging: 1.3,
  nano: 1.2,
  micro: 1,
  mid: 0.85,
  macro: 0.7,
  mega: 0.55,
};

/** The least a creator asks for a deliverable, in cents. */
export const minimumFee = 5_000;

/** Spread of real fees around the model: log-normal σ, so the 80% range is ×e^(∓1.2816σ). */
export const defaultPriceSigma = 0.45;

export const defaultFormatFor: Record<Platform, ContentFormat> = {
  instagram: "reel",
  tiktok: "video",
  youtube: "video",
  linkedin: "post",
};
