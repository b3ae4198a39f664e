import { afterAll, beforeAll, expect, it } from "vitest";
import { type Api, addCreator } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";

const chrome =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

interface RenewalAnswer {
  target: { rate: number | null; source: string; description: string };
  prior: { alpha: number; beta: number; mean: number; creators: number; source: string; description: string };
  creators: Array<{
    creatorId: string;
    clicks: number;
    conversions: number;
    posteriorMean: number;
    interval: { lower: number; upper: number };
    renew: boolean;
    reason: string;
  }>;
}

/**
 * M13 Renewal through HTTP. The organisation has two campaigns: in "Spring", Ana converts 2 of 10 clicks (an order
 * and a lead) and Ben 0 of 10; in "Autumn", which has a 5% conversion-rate KPI, Cleo converts 1 of 5. Hand-computed
 * prior over the three creators with clicks (rates 0.2, 0, 0.2; mean 3/25 = 0.12): Σn(p−μ)² = 0.064 + 0.144 + 0.032
 * = 0.24; chance 2 × 0.12 × 0.88 = 0.2112; effective clicks 25 − 225/25 = 16; between (0.24 − 0.2112)/16 = 0.0018;
 * strength 0.1056/0.0018 − 1 = 57.6667; α = 6.92, β = 50.7467. The organisation's median creator rate is 0.2.
 */
