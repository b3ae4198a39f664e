import { describe, expect, it } from "vitest";
import { computeAccountSignals, measuredSignals } from "./account-signals.js";
import { audienceSentiment } from "./audience-sentiment.js";
import { brandSafetyFlags } from "./brand-safety.js";
import { engagementRates, engagementsOf, type PostMetrics } from "./engagement.js";
import {
  commentRatioFlags,
  credibilityFlag,
  engagementRangeFlag,
  growthSpikeFlag,
  locationMismatchFlag,
  qualityScore,
} from "./quality-signals.js";
import { conflictingBrands, saturationOf, sponsoredBrands, sponsoredShare } from "./sponsorship.js";

const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

function post(over: Partial<PostMetrics> & { daysAgo?: number } = {}): PostMetrics {
  const { daysAgo: age = 1, ...rest } = over;
  return {
    externalId: `p${Math.random().toString(36).slice(2, 8)}`,
    postedAt: daysAgo(age),
    likes: 100,
    comments: 5,
    shares: null,
    saves: null,
    views: null,
    sponsored: false,
    brands: [],
    ...rest,
  };
}

describe("engagement (M2)", () => {
  it("adds only the metrics the platform reports; hidden likes make the post unknown, not zero", () => {
    expect(engagementsOf(post({ likes: 10, comments: 2, shares: 3, saves: null }))).toBe(15);
    expect(engagementsOf(post({ likes: null, comments: 9 }))).toBeNull();
  });

  it("is the median over the last 30 days' posts, so one viral post does not define the creator", () => {
    const posts = [
      post({ likes: 100, comments: 0, daysAgo: 1 }),
      post({ likes: 200, comments: 0, daysAgo: 2 }),
      post({ likes: 300, comments: 0, daysAgo: 3 }),
      post({ likes: 90_000, comments: 0, daysAgo: 4 }),
      post({ likes: 1, comments: 0, daysAgo: 60 }),
    ];
    const rates = engagementRates(posts, [], 10_000, now);
    expect(rates.byFollowers).toBeCloseTo(250 / 10_000);
    expect(rates.sample).toHaveLength(4);
  });

  it("falls back to the latest 12 posts when fewer than 3 are from the last 30 days", () => {
    const posts = Array.from({ length: 15 }, (_, i) =>
      post({ likes: (i + 1) * 10, comments: 0, daysAgo: 40 + i }),
    );
    const rates = engagementRates(posts, [], 1_000, now);
    expect(rates.sample).toHaveLength(12);
    // Latest 12 have likes 10..120: median of those is 65.
    expect(rates.byFollowers).toBeCloseTo(65 / 1_000);
  });

  it("divides by the followers of the snapshot at the post's time, and by views for ERV", () => {
    const posts = [0, 1, 2].map((i) => post({ likes: 100, comments: 0, views: 1_000, daysAgo: 5 + i }));
    const rates = engagementRates(
      posts,
      [{ takenOn: daysAgo(10).slice(0, 10), followers: 2_000 }],
      50_000,
      now,
    );
    expect(rates.byFollowers).toBeCloseTo(0.05);
    expect(rates.byViews).toBeCloseTo(0.1);
  });

  it("is unknown when every post hides likes", () => {
    const rates = engagementRates([post({ likes: null }), post({ likes: null })], [], 1_000, now);
    expect(rates.byFollowers).toBeNull();
  });
});

