import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getRetentionImpact } from "./retention-impact.js";

describeEachDatabase("retention impact", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  let organisationId: string;
  let campaignId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    const user = await signUp(t.app);
    organisationId = user.organisationId;
    api = asApiKey(t.app, await createApiKey(t.app, user));
    campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "January",
          goal: "loyalty",
          startDate: "2026-01-01",
          endDate: "2026-01-31",
          currency: "EUR",
          attributionWindowDays: 30,
        },
      })
    ).json().id;
    const creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ana",
          accounts: [{ platform: "instagram", handle: "ana.keeps", followers: 20_000 }],
        },
      })
    ).json().id;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    const code = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes`,
      payload: { creatorId, code: "ANA10", valueType: "percent", value: 0.1 },
    });
    expect(code.statusCode).toBe(201);

    const orders: Array<[string, string, string, boolean]> = [
      // customer, order id, time, with the creator's code
      ["a", "A1", "2026-01-05T10:00:00Z", true],
      ["a", "A2", "2026-02-20T10:00:00Z", false], // 46 days later: a repeat
      ["b", "B1", "2026-01-10T10:00:00Z", true],
      ["b", "B2", "2026-05-01T10:00:00Z", false], // 111 days later: too late to count
      ["f", "F1", "2026-02-25T10:00:00Z", true], // in the attribution window; its 90 days are still open
      ["c", "C1", "2026-01-12T10:00:00Z", false],
      ["c", "C2", "2026-01-20T10:00:00Z", false],
      ["d", "D1", "2026-01-15T10:00:00Z", false],
      ["g", "G1", "2026-01-18T10:00:00Z", false],
      ["e", "E1", "2025-12-01T10:00:00Z", false], // acquired before the campaign: in neither group
      ["e", "E2", "2026-01-07T10:00:00Z", true],
    ];
    for (const [customer, orderId, occurredAt, withCode] of orders) {
      const response = await api({
        method: "POST",
        url: "/api/v1/conversions",
        payload: {
          orderId,
          occurredAt,
          amount: 4_000,
          currency: "EUR",
          customerId: `cust-${customer}`,
          ...(withCode ? { discountCodes: ["ANA10"] } : {}),
        },
      });
      expect(response.statusCode, orderId).toBeLessThan(300);
    }
    await api({
      method: "POST",
      url: "/api/v1/conversions",
      payload: { type: "lead", orderId: "L1", occurredAt: "2026-01-03T10:00:00Z", customerId: "cust-c" },
    });
  });
  afterAll(async () => t.close());

  it("compares the repeat rate of customers the creators brought in with other customers', once 90 days have passed", async () => {
    const campaign = await getCampaign(t.database.db, organisationId, campaignId);
    const impact = await getRetentionImpact(
      t.database.db,
      organisationId,
      campaign,
      new Date("2026-05-10T00:00:00Z"),
    );
    expect(impact.windowDays).toBe(90);
    expect(impact.acquiredByCreators).toEqual({ customers: 3, eligible: 2, repeated: 1, repeatRate: 0.5 });
    expect(impact.otherCustomers).toEqual({ customers: 3, eligible: 3, repeated: 1, repeatRate: 1 / 3 });
    expect(impact.difference).toBeCloseTo(0.5 - 1 / 3, 12);

    // Before any window has closed the rates are unknown, not zero.
    const early = await getRetentionImpact(
      t.database.db,
      organisationId,
      campaign,
      new Date("2026-02-01T00:00:00Z"),
    );
    expect(early.acquiredByCreators).toMatchObject({ customers: 3, eligible: 0, repeatRate: null });
    expect(early.difference).toBeNull();
  });

  it("answers over HTTP and keeps other organisations out", async () => {
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/retention` });
    expect(response.statusCode).toBe(200);
    expect(response.json().acquiredByCreators.customers).toBe(3);
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect(
      (await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/retention` })).statusCode,
    ).toBe(404);
  });
});
