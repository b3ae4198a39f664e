import { describe, expect, it } from "vitest";
import { apportion } from "./allocation.js";
import { defaultRateCards, earnedMediaValue, roundEmv } from "./earned-media-value.js";
import { efficiencyMetrics, type OutcomeTotals } from "./efficiency-metrics.js";
import { postEngagements } from "./engagements.js";
import { postImpressions, postReach } from "./estimated-reach.js";
import { matchedRatio } from "./matched-ratio.js";
import { fitBetaPrior, medianCreatorRate, rankCreatorsForRenewal } from "./renewal-ranking.js";

const totals: OutcomeTotals = {
  cost: 500_000,
  impressions: 2_000_000,
  views: 400_000,
  engagements: 80_000,
  clicks: 10_000,
  leads: 200,
  orders: 400,
  newCustomers: 250,
  revenue: 1_500_000,
};

describe("M8 efficiency and return", () => {
  it("computes every metric by hand: $5,000 for 2M impressions, 10k clicks, 400 orders, $15,000 revenue", () => {
    expect(efficiencyMetrics(totals)).toEqual({
      cpm: 250, // $2.50 per 1,000 impressions
      cpv: 1.25,
      cpe: 6.25,
      cpc: 50,
      ctr: 0.005,
      cpl: 2_500,
      conversionRate: 0.04,
      cpa: 1_250,
      cac: 2_000,
      roas: 3,
      roi: 2,
    });
  });

  it("keeps sub-cent unit costs instead of rounding them to zero", () => {
    const metrics = efficiencyMetrics({ ...totals, cost: 1_000, views: 300_000 });
    expect(metrics.cpv).toBe(0.0033);
  });

  it("answers null, never 0 or Infinity, when a denominator is zero or unknown", () => {
    const metrics = efficiencyMetrics({
      cost: 0,
      impressions: 0,
      views: null,
      engagements: 0,
      clicks: null,
      leads: 0,
      orders: 0,
      newCustomers: 0,
      revenue: 12_000,
    });
    for (const value of Object.values(metrics)) expect(value).toBeNull();
  });

  it("reports a loss as a negative ROI", () => {
    const metrics = efficiencyMetrics({ ...totals, revenue: 250_000 });
    expect(metrics.roi).toBe(-0.5);
    expect(metrics.roas).toBe(0.5);
  });
});

describe("M9 earned media value", () => {
  it("sums count × rate over reported metrics and rounds once", () => {
    const emv = earnedMediaValue(
      {
        impressions: 100_000,
        views: 20_000,
        likes: 3_000,
        comments: 200,
        shares: 50,
        saves: null,
        clicks: 1_000,
      },
      defaultRateCards.instagram,
    );
    // 50,000 + 20,000 + 30,000 + 10,000 + 3,000 + 0 + 80,000 minor units = $1,930.00
    expect(emv).toBe(193_000);
  });

  it("keeps fractions of a minor unit; a creator's total is rounded once, half away from zero (M13)", () => {
    expect(earnedMediaValue({ impressions: 3 }, defaultRateCards.tiktok)).toBe(1.5);
    expect(roundEmv(1.5)).toBe(2);
    expect(roundEmv(2.5)).toBe(3);
    expect(roundEmv(-2.5)).toBe(-3);
    expect(roundEmv(2.4999)).toBe(2);
  });
});

describe("M13 unknown engagements", () => {
  it("is unknown when likes or comments are hidden; shares and saves add only when reported", () => {
    expect(postEngagements({ likes: 100, comments: 10, shares: 5, saves: 2 })).toBe(117);
    expect(postEngagements({ likes: 100, comments: 10, shares: null, saves: null })).toBe(110);
    expect(postEngagements({ likes: null, comments: 40, shares: 5, saves: 5 })).toBeNull();
    expect(postEngagements({ likes: 100, comments: null, shares: null, saves: null })).toBeNull();
  });
});

describe("M13 matched basis", () => {
  it("leaves an item missing either side out of both sums and counts what it covered", () => {
    const ratio = matchedRatio([
      { numerator: 100, denominator: 1_000 },
      { numerator: null, denominator: 5_000 },
      { numerator: 60, denominator: null },
      { numerator: 20, denominator: 200 },
    ]);
    expect(ratio).toEqual({ value: 120 / 1_200, numerator: 120, denominator: 1_200, covered: 2, of: 4 });
    expect(matchedRatio([{ numerator: 5, denominator: 0 }]).value).toBeNull();
  });
});

describe("M13 allocation", () => {
  it("splits whole units by largest remainder, the parts adding up exactly", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [1, 2, 2])).toEqual([2, 4, 4]);
    expect(apportion(7, [0.5, 0.5])).toEqual([4, 3]);
    expect(apportion(-5, [1, 1])).toEqual([-3, -2]);
    expect(apportion(3, [0, 0])).toEqual([2, 1]);
    expect(apportion(4, [])).toEqual([]);
  });
});

