import { describe, expect, it } from "vitest";
import { kpiCatalogue } from "../../shared/kpi-catalogue.js";
import { defaultRateCards } from "../measurement/earned-media-value.js";
import { buildCampaignReport, type ReportCreatorInput } from "./build-campaign-report.js";

// Hand-computed fixture (docs/domain/metrics.md M7–M13). Alex posted twice on Instagram, the second post with its likes
// hidden and a €300 boost; Bea once on TikTok, which reports neither reach nor shares nor saves; Cleo has a fee but
// no post yet. €100 of campaign-level cost. Instagram's rate card values an impression at 0.4 cents (USD).
const alex: ReportCreatorInput = {
  creatorId: "alex",
  name: "Alex",
  platform: "instagram",
  tier: "micro",
  cost: 100_000, // €700 fee + €300 boost on the second post
  posts: [
    {
      platform: "instagram",
      format: "reel",
      postedAt: "2026-11-20T10:00:00Z",
      followers: 50_000,
      impressions: 30_001,
      reach: 20_000,
      views: null,
      likes: 1_000,
      comments: 100,
      shares: 50,
      saves: 50,
      paidSpend: 0,
    },
    {
      platform: "instagram",
      format: "post",
      postedAt: "2026-11-22T10:00:00Z",
      followers: 50_000,
      impressions: 10_001,
      reach: 8_000,
      views: null,
      likes: null,
      comments: 40,
      shares: null,
      saves: null,
      paidSpend: 30_000,
    },
  ],
  clicks: 600,
  leads: 10,
  orders: 30,
  newCustomers: 20,
  revenue: 450_000,
  attribution: { orders: { code: 20, click: 10 }, leads: { code: 4, click: 6 } },
  daily: [
    { day: "2026-11-20", clicks: 400, orders: 20, revenue: 300_000 },
    { day: "2026-11-21", clicks: 200, orders: 10, revenue: 150_000 },
  ],
};

const bea: ReportCreatorInput = {
  creatorId: "bea",
  name: "Bea",
  platform: "tiktok",
  tier: "nano",
  cost: 40_000,
  posts: [
    {
      platform: "tiktok",
      format: "video",
      postedAt: "2026-11-21T10:00:00Z",
      followers: 8_000,
      impressions: 1,
      reach: null,
      views: 40_000,
      likes: 2_000,
      comments: 200,
      shares: null,
      saves: null,
      paidSpend: 0,
    },
  ],
  clicks: 200,
  leads: 0,
  orders: 4,
  newCustomers: 4,
  revenue: 60_000,
  attribution: { orders: { code: 0, click: 4 }, leads: { code: 0, click: 0 } },
  daily: [{ day: "2026-11-21", clicks: 200, orders: 4, revenue: 60_000 }],
};

const cleo: ReportCreatorInput = {
  creatorId: "cleo",
  name: "Cleo",
  platform: "instagram",
  tier: "micro",
  cost: 25_000,
  posts: [],
  clicks: 0,
  leads: 2,
  orders: 0,
  newCustomers: 0,
  revenue: 0,
  attribution: { orders: { code: 0, click: 0 }, leads: { code: 2, click: 0 } },
  daily: [],
};