describe("quality signals (M4)", () => {
  it("flags ER outside one third to three times the tier benchmark, with the ratio", () => {
    expect(engagementRangeFlag("instagram", "micro", { byFollowers: 0.025, byViews: null })).toBeNull();
    const low = engagementRangeFlag("instagram", "micro", { byFollowers: 0.005, byViews: null });
    expect(low?.code).toBe("engagement_out_of_range");
    expect(low?.evidence.ratio).toBeCloseTo(0.2);
    const high = engagementRangeFlag("tiktok", "nano", { byFollowers: 0.01, byViews: 0.3 });
    expect(high?.evidence.ratio).toBeCloseTo(3.75);
    expect(high?.evidence.basis).toBe("views");
  });

  const steady = (days: number, start: number, perDay: number) =>
    Array.from({ length: days }, (_, i) => ({
      takenOn: daysAgo(days - i).slice(0, 10),
      followers: start + i * perDay,
    }));

  it("flags a follower spike above 5% and 5× the median daily gain", () => {
    const snapshots = steady(60, 10_000, 20);
    const spikeDay = snapshots[40] as { followers: number };
    for (const s of snapshots.slice(40)) s.followers += 3_000;
    const flag = growthSpikeFlag(snapshots, [], now);
    expect(flag?.code).toBe("follower_growth_spike");
    expect(flag?.evidence.gain).toBe(3_020);
    expect(spikeDay.followers).toBeGreaterThan(13_000);
  });

  it("does not flag a spike explained by a viral post", () => {
    const snapshots = steady(60, 10_000, 20);
    for (const s of snapshots.slice(40)) s.followers += 3_000;
    const spikeDay = (snapshots[40] as { takenOn: string }).takenOn;
    const posts = [
      ...Array.from({ length: 10 }, (_, i) => post({ likes: 100, daysAgo: 50 - i })),
      post({ likes: 50_000, postedAt: `${spikeDay}T08:00:00.000Z` }),
    ];
    expect(growthSpikeFlag(snapshots, posts, now)).toBeNull();
  });

  it("does not flag steady growth", () => {
    expect(growthSpikeFlag(steady(60, 10_000, 400), [], now)).toBeNull();
  });

  it("flags comments-to-likes below 0.2% or above 20% only on five posts or more", () => {
    const low = Array.from({ length: 5 }, () => post({ likes: 10_000, comments: 5 }));
    expect(commentRatioFlags(low).map((f) => f.code)).toEqual(["comments_to_likes_low"]);
    expect(commentRatioFlags(low.slice(0, 4))).toEqual([]);
    const high = Array.from({ length: 6 }, () => post({ likes: 100, comments: 40 }));
    const [flag] = commentRatioFlags(high);
    expect(flag?.code).toBe("comments_to_likes_high");
    expect(flag?.posts).toHaveLength(6);
  });

  it("flags credibility below 75% and marks below 60% critical", () => {
    expect(credibilityFlag(0.8)).toBeNull();
    expect(credibilityFlag(0.7)?.severity).toBe("warning");
    expect(credibilityFlag(0.5)?.severity).toBe("critical");
    expect(credibilityFlag(null)).toBeNull();
  });

  it("flags an audience under 30% in the campaign's countries", () => {
    expect(locationMismatchFlag({ US: 0.2, GB: 0.05, DE: 0.5 }, ["US", "GB"])?.evidence.share).toBeCloseTo(
      0.25,
    );
    expect(locationMismatchFlag({ US: 0.4 }, ["US"])).toBeNull();
    expect(locationMismatchFlag(null, ["US"])).toBeNull();
  });

  it("scores 100 minus the penalties of the raised signals, never below 0", () => {
    expect(qualityScore([])).toBe(100);
    const flags = [credibilityFlag(0.5), credibilityFlag(0.7)].filter((f) => f !== null);
    expect(qualityScore(flags)).toBe(40);
    expect(qualityScore([...flags, ...flags])).toBe(0);
  });

  it("recomputes tier, rates, flags and score together for an account", () => {
    const posts = Array.from({ length: 6 }, (_, i) => post({ likes: 10, comments: 0, daysAgo: i + 1 }));
    const signals = computeAccountSignals(
      {
        platform: "instagram",
        followers: 50_000,
        suppliedEngagementRate: 0.03,
        posts,
        snapshots: [],
        credibility: 0.55,
      },
      now,
    );
    expect(signals.tier).toBe("micro");
    expect(signals.engagementRate).toBeCloseTo(10 / 50_000);
    expect(signals.qualityFlags.map((f) => f.code).sort()).toEqual([
      "audience_credibility",
      "comments_to_likes_low",
      "engagement_out_of_range",
    ]);
    expect(signals.qualityScore).toBe(100 - 25 - 15 - 40);
  });

  it("keeps a supplied engagement rate when there are no posts", () => {
    const signals = computeAccountSignals(
      {
        platform: "instagram",
        followers: 5_000,
        suppliedEngagementRate: 0.04,
        posts: [],
        snapshots: [],
        credibility: null,
      },
      now,
    );
    expect(signals.engagementRate).toBe(0.04);
    expect(signals.qualityScore).toBe(100);
  });

  it("gives an account without posts or snapshots the same signals as measuring its empty history", () => {
    const platforms = ["instagram", "tiktok", "youtube", "linkedin"] as const;
    for (const platform of platforms)
      for (const followers of [0, 999, 1_000, 50_000, 250_000, 700_000, 2_000_000])
        for (const suppliedEngagementRate of [null, 0, 0.001, 0.03, 0.2, 1])
          for (const credibility of [null, 0.5, 0.7, 0.9]) {
            const input = {
              platform,
              followers,
              suppliedEngagementRate,
              posts: [],
              snapshots: [],
              credibility,
            };
            expect(computeAccountSignals(input, now)).toEqual(measuredSignals(input, now));
          }
  });
});

