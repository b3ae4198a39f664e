import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";

type Api = ReturnType<typeof asApiKey>;

async function createCampaign(api: Api, name: string, currency: string): Promise<string> {
  const response = await api({
    method: "POST",
    url: "/api/v1/campaigns",
    payload: { name, goal: "awareness", startDate: "2026-11-01", endDate: "2026-11-30", currency },
  });
  return response.json().id;
}

/** The creator joins the campaign under a flat fee and posts once with measured metrics. */
async function measure(
  api: Api,
  campaignId: string,
  creatorId: string,
  fee: number,
  metrics: { impressions: number; reach: number; likes: number },
): Promise<void> {
  await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
  const offer = (
    await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
      payload: {
        terms: {
          collaborationType: "sponsored_post",
          deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-11-20" }],
          usageRights: { channels: ["organic"], durationDays: 90, paidAds: false, whitelisting: false },
          compensation: { model: "flat_fee", amount: fee, schedule: [{ trigger: "on_signing", share: 1 }] },
        },
      },
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
        url: `https://www.instagram.com/reel/${campaignId.slice(-6)}${creatorId.slice(-6)}/`,
        postedAt: "2026-11-10T12:00:00Z",
      },
    })
  ).json();
  await api({
    method: "POST",
    url: `/api/v1/posts/${post.id}/metrics`,
    // Comments reported as none: a post whose comments are unknown has unknown engagements (M13).
    payload: { capturedAt: "2026-11-12T12:00:00Z", comments: 0, ...metrics },
  });
}