describe("M10 reach", () => {
  it("prefers reported reach, else estimates from followers or views and says so", () => {
    expect(
      postReach({
        platform: "instagram",
        format: "reel",
        reportedReach: 9_000,
        followers: 50_000,
        views: null,
      }),
    ).toEqual({
      value: 9_000,
      basis: "measured",
    });
    const reel = postReach({
      platform: "instagram",
      format: "reel",
      reportedReach: null,
      followers: 50_000,
      views: null,
    });
    expect(reel).toEqual({ value: 15_000, basis: "estimated" });
    expect(postImpressions(null, reel)).toEqual({ value: 22_500, basis: "estimated" });
    expect(
      postReach({
        platform: "instagram",
        format: "story",
        reportedReach: null,
        followers: 50_000,
        views: null,
      }).value,
    ).toBe(2_500);
    expect(
      postReach({ platform: "tiktok", format: "video", reportedReach: null, followers: 1, views: 80_000 })
        .value,
    ).toBe(20_000);
    expect(
      postReach({ platform: "youtube", format: "video", reportedReach: null, followers: 1, views: 12_345 })
        .value,
    ).toBe(12_345);
    expect(
      postReach({ platform: "linkedin", format: "post", reportedReach: null, followers: 8_000, views: null })
        .value,
    ).toBe(800);
    expect(
      postReach({ platform: "tiktok", format: "video", reportedReach: null, followers: 1, views: null }),
    ).toEqual({
      value: null,
      basis: "unknown",
    });
  });
});