describeEachDatabase("renewal ranking API (M12, M13 Renewal)", (dialect) => {
  let t: TestApp;
  let api: Api;
  let spring: string;
  let autumn: string;
  let empty: string;
  const creators: Record<string, string> = {};
  let order = 0;

  async function campaign(name: string, kpis: unknown[] = []): Promise<string> {
    const created = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name,
        goal: "conversion",
        startDate: "2026-11-01",
        endDate: "2027-03-31",
        currency: "EUR",
        kpis,
      },
    });
    expect(created.statusCode).toBe(201);
    return created.json().id as string;
  }

  /** `clicks` tracked clicks on the creator's link, the first `conversions` of them converting. */
  async function traffic(campaignId: string, handle: string, clicks: number, conversions: number) {
    const creatorId = await addCreator(api, campaignId, handle, false);
    creators[handle] = creatorId;
    const link = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/links`,
      payload: { creatorId, destinationUrl: "https://shop.example.com/" },
    });
    expect(link.statusCode).toBe(201);
    for (let i = 0; i < clicks; i += 1) {
      const response = await t.app.inject({
        method: "GET",
        url: `/r/${link.json().code}`,
        headers: { "user-agent": chrome },
      });
      await trackingRuntime(t.app.amplio).flush();
      if (i >= conversions) continue;
      const clickId = new URL(response.headers.location as string).searchParams.get("amp_cid");
      order += 1;
      // Conversions are orders and leads alike (M13 Conversions): every second one is a lead.
      const payload =
        order % 2 === 0
          ? { type: "lead", orderId: `lead-${order}`, occurredAt: new Date().toISOString(), clickId }
          : {
              orderId: `order-${order}`,
              occurredAt: new Date().toISOString(),
              amount: 5_000,
              currency: "EUR",
              clickId,
            };
      const converted = await api({ method: "POST", url: "/api/v1/conversions", payload });
      expect(converted.json()).toMatchObject({ attribution: { reason: "click", creatorId } });
    }
  }

  async function renewals(campaignId: string, query = ""): Promise<RenewalAnswer> {
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/renewals${query}` });
    expect(response.statusCode).toBe(200);
    return response.json() as RenewalAnswer;
  }

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    spring = await campaign("Spring");
    autumn = await campaign("Autumn", [{ metric: "conversion_rate", comparison: "gte", target: 0.05 }]);
    empty = await campaign("Quiet");
    await traffic(spring, "ana", 10, 2);
    await traffic(spring, "ben", 10, 0);
    await traffic(autumn, "cleo", 5, 1);
  });
  afterAll(async () => t.close());

  it("fits the prior to every creator with clicks in the organisation and states it", async () => {
    const answer = await renewals(spring);
    expect(answer.prior).toMatchObject({ source: "empirical", creators: 3 });
    expect(answer.prior.mean).toBeCloseTo(0.12, 12);
    expect(answer.prior.alpha).toBeCloseTo(6.92, 9);
    expect(answer.prior.beta).toBeCloseTo(50.746_667, 5);
    expect(answer.prior.description).toBe(
      "Fitted to the 3 creators with clicks across this organisation's campaigns: mean 12.00%, worth 58 clicks.",
    );
  });

  it("without a conversion-rate KPI the target is the organisation's median creator rate", async () => {
    const answer = await renewals(spring);
    expect(answer.target).toMatchObject({ rate: 0.2, source: "organisation-median" });
    const [ana, ben] = answer.creators;
    // Ana: Beta(6.92 + 2, 50.7467 + 8): mean 8.92/67.6667; her cautious estimate is below 20%.
    expect(ana).toMatchObject({ creatorId: creators.ana, clicks: 10, conversions: 2, renew: false });
    expect(ana?.posteriorMean).toBeCloseTo(8.92 / 67.666_667, 6);
    expect(ana?.interval.lower).toBeLessThan(0.2);
    expect(ana?.reason).toMatch(/^Not yet: the cautious estimate, .* does not beat the 20\.00% target/);
    // Ben: Beta(6.92, 50.7467 + 10): mean 6.92/67.6667, and no conversions, so never "renew".
    expect(ben).toMatchObject({ creatorId: creators.ben, conversions: 0, renew: false });
    expect(ben?.posteriorMean).toBeCloseTo(6.92 / 67.666_667, 6);
    expect(ben?.reason).toBe(
      "Not yet: no conversions from 10 clicks; a creator is renewed only after converting.",
    );
  });

  it("with a conversion-rate KPI the target is the KPI, and a creator who beats it renews", async () => {
    const answer = await renewals(autumn);
    expect(answer.target).toEqual({
      rate: 0.05,
      source: "kpi",
      description: "5.00%: the campaign's conversion-rate KPI.",
    });
    const [cleo] = answer.creators;
    // Cleo: Beta(6.92 + 1, 50.7467 + 4): mean 7.92/62.6667 ≈ 12.6%; the 10th percentile is well above 5%.
    expect(cleo).toMatchObject({ creatorId: creators.cleo, clicks: 5, conversions: 1, renew: true });
    expect(cleo?.posteriorMean).toBeCloseTo(7.92 / 62.666_667, 6);
    expect(cleo?.interval.lower).toBeGreaterThan(0.05);
    expect(cleo?.reason).toMatch(/^Renew: even the cautious estimate/);
  });

  it("a campaign without clicks judges nobody against a 0% target", async () => {
    await addCreator(api, empty, "dora");
    const answer = await renewals(empty);
    expect(answer.target).toMatchObject({ rate: 0.2, source: "organisation-median" });
    expect(answer.creators).toEqual([
      expect.objectContaining({
        clicks: 0,
        renew: false,
        reason: "Not yet: no tracked clicks, so there is nothing to judge.",
      }),
    ]);
  });

  it("takes a given target, validates it, and answers 404 for another organisation's campaign", async () => {
    expect((await renewals(spring, "?targetRate=0.01")).target).toMatchObject({
      rate: 0.01,
      source: "given",
    });
    const bad = await api({ method: "GET", url: `/api/v1/campaigns/${spring}/renewals?targetRate=2` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("targetRate");
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect((await other({ method: "GET", url: `/api/v1/campaigns/${spring}/renewals` })).statusCode).toBe(
      404,
    );
    const alone = await other({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Alone",
        goal: "conversion",
        startDate: "2026-11-01",
        endDate: "2027-03-31",
        currency: "EUR",
      },
    });
    const none = await other({ method: "GET", url: `/api/v1/campaigns/${alone.json().id}/renewals` });
    expect(none.json()).toMatchObject({
      target: { rate: null, source: "none" },
      prior: { source: "weak-default", creators: 0 },
      creators: [],
    });
  });
});
