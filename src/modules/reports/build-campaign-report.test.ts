import { describe, expect, it } from "vitest";
import { buildCampaignReport, type ReportCreatorInput } from "./build-campaign-report.js";

const alex: ReportCreatorInput = {
  creatorId: "alex",
  name: "Alex",
  platform: "instagram",
  tier: "micro",
  cost: 100_000,
  posts: [
    {
      platform: "instagram",
      format: "reel",
      postedAt: "2026-11-20T10:00:00Z",
      followers: 50_000,
      impressions: 30_000,
      reach: 20_000,
      views: null,
      likes: 1_000,
      comments: 100,
      shares: 50,
      saves: 50,
    },
  ],
  clicks: 600,
  leads: 10,
  orders: 30,
  newCustomers: 20,
  revenue: 450_000,
  attribution: { code: 20, click: 10 },
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
      impressions: null,
      reach: null,
      views: 40_000,
      likes: 2_000,
      comments: 200,
      shares: null,
      saves: null,
    },
  ],
  clicks: 200,
  leads: 0,
  orders: 4,
  newCustomers: 4,
  revenue: 60_000,
  attribution: { code: 0, click: 4 },
  daily: [{ day: "2026-11-21", clicks: 200, orders: 4, revenue: 60_000 }],
};

describe("campaign report, figure by figure (hand-computed fixture)", () => {
  const report = buildCampaignReport({
    currency: "EUR",
    creators: [alex, bea],
    campaignLevelCost: 10_000,
    kpis: [
      { metric: "impressions", comparison: "gte", target: 40_000 },
      { metric: "cac", comparison: "lte", target: 5_000 },
      { metric: "ctr", comparison: "gte", target: 0.02 },
      { metric: "roas", comparison: "gte", target: 3 },
    ],
  });

  it("adds up the totals, estimating TikTok reach from views (M10) and saying so", () => {
    const t = report.totals;
    expect(t.cost).toBe(150_000); // 100,000 + 40,000 + 10,000 campaign-level
    expect(t.impressions).toBe(45_000); // 30,000 measured + 10,000 × 1.5 estimated
    expect(t.reach).toBe(30_000); // 20,000 measured + 40,000 views × 0.25
    expect(t.basis).toEqual({ impressions: "mixed", reach: "mixed", engagements: "measured" });
    expect(t.views).toBe(40_000);
    expect(t.engagements).toBe(3_400); // 1,200 + 2,200 (TikTok's missing shares and saves are not zeros)
    expect(t.engagementRateByReach).toBeCloseTo(3_400 / 30_000, 12);
    expect(t.engagementRateByFollowers).toBeCloseTo(3_400 / 58_000, 12);
    expect({
      clicks: t.clicks,
      leads: t.leads,
      orders: t.orders,
      newCustomers: t.newCustomers,
      revenue: t.revenue,
    }).toEqual({
      clicks: 800,
      leads: 10,
      orders: 34,
      newCustomers: 24,
      revenue: 510_000,
    });
    expect(t.attribution).toEqual({ code: 20, click: 14 });
  });

  it("derives every efficiency figure from the totals (M8)", () => {
    const t = report.totals;
    expect(t.cpm).toBe(3_333.3333);
    expect(t.cpv).toBe(3.75);
    expect(t.cpe).toBe(44.1176);
    expect(t.cpc).toBe(187.5);
    expect(t.ctr).toBeCloseTo(800 / 45_000, 12);
    expect(t.cpl).toBe(15_000);
    expect(t.conversionRate).toBe(0.0425);
    expect(t.cpa).toBe(4_411.7647);
    expect(t.cac).toBe(6_250);
    expect(t.roas).toBe(3.4);
    expect(t.roi).toBe(2.4);
  });

  it("values exposure at the rate card (M9): 36,000 + 77,500 for the posts, 64,000 for 800 clicks", () => {
    expect(report.totals.emv).toBe(177_500);
    expect(report.rateCard.rates.likes).toBe(10);
  });

  it("breaks down by creator without the campaign-level cost", () => {
    const row = report.byCreator.find((r) => r.creatorId === "alex");
    expect(row).toMatchObject({
      cost: 100_000,
      impressions: 30_000,
      reach: 20_000,
      engagements: 1_200,
      cpc: 166.6667,
      roas: 4.5,
      roi: 3.5,
      emv: 84_000,
    });
    expect(row?.engagementRateByReach).toBe(0.06);
    expect(row?.engagementRateByFollowers).toBe(0.024);
    expect(row?.basis.reach).toBe("measured");
    expect(report.byCreator.find((r) => r.creatorId === "bea")?.basis.reach).toBe("estimated");
  });

  it("breaks down by platform, tier, format and day", () => {
    expect(report.byPlatform.map((r) => [r.platform, r.cost, r.orders])).toEqual([
      ["instagram", 100_000, 30],
      ["tiktok", 40_000, 4],
    ]);
    expect(report.byTier.map((r) => r.tier)).toEqual(["micro", "nano"]);
    expect(report.byFormat.map((r) => [r.format, r.cost])).toEqual([
      ["reel", 100_000],
      ["video", 40_000],
    ]);
    expect(report.byDay).toEqual([
      { day: "2026-11-20", clicks: 400, orders: 20, revenue: 300_000 },
      { day: "2026-11-21", clicks: 400, orders: 14, revenue: 210_000 },
    ]);
  });

  it("tracks each KPI against its target", () => {
    expect(report.kpis).toEqual([
      {
        metric: "impressions",
        comparison: "gte",
        target: 40_000,
        actual: 45_000,
        met: true,
        progress: 1.125,
      },
      { metric: "cac", comparison: "lte", target: 5_000, actual: 6_250, met: false, progress: 0.8 },
      expect.objectContaining({ metric: "ctr", met: false }),
      { metric: "roas", comparison: "gte", target: 3, actual: 3.4, met: true, progress: 3.4 / 3 },
    ]);
  });

  it("reports unknown, never zero, where nothing was measured", () => {
    const empty = buildCampaignReport({
      currency: "EUR",
      creators: [
        {
          ...bea,
          creatorId: "quiet",
          posts: [],
          clicks: 0,
          orders: 0,
          leads: 0,
          newCustomers: 0,
          revenue: 0,
          cost: 0,
          daily: [],
        },
      ],
      campaignLevelCost: 0,
      kpis: [{ metric: "cpm", comparison: "lte", target: 1_000 }],
    });
    const t = empty.totals;
    expect([
      t.impressions,
      t.reach,
      t.engagements,
      t.cpm,
      t.cpc,
      t.cac,
      t.roas,
      t.roi,
      t.engagementRateByReach,
    ]).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(t.basis.reach).toBe("unknown");
    expect(empty.kpis[0]).toMatchObject({ actual: null, met: null, progress: null });
  });
});