describe("campaign report, figure by figure (hand-computed fixture)", () => {
  const report = buildCampaignReport({
    currency: "EUR",
    creators: [alex, bea, cleo],
    campaignLevelCost: 10_000,
    rateCards: {
      instagram: { currency: "USD", rates: { ...defaultRateCards.instagram.rates, impressions: 0.4 } },
    },
    kpis: [
      { metric: "conversion_rate", comparison: "gte", target: 0.04 },
      { metric: "cpe", comparison: "lte", target: 20 },
      { metric: "conversions", comparison: "gte", target: 50 },
      { metric: "engagement_rate", comparison: "gte", target: 0.05 },
      { metric: "cac", comparison: "lte", target: 5_000 },
    ],
  });
  const t = report.totals;

  it("leaves a post with hidden likes out of every engagement figure and says how many (M13)", () => {
    expect(t.engagements).toBe(3_400); // 1,200 + 2,200; Alex's second post is unknown, not 40
    expect(t.postsWithUnknownEngagements).toBe(1);
    expect(t.coverage.engagements).toEqual({ basis: "mixed", covered: 2, of: 3, unit: "posts" });
    expect(report.byCreator[0]).toMatchObject({ engagements: 1_200, postsWithUnknownEngagements: 1 });
  });

  it("matches every ratio's numerator and denominator over the same posts or creators (M13)", () => {
    // ERR: only Alex's reel has both engagements and measured reach (Bea's reach is estimated).
    expect(t.engagementRateByReach).toBe(0.06);
    expect(t.coverage.engagementRateByReach).toEqual({ basis: "measured", covered: 1, of: 3, unit: "posts" });
    // ERF: posts with known engagements, followers at posting counted per post.
    expect(t.engagementRateByFollowers).toBe(3_400 / 58_000);
    expect(t.coverage.engagementRateByFollowers).toMatchObject({ covered: 2, of: 3 });
    // CPE and CPV: only Bea's engagements and views are wholly known; campaign-level cost is no creator's.
    expect(t.cpe).toBe(18.1818); // 40,000 ÷ 2,200
    expect(t.coverage.cpe).toEqual({ basis: "measured", covered: 1, of: 3, unit: "creators" });
    expect(t.cpv).toBe(1);
    // CPM and CTR: Alex's and Bea's impressions are known, Cleo has none.
    expect(t.cpm).toBe(3_499.7375); // 140,000 × 1,000 ÷ 40,003
    expect(t.coverage.cpm).toEqual({ basis: "measured", covered: 2, of: 3, unit: "creators" });
    expect(t.ctr).toBe(800 / 40_003);
    // Outcome ratios use the whole cost.
    expect(t.cost).toBe(175_000);
    expect([t.cpc, t.cpl, t.cpa, t.cac, t.conversionRate]).toEqual([
      218.75, 14_583.3333, 5_147.0588, 7_291.6667, 0.0425,
    ]);
    expect(t.roas).toBe(510_000 / 175_000);
    expect(t.coverage.cpc).toEqual({ basis: "measured", covered: 3, of: 3, unit: "creators" });
  });

  it("keeps reach and impressions with their basis and coverage (M10)", () => {
    expect(t.reach).toBe(38_000); // 20,000 + 8,000 measured + 40,000 views × 0.25 estimated
    expect(t.basis).toEqual({ impressions: "measured", reach: "mixed", engagements: "mixed" });
    expect(t.coverage.views).toEqual({ basis: "measured", covered: 1, of: 3, unit: "posts" });
    expect(t.impressions).toBe(40_003);
  });

  it("values measured counts exactly per post, rounds once per creator, adds the rounded figures (M13 EMV)", () => {
    // Alex: 12,000.4 + 33,000 of engagements… = 33,000.4 + 6,000.4 + 48,000 clicks = 87,000.8 → 87,001.
    // Bea: 0.5 (one measured impression; estimated ones are never valued) + 70,000 + 16,000 = 86,000.5 → 86,001.
    expect(report.byCreator.map((r) => r.emv)).toEqual([87_001, 86_001, 0]);
    expect(t.emv).toBe(173_002);
    expect(report.emvCurrency).toBe("USD");
    expect(report.rateCards).toEqual([
      { platform: "instagram", currency: "USD", rates: expect.objectContaining({ impressions: 0.4 }) },
      { platform: "tiktok", currency: "USD", rates: defaultRateCards.tiktok.rates },
    ]);
  });

  it("counts conversions as orders + leads, by rule for each (M13)", () => {
    expect({ orders: t.orders, leads: t.leads, conversions: t.conversions }).toEqual({
      orders: 34,
      leads: 12,
      conversions: 46,
    });
    expect(t.attribution).toEqual({ orders: { code: 20, click: 14 }, leads: { code: 6, click: 6 } });
  });

  it("allocates by format in whole units, with an unassigned row, adding up to the totals (M13 Allocation)", () => {
    const rows = Object.fromEntries(report.byFormat.map((r) => [r.format, r]));
    expect(report.byFormat.map((r) => [r.format, r.cost, r.emv, r.clicks, r.orders])).toEqual([
      ["reel", 35_000, 33_001, 0, 0],
      ["post", 65_000, 6_000, 0, 0], // half of Alex's fee and the whole boost
      ["video", 40_000, 70_001, 0, 0],
      ["unassigned", 35_000, 64_000, 800, 34], // campaign-level €100, Cleo's €250, every click and order
    ]);
    expect(rows.reel?.cpe).toBe(29.1667); // 35,000 ÷ 1,200
    expect(rows.post).toMatchObject({ cpe: null, engagements: null, postsWithUnknownEngagements: 1 });
    expect(rows.unassigned).toMatchObject({
      leads: 12,
      conversions: 46,
      revenue: 510_000,
      roas: null,
      cpc: null,
    });
  });

  it("reads every KPI from the catalogue, conversion rate included (M13 KPI progress)", () => {
    expect(report.kpis).toEqual([
      {
        metric: "conversion_rate",
        label: "Conversion rate",
        unit: "fraction",
        comparison: "gte",
        target: 0.04,
        actual: 0.0425,
        met: true,
        progress: 0.0425 / 0.04,
      },
      expect.objectContaining({
        metric: "cpe",
        label: "CPE",
        actual: 18.1818,
        met: true,
        progress: 20 / 18.1818,
      }),
      expect.objectContaining({ metric: "conversions", actual: 46, met: false, progress: 0.92 }),
      expect.objectContaining({
        metric: "engagement_rate",
        label: "ERR",
        actual: 0.06,
        progress: 0.06 / 0.05,
      }),
      expect.objectContaining({
        metric: "cac",
        actual: 7_291.6667,
        met: false,
        progress: 5_000 / 7_291.6667,
      }),
    ]);
  });

  it("has a report figure for every metric of the KPI catalogue", () => {
    for (const [metric, definition] of Object.entries(kpiCatalogue))
      expect(typeof t[definition.field as keyof typeof t], metric).toBe("number");
  });

  it("breaks down by creator, platform, tier and day", () => {
    expect(report.byCreator.find((r) => r.creatorId === "cleo")).toMatchObject({
      cost: 25_000,
      posts: 0,
      impressions: null,
      cpl: 12_500,
      cpc: null,
    });
    expect(report.byPlatform.map((r) => [r.platform, r.cost, r.orders, r.emv])).toEqual([
      ["instagram", 125_000, 30, 87_001],
      ["tiktok", 40_000, 4, 86_001],
    ]);
    expect(report.byTier.map((r) => r.tier)).toEqual(["micro", "nano"]);
    expect(report.byDay).toEqual([
      { day: "2026-11-20", clicks: 400, orders: 20, revenue: 300_000 },
      { day: "2026-11-21", clicks: 400, orders: 14, revenue: 210_000 },
    ]);
  });

  it("reports unknown, never zero, where nothing was measured", () => {
    const empty = buildCampaignReport({
      currency: "EUR",
      creators: [{ ...cleo, leads: 0, cost: 0, attribution: bea.attribution }],
      campaignLevelCost: 0,
      kpis: [{ metric: "cpm", comparison: "lte", target: 1_000 }],
    });
    const e = empty.totals;
    expect([
      e.impressions,
      e.reach,
      e.engagements,
      e.cpm,
      e.cpc,
      e.cac,
      e.roas,
      e.roi,
      e.engagementRateByReach,
    ]).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(e.basis.reach).toBe("unknown");
    expect(e.coverage.cpe).toEqual({ basis: "unknown", covered: 0, of: 1, unit: "creators" });
    expect(empty.kpis[0]).toMatchObject({ actual: null, met: null, progress: null });
  });
});