describe("partnership saturation (M5)", () => {
  it("is sponsored posts over all posts of the last 90 days, with warnings above 30% and 50%", () => {
    const posts = [
      post({ sponsored: true, daysAgo: 5 }),
      post({ sponsored: true, daysAgo: 10 }),
      post({ sponsored: false, daysAgo: 20 }),
      post({ sponsored: true, daysAgo: 120 }),
    ];
    expect(sponsoredShare(posts, now)).toBeCloseTo(2 / 3);
    expect(saturationOf(2 / 3)).toBe("strong");
    expect(saturationOf(0.4)).toBe("saturated");
    expect(saturationOf(0.3)).toBe("none");
    expect(sponsoredShare([], now)).toBeNull();
  });

  it("lists brands of sponsored posts in the last 180 days and finds competitor conflicts", () => {
    const posts = [
      post({ sponsored: true, brands: ["Summit Gear"], daysAgo: 30 }),
      post({ sponsored: false, brands: ["Trailhead"], daysAgo: 30 }),
      post({ sponsored: true, brands: ["Old Brand"], daysAgo: 200 }),
      post({ sponsored: true, brands: ["summit gear", "Peak Co"], daysAgo: 100 }),
    ];
    expect(sponsoredBrands(posts, now)).toEqual(["Summit Gear", "Peak Co"]);
    expect(conflictingBrands(["Summit Gear", "Peak Co"], ["SUMMIT GEAR", "Other"])).toEqual(["Summit Gear"]);
  });
});

describe("audience sentiment and brand safety", () => {
  it("splits comments into positive, neutral and negative shares with examples", () => {
    const sentiment = audienceSentiment([
      "I love this, amazing!",
      "Great video, thank you",
      "This is terrible and boring",
      "posted on tuesday",
    ]);
    expect(sentiment?.positive).toBeCloseTo(0.5);
    expect(sentiment?.negative).toBeCloseTo(0.25);
    expect(sentiment?.neutral).toBeCloseTo(0.25);
    expect(sentiment?.examples.negative).toEqual(["This is terrible and boring"]);
    expect(audienceSentiment([])).toBeNull();
  });

  it("flags profanity and sensitive topics with the posts that raised them", () => {
    const flags = brandSafetyFlags([
      { externalId: "a", caption: "What the fuck, this trail is wild" },
      { externalId: "b", caption: "Best casino night ever, place your bet" },
      { externalId: "c", caption: "Sunrise hike with the family" },
    ]);
    expect(flags.find((f) => f.topic === "profanity")?.posts.map((p) => p.externalId)).toEqual(["a"]);
    expect(flags.find((f) => f.topic === "gambling")?.posts).toEqual([
      { externalId: "b", terms: ["casino", "bet"] },
    ]);
    expect(flags.some((f) => f.posts.some((p) => p.externalId === "c"))).toBe(false);
  });
});
