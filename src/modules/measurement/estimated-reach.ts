import type { Platform } from "../creators/tiers.js";

export type ContentFormat =
  | "post"
  | "reel"
  | "story"
  | "short"
  | "video"
  | "live"
  | "carousel"
  | "newsletter"
  | "webinar"
  | "article";

/**
 * M10 reach factors: the share of followers (or, for TikTok, of views) a piece of content is expected to reach when
 * the platform's own reach is not reported. Defaults; editable per organisation.
 */
export function reachFactor(
  platform: Platform,
  format: ContentFormat,
): { factor: number; of: "followers" | "views" } {
  switch (platform) {
    case "instagram":
      if (format === "story") return { factor: 0.05, of: "followers" };
      if (format === "reel") return { factor: 0.3, of: "followers" };
      return { factor: 0.2, of: "followers" };
    case "tiktok":
      return { factor: 0.25, of: "views" };
    case "youtube":
      return { factor: 1, of: "views" };
    case "linkedin":
      return { factor: 0.1, of: "followers" };
  }
}

export interface ReachFigure {
  value: number | null;
  /** Measured comes from the platform's insights; estimated from followers or views with the M10 factors. */
  basis: "measured" | "estimated" | "unknown";
}

/** M10: reported reach wins; else followers or views × the platform's reach factor, labelled estimated. */
export function postReach(input: {
  platform: Platform;
  format: ContentFormat;
  reportedReach: number | null;
  followers: number | null;
  views: number | null;
}): ReachFigure {
  if (input.reportedReach !== null) return { value: input.reportedReach, basis: "measured" };
  const { factor, of } = reachFactor(input.platform, input.format);
  const base = of === "views" ? input.views : input.followers;
  if (base === null) return { value: null, basis: "unknown" };
  return { value: Math.round(base * factor), basis: "estimated" };
}

/** M10: estimated impressions = estimated reach × 1.5 when impressions are not reported. */
export function postImpressions(reportedImpressions: number | null, reach: ReachFigure): ReachFigure {
  if (reportedImpressions !== null) return { value: reportedImpressions, basis: "measured" };
  if (reach.value === null) return { value: null, basis: "unknown" };
  return { value: Math.round(reach.value * 1.5), basis: "estimated" };
}
