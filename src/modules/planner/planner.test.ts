import { describe, expect, it } from "vitest";
import type { Platform, Tier } from "../creators/tiers.js";
import { estimatePrice } from "./estimate-price.js";
import { forecastOutcomes } from "./forecast-outcomes.js";
import {
  exhaustiveOptimum,
  optimisePortfolio,
  type PlanCandidate,
  type PlanConstraints,
} from "./optimise-portfolio.js";

describe("price estimates", () => {
  it("prices from the default rate model with an 80% range (worked example)", () => {
    // Instagram reel: 1,200 cents per 1,000 followers × 50 × micro multiplier 1 × engagement at benchmark (1) = $600.
    // Range: 60,000 × e^(∓1.2816 × 0.45) = 33,704 … 106,811.
    expect(
      estimatePrice({ platform: "instagram", format: "reel", followers: 50_000, engagementRate: 0.025 }),
    ).toEqual({
      expected: 60_000,
      low: 33_704,
      high: 106_811,
      basis: "default",
      historyCount: 0,
    });
  });

  it("lets a quoted price win outright", () => {
    expect(
      estimatePrice({
        platform: "tiktok",
        format: "video",
        followers: 80_000,
        engagementRate: 0.05,
        quote: 42_000,
      }),
    ).toMatchObject({
      expected: 42_000,
      low: 42_000,
      high: 42_000,
      basis: "quote",
    });
  });

  it("blends in the organisation's history with shrinkage: two past fees at 2× the model move it ×2^(2/7)", () => {
    const history = [
      { fee: 120_000, followers: 50_000, engagementRate: 0.025 },
      { fee: 120_000, followers: 50_000, engagementRate: 0.025 },
    ];
    const estimate = estimatePrice({
      platform: "instagram",
      format: "reel",
      followers: 50_000,
      engagementRate: 0.025,
      history,
    });
    expect(estimate.expected).toBe(73_141);
    expect(estimate.basis).toBe("history");
  });

  it("charges more for engaged audiences and never less than the minimum fee", () => {
    const engaged = estimatePrice({
      platform: "instagram",
      format: "post",
      followers: 20_000,
      engagementRate: 0.05,
    });
    const flat = estimatePrice({
      platform: "instagram",
      format: "post",
      followers: 20_000,
      engagementRate: 0.0125,
    });
    expect(engaged.expected).toBeGreaterThan(flat.expected);
    expect(
      estimatePrice({ platform: "linkedin", format: "post", followers: 1_200, engagementRate: null })
        .expected,
    ).toBe(5_000);
  });
});

describe("outcome forecasts", () => {
  it("forecasts reach, engagements, clicks, conversions and revenue (worked example)", () => {
    // Reach 50,000 × 0.30 = 15,000; impressions × 1.5 = 22,500. ER shrunk toward the micro benchmark:
    // (20 × 0.03 + 10 × 0.025) / 30 = 0.028333 → 1,417 engagements. Clicks 15,000 × 0.3% = 45; conversions 45 × 2% = 0.9;
    // revenue 0.9 × $50.00 = $45.00.
    const forecast = forecastOutcomes({
      platform: "instagram",
      format: "reel",
      followers: 50_000,
      engagementRate: 0.03,
      postsObserved: 20,
      averageOrderValue: 5_000,
    });
    expect(forecast.reach.expected).toBe(15_000);
    expect(forecast.impressions.expected).toBe(22_500);
    expect(forecast.engagements.expected).toBe(1_417);
    expect(forecast.clicks.expected).toBe(45);
    expect(forecast.conversions.expected).toBe(0.9);
    expect(forecast.revenue.expected).toBe(4_500);
    for (const metric of Object.values(forecast)) {
      expect(metric.low).toBeLessThan(metric.expected);
      expect(metric.high).toBeGreaterThan(metric.expected);
    }
  });

  it("adds the reach that paid amplification buys (worked example)", () => {
    // €70.00 at the Instagram CPM prior of €7.00 buys 10,000 impressions, 6,667 people at 1.5 each. Reach 15,000 + 6,667;
    // impressions 22,500 + 10,000; engagements 0.028333 × (50,000 + 6,667 × 0.5) = 1,511; clicks 21,667 × 0.3% = 65.
    const boosted = forecastOutcomes({
      platform: "instagram",
      format: "reel",
      followers: 50_000,
      engagementRate: 0.03,
      postsObserved: 20,
      averageOrderValue: 5_000,
      paidSpend: 7_000,
    });
    expect(boosted.reach.expected).toBe(21_667);
    expect(boosted.impressions.expected).toBe(32_500);
    expect(boosted.engagements.expected).toBe(1_511);
    expect(boosted.clicks.expected).toBe(65);
  });

  it("learns click-through and conversion rates from the organisation's history", () => {
    const base = {
      platform: "tiktok" as const,
      format: "video" as const,
      followers: 100_000,
      engagementRate: 0.05,
      postsObserved: 12,
      averageOrderValue: 4_000,
    };
    const prior = forecastOutcomes(base);
    const strongHistory = forecastOutcomes({
      ...base,
      history: { reach: 500_000, clicks: 10_000, conversions: 600 },
    });
    expect(strongHistory.clicks.expected).toBeGreaterThan(prior.clicks.expected * 3);
    expect(strongHistory.conversions.expected / strongHistory.clicks.expected).toBeGreaterThan(0.05);
  });
});