describe("M12 renewal ranking (M13 Renewal)", () => {
  it("fits the Beta prior by click-weighted moments, net of binomial noise (worked example)", () => {
    // Rates 1%, 3%, 5% on 100 clicks each: mean 0.03; Σn(p−μ)² = 100 × 0.0008 = 0.08; chance (3−1) × 0.0291 = 0.0582;
    // effective clicks 300 − 30,000/300 = 200; between-creator variance (0.08 − 0.0582)/200 = 0.000109;
    // strength 0.0291/0.000109 − 1 = 265.9725; α = 0.03 × 265.9725 = 7.9792; β = 0.97 × 265.9725 = 257.9933.
    const prior = fitBetaPrior([
      { creatorId: "a", clicks: 100, conversions: 1 },
      { creatorId: "b", clicks: 100, conversions: 3 },
      { creatorId: "c", clicks: 100, conversions: 5 },
    ]);
    expect(prior).toMatchObject({ source: "empirical", creators: 3, mean: 0.03 });
    expect(prior.alpha).toBeCloseTo(7.9792, 3);
    expect(prior.beta).toBeCloseTo(257.9933, 3);
  });

  it("fits only creators with at least one click (second worked example)", () => {
    // 2 of 10, 0 of 10, 1 of 5 (and a creator without clicks, left out): rates 0.2, 0, 0.2; mean 3/25 = 0.12.
    // Σn(p−μ)² = 10(0.08)² + 10(0.12)² + 5(0.08)² = 0.064 + 0.144 + 0.032 = 0.24; chance 2 × 0.12 × 0.88 = 0.2112;
    // effective clicks 25 − 225/25 = 16; between (0.24 − 0.2112)/16 = 0.0018; strength 0.1056/0.0018 − 1 = 57.6667;
    // α = 0.12 × 57.6667 = 6.92, β = 0.88 × 57.6667 = 50.7467.
    const records = [
      { creatorId: "a", clicks: 10, conversions: 2 },
      { creatorId: "b", clicks: 10, conversions: 0 },
      { creatorId: "c", clicks: 5, conversions: 1 },
      { creatorId: "d", clicks: 0, conversions: 0 },
    ];
    const prior = fitBetaPrior(records);
    expect(prior).toMatchObject({ source: "empirical", creators: 3 });
    expect(prior.mean).toBeCloseTo(0.12, 12);
    expect(prior.alpha).toBeCloseTo(6.92, 10);
    expect(prior.beta).toBeCloseTo(50.746_667, 5);
    // Posterior means: a (6.92 + 2)/(57.6667 + 10) = 8.92/67.6667 = 0.131823; b 6.92/67.6667 = 0.102266.
    const ranked = rankCreatorsForRenewal(records, 0.2, prior);
    expect(ranked.map((r) => r.creatorId)).toEqual(["a", "c", "d", "b"]);
    expect(ranked[0]?.posteriorMean).toBeCloseTo(8.92 / 67.666_667, 6);
    expect(ranked.at(-1)?.posteriorMean).toBeCloseTo(6.92 / 67.666_667, 6);
  });

  it("the organisation's median creator rate counts only creators with clicks", () => {
    const rates = (pairs: Array<[number, number]>) =>
      medianCreatorRate(
        pairs.map(([clicks, conversions], i) => ({ creatorId: `${i}`, clicks, conversions })),
      );
    expect(
      rates([
        [10, 2],
        [10, 0],
        [5, 1],
        [0, 0],
      ]),
    ).toBe(0.2); // 0, 0.2, 0.2
    expect(
      rates([
        [100, 1],
        [100, 3],
        [100, 5],
        [100, 7],
      ]),
    ).toBe(0.04); // (0.03 + 0.05) / 2
    expect(rates([[0, 0]])).toBeNull();
  });

  it("gives the 80% interval as the posterior's 10th and 90th percentiles (closed forms)", () => {
    const flat = { alpha: 1, beta: 1, mean: 0.5, creators: 0, source: "weak-default" as const };
    // 4 of 4: posterior Beta(5, 1), quantile q^(1/5): 0.1^0.2 = 0.630957, 0.9^0.2 = 0.979148; mean 5/6.
    // 0 of 9: posterior Beta(1, 10), quantile 1 − (1 − q)^(1/10): 0.010481 and 0.205672.
    const ranked = rankCreatorsForRenewal(
      [
        { creatorId: "all", clicks: 4, conversions: 4 },
        { creatorId: "none", clicks: 9, conversions: 0 },
      ],
      0.6,
      flat,
    );
    const [all, none] = ranked;
    expect(all?.posteriorMean).toBeCloseTo(5 / 6, 12);
    expect(all?.interval.lower).toBeCloseTo(0.630_957, 5);
    expect(all?.interval.upper).toBeCloseTo(0.979_148, 5);
    expect(all?.renew).toBe(true); // 63.10% > 60%
    expect(all?.reason).toBe(
      "Renew: even the cautious estimate, 63.10% (80% interval 63.10%–97.91%), beats the 60.00% target.",
    );
    expect(none?.interval.lower).toBeCloseTo(0.010_481, 5);
    expect(none?.interval.upper).toBeCloseTo(0.205_672, 5);
    expect(
      rankCreatorsForRenewal([{ creatorId: "all", clicks: 4, conversions: 4 }], 0.65, flat)[0],
    ).toMatchObject({
      renew: false,
      reason: expect.stringMatching(/^Not yet: the cautious estimate, 63\.10%/),
    });
  });

  it("never renews a creator without conversions, even against a zero target; nobody without a target", () => {
    const prior = { alpha: 1, beta: 99, mean: 0.01, creators: 0, source: "weak-default" as const };
    const records = [
      { creatorId: "silent", clicks: 500, conversions: 0 },
      { creatorId: "quiet", clicks: 0, conversions: 0 },
      { creatorId: "seller", clicks: 500, conversions: 40 },
    ];
    const byId = (target: number | null) =>
      Object.fromEntries(rankCreatorsForRenewal(records, target, prior).map((r) => [r.creatorId, r]));
    const zero = byId(0);
    expect(zero.silent).toMatchObject({
      renew: false,
      reason: "Not yet: no conversions from 500 clicks; a creator is renewed only after converting.",
    });
    expect(zero.quiet).toMatchObject({
      renew: false,
      rawRate: null,
      reason: "Not yet: no tracked clicks, so there is nothing to judge.",
    });
    expect(zero.seller?.renew).toBe(true);
    expect(byId(null).seller).toMatchObject({ renew: false, reason: expect.stringMatching(/^No target/) });
  });

  it("shrinks a lucky creator with few clicks below steady performers", () => {
    const steady = [15, 18, 20, 20, 22, 25, 19, 21, 23, 17].map((conversions, i) => ({
      creatorId: `steady-${i}`,
      clicks: 1_000,
      conversions,
    }));
    const lucky = { creatorId: "lucky", clicks: 10, conversions: 3 };
    const records = [...steady, lucky];
    const ranked = rankCreatorsForRenewal(records, 0.015, fitBetaPrior(records));
    const luckyRow = ranked.find((r) => r.creatorId === "lucky");
    const best = ranked.find((r) => r.creatorId === "steady-5");
    expect(luckyRow?.rawRate).toBe(0.3);
    // 3 of 10 is pulled most of the way to the organisation's ~2%: by hand, prior ≈ Beta(5.5, 263), posterior ≈ 3.0%.
    expect(luckyRow?.posteriorMean).toBeGreaterThan(0.025);
    expect(luckyRow?.posteriorMean).toBeLessThan(0.035);
    const width = (r: typeof luckyRow) => (r ? r.interval.upper - r.interval.lower : 0);
    expect(width(luckyRow)).toBeGreaterThan(2 * width(best));
    expect(best?.posteriorMean).toBeCloseTo(0.024, 3);
  });

  it("falls back to a weak prior, and says so, with fewer than three creators with clicks", () => {
    const records = [
      { creatorId: "a", clicks: 100, conversions: 5 },
      { creatorId: "b", clicks: 0, conversions: 0 },
    ];
    const prior = fitBetaPrior(records);
    expect(prior).toEqual({ alpha: 1, beta: 99, mean: 0.01, creators: 1, source: "weak-default" });
    const [row] = rankCreatorsForRenewal(records, 0.01, prior);
    // Posterior Beta(1 + 5, 99 + 95) = Beta(6, 194): mean 6/200.
    expect(row?.posteriorMean).toBeCloseTo(0.03, 10);
  });
});
