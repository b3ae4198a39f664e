import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";

describeEachDatabase("campaign planner API", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const campaign = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Spring Launch",
        goal: "awareness",
        startDate: "2027-03-01",
        endDate: "2027-04-30",
        currency: "EUR",
        budget: 2_000_000,
      },
    });
    campaignId = campaign.json().id;
    const accounts = [
      { handle: "mega.star", followers: 3_000_000, platform: "instagram", engagementRate: 0.008 },
      ...Array.from({ length: 14 }, (_, i) => ({
        handle: `micro.${i}`,
        followers: 20_000 + i * 5_000,
        platform: i % 2 ? "tiktok" : "instagram",
        engagementRate: 0.03 + i * 0.002,
      })),
      ...Array.from({ length: 6 }, (_, i) => ({
        handle: `nano.${i}`,
        followers: 3_000 + i * 1_000,
        platform: "instagram",
        engagementRate: 0.05,
      })),
    ];
    for (const a of accounts) {
      const created = await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: a.handle,
          accounts: [
            {
              platform: a.platform,
              handle: a.handle,
              followers: a.followers,
              engagementRate: a.engagementRate,
              country: "DE",
            },
          ],
        },
      });
      expect(created.statusCode).toBe(201);
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators`,
        payload: { creatorId: created.json().id },
      });
    }
  });
  afterAll(async () => t.close());

  it("proposes a mix within the budget that is at least as good as both naive alternatives", async () => {
    for (const goal of ["reach", "engagements", "clicks"]) {
      const response = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/plan`,
        payload: { goal },
      });
      expect(response.statusCode).toBe(200);
      const plan = response.json();
      expect(plan).toMatchObject({ goal, budget: 2_000_000, currency: "EUR", candidates: 21 });
      expect(plan.proposed.cost).toBeLessThanOrEqual(2_000_000);
      const [biggest, micro] = plan.alternatives;
      expect(biggest.label).toBe("All on the biggest creator");
      expect(biggest.creators[0]?.handle).toBe("mega.star");
      expect(micro.creators.every((c: { tier: string }) => c.tier === "micro")).toBe(true);
      // Both alternatives are feasible mixes, so the optimum can be no worse than either.
      expect(plan.proposed.forecast.expected).toBeGreaterThanOrEqual(biggest.forecast.expected * 0.999);
      expect(plan.proposed.forecast.expected).toBeGreaterThanOrEqual(micro.forecast.expected * 0.999);
      expect(plan.proposed.gap).toBeLessThan(0.01);
    }
  });

  it("beats the celebrity on engagements with a spread of smaller creators", async () => {
    const plan = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/plan`,
        payload: { goal: "engagements" },
      })
    ).json();
    const [biggest] = plan.alternatives;
    expect(plan.proposed.forecast.expected).toBeGreaterThan(biggest.forecast.expected * 1.5);
    expect(plan.proposed.creators.length).toBeGreaterThan(3);
  });

  it("honours the constraints it is given and shows the ranges", async () => {
    const response = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/plan`,
      payload: { perTier: { nano: { min: 2 } }, maxShareOfBudget: 0.5 },
    });
    const plan = response.json();
    expect(
      plan.proposed.creators.filter((c: { tier: string }) => c.tier === "nano").length,
    ).toBeGreaterThanOrEqual(2);
    for (const c of plan.proposed.creators) expect(c.cost).toBeLessThanOrEqual(1_000_000);
    const first = plan.proposed.creators[0];
    expect(first.price.low).toBeLessThan(first.price.expected);
    expect(first.price.high).toBeGreaterThan(first.price.expected);
    expect(first.forecast.reach.high).toBeGreaterThan(first.forecast.reach.expected);
  });

  it("learns prices from the organisation's contracts, and a creator's quote wins", async () => {
    const priceOf = async (handle: string) => {
      const plan = (
        await api({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/plan`,
          payload: { goal: "reach", budget: 100_000_000, perTier: { micro: { min: 14 }, nano: { min: 6 } } },
        })
      ).json();
      const planned = plan.proposed.creators.find((c: { handle: string }) => c.handle === handle);
      expect(planned, `${handle} in the plan`).toBeDefined();
      return { price: planned.price, learnedFrom: plan.learnedFrom };
    };
    const before = await priceOf("micro.2");
    expect(before.price.basis).toBe("default");
    expect(before.learnedFrom).toEqual({ pastFees: 0, measuredCampaigns: 0 });

    // An earlier campaign paid a micro Instagram creator 4× the model's price for each of two reels.
    const earlier = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Winter",
        goal: "awareness",
        startDate: "2026-12-01",
        endDate: "2026-12-31",
        currency: "EUR",
      },
    });
    const creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Past Partner",
          accounts: [
            { platform: "instagram", handle: "past.partner", followers: 30_000, engagementRate: 0.034 },
          ],
        },
      })
    ).json().id;
    await api({
      method: "POST",
      url: `/api/v1/campaigns/${earlier.json().id}/creators`,
      payload: { creatorId },
    });
    // Same followers and engagement as micro.2, so the model priced this creator exactly as it prices micro.2.
    const modelFee = before.price.expected;
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${earlier.json().id}/creators/${creatorId}/offers`,
      payload: {
        terms: {
          collaborationType: "sponsored_post",
          deliverables: [{ platform: "instagram", format: "reel", quantity: 2, dueDate: "2026-12-20" }],
          usageRights: { channels: ["organic"], durationDays: 30, paidAds: false, whitelisting: false },
          compensation: {
            model: "flat_fee",
            amount: Math.round(modelFee * 4) * 2,
            schedule: [{ trigger: "on_live", share: 1 }],
          },
        },
      },
    });
    expect(offer.statusCode).toBe(201);
    const contract = await recordSignedDocument(api, offer.json().id);
    expect(contract.statusCode).toBe(201);

    const after = await priceOf("micro.2");
    expect(after.learnedFrom.pastFees).toBe(2);
    expect(after.price).toMatchObject({ basis: "history", historyCount: 2 });
    // Two fees at 4× the model, shrunk with weight 2/(2+5): ×4^(2/7).
    expect(after.price.expected / before.price.expected).toBeCloseTo(4 ** (2 / 7), 2);
    // Another platform's estimate is untouched.
    expect((await priceOf("micro.1")).price.basis).toBe("default");

    const micro2 = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` }))
      .json()
      .items.find(
        (c: { primaryAccount: { handle: string } | null }) => c.primaryAccount?.handle === "micro.2",
      );
    const counter = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${micro2.creatorId}/offers`,
      payload: {
        proposedBy: "creator",
        terms: {
          collaborationType: "sponsored_post",
          deliverables: [{ platform: "instagram", format: "reel", quantity: 3, dueDate: "2027-03-20" }],
          usageRights: { channels: ["organic"], durationDays: 30, paidAds: false, whitelisting: false },
          compensation: { model: "flat_fee", amount: 90_000, schedule: [{ trigger: "on_live", share: 1 }] },
        },
      },
    });
    expect(counter.statusCode).toBe(201);
    expect((await priceOf("micro.2")).price).toMatchObject({
      basis: "quote",
      expected: 30_000,
      low: 30_000,
      high: 30_000,
    });
  });

  it("names the field at fault, and hides other organisations' campaigns", async () => {
    const bad = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/plan`,
      payload: { goal: "vibes" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("goal");
    const share = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/plan`,
      payload: { maxShareOfBudget: 1.5 },
    });
    expect(share.json().errors[0].field).toBe("maxShareOfBudget");
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect(
      (await other({ method: "POST", url: `/api/v1/campaigns/${campaignId}/plan`, payload: {} })).statusCode,
    ).toBe(404);
  });

  it("answers forecast vs actual over HTTP: nothing to check before any post is live, and 404 for others", async () => {
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/forecast-check` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ basedOnCampaigns: 0, byCreator: [] });
    expect(response.json().summary.reach).toEqual({ creators: 0, withinInterval: null, medianRatio: null });
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect(
      (await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/forecast-check` })).statusCode,
    ).toBe(404);
  });

  it("asks for a budget when the campaign has none", async () => {
    const campaign = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "No Budget",
        goal: "conversion",
        startDate: "2027-01-01",
        endDate: "2027-01-31",
        currency: "EUR",
      },
    });
    const response = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaign.json().id}/plan`,
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("budget");
  });
});