describeEachDatabase("compare campaigns and creators API", (dialect) => {
  let t: TestApp;
  let api: Api;
  let spring: string;
  let summer: string;
  let states: string;
  let rita: string;
  let omar: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    spring = await createCampaign(api, "Spring", "EUR");
    summer = await createCampaign(api, "Summer", "EUR");
    states = await createCampaign(api, "States", "USD");
    const creator = async (name: string, handle: string) =>
      (
        await api({
          method: "POST",
          url: "/api/v1/creators",
          payload: { name, accounts: [{ platform: "instagram", handle, followers: 40_000 }] },
        })
      ).json().id as string;
    rita = await creator("Rita Compare", "rita.compare");
    omar = await creator("Omar Compare", "omar.compare");
    await measure(api, spring, rita, 100_000, { impressions: 20_000, reach: 10_000, likes: 500 });
    await measure(api, spring, omar, 50_000, { impressions: 5_000, reach: 4_000, likes: 100 });
    await measure(api, summer, rita, 200_000, { impressions: 40_000, reach: 16_000, likes: 1_500 });
    await measure(api, states, rita, 300_000, { impressions: 10_000, reach: 8_000, likes: 200 });
  });
  afterAll(async () => t.close());

  it("puts each campaign's own report totals side by side, with money totalled per currency", async () => {
    const response = await api({
      method: "GET",
      url: `/api/v1/reports/compare?campaignIds=${spring},${summer}`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.campaigns.map((c: { name: string }) => c.name)).toEqual(["Spring", "Summer"]);
    for (const compared of body.campaigns) {
      const report = (
        await api({ method: "GET", url: `/api/v1/campaigns/${compared.campaignId}/report` })
      ).json();
      expect(compared.totals).toEqual(report.totals);
      expect(compared.currency).toBe("EUR");
    }
    expect(body.campaigns[0].totals).toMatchObject({ cost: 150_000, impressions: 25_000, cpc: null });
    expect(body.mixedCurrencies).toBe(false);
    expect(body.byCurrency).toEqual([
      expect.objectContaining({
        currency: "EUR",
        campaignIds: [spring, summer],
        cost: 350_000,
        cpm: 5_384.6154, // 350,000 × 1,000 / 65,000 impressions, to 4 decimals
        cpc: null,
      }),
    ]);
    expect(body.creators[0]).toEqual({
      creatorId: rita,
      name: "Rita Compare",
      campaignIds: [spring, summer],
    });
  });

  it("never adds money across currencies", async () => {
    const body = (
      await api({ method: "GET", url: `/api/v1/reports/compare?campaignIds=${spring},${states}` })
    ).json();
    expect(body.mixedCurrencies).toBe(true);
    expect(body.moneyNote).toMatch(/never converted/);
    expect(body.byCurrency).toEqual([
      expect.objectContaining({ currency: "EUR", campaignIds: [spring], cost: 150_000 }),
      expect.objectContaining({ currency: "USD", campaignIds: [states], cost: 300_000 }),
    ]);
  });

  it("shows a creator's row in each campaign and a total across them", async () => {
    const response = await api({
      method: "GET",
      url: `/api/v1/reports/compare-creators?creatorIds=${rita}&campaignIds=${spring},${summer}`,
    });
    expect(response.statusCode).toBe(200);
    const [creator] = response.json().creators;
    expect(creator.name).toBe("Rita Compare");
    expect(
      creator.rows.map((r: { campaignName: string; cost: number; impressions: number }) => [
        r.campaignName,
        r.cost,
        r.impressions,
      ]),
    ).toEqual([
      ["Spring", 100_000, 20_000],
      ["Summer", 200_000, 40_000],
    ]);
    expect(creator.total).toMatchObject({
      campaigns: 2,
      posts: 2,
      impressions: 60_000,
      reach: 26_000,
      engagements: 2_000,
      clicks: 0,
      ctr: 0,
      conversionRate: null,
      basis: { impressions: "measured", reach: "measured", engagements: "measured" },
    });
    expect(creator.total.byCurrency).toEqual([
      expect.objectContaining({ currency: "EUR", cost: 300_000, cpm: 5_000, cpe: 150, roas: 0, cac: null }),
    ]);
  });

  it("finds every campaign a creator was in and keeps each currency apart", async () => {
    const body = (
      await api({ method: "GET", url: `/api/v1/reports/compare-creators?creatorIds=${rita},${omar}` })
    ).json();
    expect(body.mixedCurrencies).toBe(true);
    const [ritaRow, omarRow] = body.creators;
    expect(ritaRow.rows.map((r: { campaignId: string }) => r.campaignId).sort()).toEqual(
      [spring, summer, states].sort(),
    );
    expect(ritaRow.total.impressions).toBe(70_000);
    expect(
      ritaRow.total.byCurrency.map((c: { currency: string; cost: number }) => [c.currency, c.cost]),
    ).toEqual([
      ["EUR", 300_000],
      ["USD", 300_000],
    ]);
    expect(omarRow.rows.map((r: { campaignName: string }) => r.campaignName)).toEqual(["Spring"]);
  });

  it("answers 404 naming another organisation's campaign or creator", async () => {
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const foreign = await createCampaign(other, "Theirs", "EUR");
    const response = await api({
      method: "GET",
      url: `/api/v1/reports/compare?campaignIds=${spring},${foreign}`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toContain(foreign);
    expect(response.json().errors[0].field).toBe("campaignIds");
    const creator = await other({
      method: "GET",
      url: `/api/v1/reports/compare-creators?creatorIds=${rita}`,
    });
    expect(creator.statusCode).toBe(404);
    expect(creator.json().detail).toContain(rita);
  });

  it("rejects fewer than two, empty, repeated or too many campaign ids naming campaignIds", async () => {
    for (const query of [
      `campaignIds=${spring}`,
      `campaignIds=${spring},,${summer}`,
      `campaignIds=${spring},${spring}`,
      `campaignIds=${Array.from({ length: 11 }, (_, i) => `c${i}`).join(",")}`,
      "",
    ]) {
      const response = await api({ method: "GET", url: `/api/v1/reports/compare?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].field, query).toMatch(/^campaignIds/);
    }
    const creators = await api({ method: "GET", url: "/api/v1/reports/compare-creators?creatorIds=" });
    expect(creators.statusCode).toBe(400);
    expect(creators.json().errors[0].field).toMatch(/^creatorIds/);
  });

  it("lists the compare routes in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const parameters = doc.paths["/api/v1/reports/compare"].get.parameters;
    expect(parameters).toEqual([
      expect.objectContaining({ name: "campaignIds", in: "query", required: true }),
    ]);
    expect(doc.paths["/api/v1/reports/compare-creators"].get.responses["200"]).toBeDefined();
  });
});
