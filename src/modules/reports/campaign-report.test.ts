import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";

const terms = (amount: number) => ({
  collaborationType: "sponsored_post",
  deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-12-10" }],
  usageRights: { channels: ["organic"], durationDays: 90, paidAds: false, whitelisting: false },
  compensation: { model: "flat_fee", amount, schedule: [{ trigger: "on_signing", share: 1 }] },
});

describeEachDatabase("campaign report API", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;
  let creatorId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Report Fixture",
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2026-11-30",
          currency: "EUR",
          budget: 500_000,
          kpis: [{ metric: "impressions", comparison: "gte", target: 20_000 }],
        },
      })
    ).json().id;
    creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Rita Report",
          accounts: [{ platform: "instagram", handle: "rita.report", followers: 40_000 }],
        },
      })
    ).json().id;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    const offer = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
        payload: { terms: terms(120_000) },
      })
    ).json();
    await recordSignedDocument(api, offer.id);
    const post = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/posts`,
        payload: {
          creatorId,
          platform: "instagram",
          format: "reel",
          url: "https://www.instagram.com/reel/R1/",
          postedAt: "2026-11-10T12:00:00Z",
          amplifications: [{ kind: "boost", spend: 30_000, startDate: "2026-11-10", endDate: "2026-11-12" }],
        },
      })
    ).json();
    await api({
      method: "POST",
      url: `/api/v1/posts/${post.id}/metrics`,
      payload: {
        capturedAt: "2026-11-12T12:00:00Z",
        impressions: 30_000,
        reach: 12_000,
        likes: 900,
        comments: 60,
        shares: 20,
        saves: 20,
      },
    });
  });
  afterAll(async () => t.close());

  it("reports cost (fee + paid amplification), measured reach and efficiency, and unknowns as null", async () => {
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report` });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.currency).toBe("EUR");
    expect(report.totals).toMatchObject({
      cost: 150_000, // €1,200 fee + €300 boost (M7)
      impressions: 30_000,
      reach: 12_000,
      engagements: 1_000,
      engagementRateByReach: 1_000 / 12_000,
      cpm: 5_000, // 150,000 × 1,000 / 30,000
      cpe: 150,
      clicks: 0,
      cpc: null,
      cac: null,
      roas: 0,
      attribution: { orders: { code: 0, click: 0 }, leads: { code: 0, click: 0 } },
    });
    expect(report.totals.basis).toEqual({
      impressions: "measured",
      reach: "measured",
      engagements: "measured",
    });
    expect(report.byCreator).toEqual([
      expect.objectContaining({ creatorId, name: "Rita Report", tier: "micro", cost: 150_000 }),
    ]);
    expect(report.kpis).toEqual([
      {
        metric: "impressions",
        label: "Impressions",
        unit: "count",
        comparison: "gte",
        target: 20_000,
        actual: 30_000,
        met: true,
        progress: 1.5,
      },
    ]);
    // Spend over time: the boost spread over its three days, the fee on the day the contract was signed.
    expect(report.spendByDay).toEqual([
      { day: "2026-11-10", cost: 10_000 },
      { day: "2026-11-11", cost: 10_000 },
      { day: "2026-11-12", cost: 10_000 },
      { day: new Date().toISOString().slice(0, 10), cost: 120_000 },
    ]);
  });

  it("exports the report as CSV, one row per creator and a total", async () => {
    const csv = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toMatch(/^section,key,name,platform,tier,cost \(EUR\),/);
    expect(lines[1]).toContain(`creator,${creatorId},Rita Report,instagram,micro,1500,`);
    expect(lines.at(-1)).toMatch(/^total,,TOTAL,,,1500,/);
  });

  it("answers 404 for another organisation's campaign", async () => {
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect((await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report` })).statusCode).toBe(
      404,
    );
    expect(
      (await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report.csv` })).statusCode,
    ).toBe(404);
  });
});