function randomCandidates(count: number, seed: number): PlanCandidate[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const tiers: Tier[] = ["nano", "micro", "mid", "macro"];
  const platforms: Platform[] = ["instagram", "tiktok", "youtube"];
  return Array.from({ length: count }, (_, i) => {
    const tier = tiers[Math.floor(random() * tiers.length)] as Tier;
    const cost = Math.round(5_000 + random() * 95_000);
    return {
      id: `c${i}`,
      platform: platforms[Math.floor(random() * platforms.length)] as Platform,
      tier,
      country: random() < 0.5 ? "US" : "GB",
      followers: Math.round(cost * (5 + random() * 10)),
      costPerDeliverable: cost,
      valuePerDeliverable: Math.round(cost * (0.5 + random() * 2)),
      maxDeliverables: 1 + Math.floor(random() * 2),
    };
  });
}

describe("portfolio optimiser", () => {
  it("finds the exhaustive optimum on small constrained instances", async () => {
    let feasible = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const candidates = randomCandidates(10, seed);
      const constraints: PlanConstraints = {
        budget: 250_000,
        perTier: { micro: { min: 1 }, macro: { max: 1 } },
        perPlatform: { youtube: { max: 2 } },
        maxShareOfBudget: 0.4,
        overlappingPairs: [["c0", "c1"]],
      };
      const optimum = exhaustiveOptimum(candidates, constraints);
      // Generous time: this checks optimality, not speed (bench:planner measures speed), and CI shares its cores.
      const plan = await optimisePortfolio(candidates, constraints, { timeLimitSeconds: 20 });
      if (optimum === Number.NEGATIVE_INFINITY) {
        expect(plan.status).toBe("infeasible");
        continue;
      }
      feasible += 1;
      expect(plan.status).toBe("optimal");
      expect(plan.objective).toBeGreaterThanOrEqual(optimum * 0.9999);
      expect(plan.objective).toBeLessThanOrEqual(optimum);
      expect(plan.upperBound).toBeGreaterThanOrEqual(plan.objective);
    }
    expect(feasible).toBeGreaterThanOrEqual(4);
  });

  it("respects every constraint it is given", async () => {
    const candidates = randomCandidates(300, 42);
    const constraints: PlanConstraints = {
      budget: 1_000_000,
      perTier: { nano: { min: 4 }, macro: { max: 1 } },
      perPlatform: { tiktok: { min: 3, max: 6 } },
      perCountry: { GB: { max: 5 } },
      maxShareOfBudget: 0.15,
      overlappingPairs: [["c1", "c2"]],
    };
    const plan = await optimisePortfolio(candidates, constraints, { timeLimitSeconds: 20 });
    const chosen = plan.selections.map((s) => candidates.find((c) => c.id === s.id) as PlanCandidate);
    expect(plan.cost).toBeLessThanOrEqual(1_000_000);
    expect(chosen.filter((c) => c.tier === "nano").length).toBeGreaterThanOrEqual(4);
    expect(chosen.filter((c) => c.tier === "macro").length).toBeLessThanOrEqual(1);
    const tiktok = chosen.filter((c) => c.platform === "tiktok").length;
    expect(tiktok).toBeGreaterThanOrEqual(3);
    expect(tiktok).toBeLessThanOrEqual(6);
    expect(chosen.filter((c) => c.country === "GB").length).toBeLessThanOrEqual(5);
    for (const s of plan.selections) expect(s.cost).toBeLessThanOrEqual(150_000);
    expect(plan.selections.some((s) => s.id === "c1") && plan.selections.some((s) => s.id === "c2")).toBe(
      false,
    );
    expect(plan.gap).toBeLessThan(0.01);
  });

  it("says when the constraints cannot all be met", async () => {
    const candidates = randomCandidates(5, 7);
    const plan = await optimisePortfolio(candidates, { budget: 100_000, perTier: { mega: { min: 1 } } });
    expect(plan.status).toBe("infeasible");
    expect(plan.selections).toEqual([]);
  });
});
