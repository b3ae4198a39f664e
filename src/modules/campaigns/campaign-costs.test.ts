import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";

interface Cost {
  id: string;
  description: string;
  amount: number;
  currency: string;
  incurredOn: string;
}

describeEachDatabase("campaign-level costs (M7)", (dialect) => {
  let t: TestApp;
  let owner: SignedInUser;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;
  let otherCampaignId: string;
  const ids: Record<string, string> = {};

  const campaign = async (name: string) =>
    (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name,
          goal: "conversion",
          startDate: "2026-11-01",
          endDate: "2026-11-30",
          currency: "EUR",
        },
      })
    ).json().id as string;
  const add = (payload: Record<string, unknown>, id = campaignId) =>
    api({ method: "POST", url: `/api/v1/campaigns/${id}/costs`, payload });
  const list = async (query = "") =>
    (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/costs${query}` })).json() as {
      items: Cost[];
      nextCursor: string | null;
      total: number;
      currency: string;
    };

  beforeAll(async () => {
    t = await openTestApp(dialect);
    owner = await signUp(t.app);
    api = asApiKey(t.app, await createApiKey(t.app, owner));
    campaignId = await campaign("Costs Fixture");
    otherCampaignId = await campaign("Another One");
    for (const [key, description, amount, incurredOn] of [
      ["shoot", "Photo shoot", 25_000, "2026-11-05"],
      ["agency", "Agency fee", 40_000, "2026-11-20"],
      ["props", "Props", 10_000, "2026-11-20"],
    ] as const) {
      const response = await add({ description, amount, incurredOn, currency: "EUR" });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ description, amount, incurredOn, currency: "EUR" });
      ids[key] = response.json().id;
    }
  });
  afterAll(async () => t.close());

  it("lists the costs latest day first, a page at a time, with the total of all of them", async () => {
    const first = await list("?limit=2");
    // Two on 2026-11-20: the later-entered (larger id) first; then the 5th on the next page.
    expect(first.items.map((c) => c.description)).toEqual(["Props", "Agency fee"]);
    expect(first.total).toBe(75_000);
    expect(first.currency).toBe("EUR");
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((c) => c.description)).toEqual(["Photo shoot"]);
    expect(second.nextCursor).toBeNull();
    expect(second.total).toBe(75_000);
  });

  it("refuses a blank description, a zero amount, an impossible day or another currency, naming the field", async () => {
    for (const [payload, field] of [
      [{ description: "  ", amount: 100, incurredOn: "2026-11-02" }, "description"],
      [{ description: "Nothing", amount: 0, incurredOn: "2026-11-02" }, "amount"],
      [{ description: "Half a cent", amount: 10.5, incurredOn: "2026-11-02" }, "amount"],
      [{ description: "Leap", amount: 100, incurredOn: "2026-02-30" }, "incurredOn"],
      [{ description: "Dollars", amount: 100, incurredOn: "2026-11-02", currency: "USD" }, "currency"],
    ] as const) {
      const response = await add(payload);
      expect(response.statusCode).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().errors[0].field).toBe(field);
    }
    expect((await list()).total).toBe(75_000);
  });

  it("changes and deletes a cost, and the audit log says who did what", async () => {
    const changed = await api({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}/costs/${ids.shoot}`,
      payload: { amount: 30_000 },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      description: "Photo shoot",
      amount: 30_000,
      incurredOn: "2026-11-05",
    });
    const removed = await api({
      method: "DELETE",
      url: `/api/v1/campaigns/${campaignId}/costs/${ids.props}`,
    });
    expect(removed.statusCode).toBe(204);
    // 30,000 + 40,000 once the props are gone.
    expect((await list()).total).toBe(70_000);

    const audit = await asUser(t.app, owner)({ method: "GET", url: "/api/v1/audit-events?limit=200" });
    const events = (audit.json().items as Array<{ action: string; targetId: string }>).filter((e) =>
      e.action.startsWith("campaign.cost_"),
    );
    expect(events.filter((e) => e.action === "campaign.cost_added")).toHaveLength(3);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "campaign.cost_updated", targetId: ids.shoot }),
        expect.objectContaining({ action: "campaign.cost_removed", targetId: ids.props }),
      ]),
    );
  });

  it("counts the costs in the report's campaign cost and on their days in spend by day", async () => {
    const report = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report` })).json();
    expect(report.totals.campaignLevelCost).toBe(70_000);
    expect(report.totals.cost).toBe(70_000);
    expect(report.spendByDay).toEqual([
      { day: "2026-11-05", cost: 30_000 },
      { day: "2026-11-20", cost: 40_000 },
    ]);
  });

  it("keeps the campaign's currency while costs are entered in it", async () => {
    const response = await api({
      method: "PATCH",
      url: `/api/v1/campaigns/${campaignId}`,
      payload: { currency: "USD" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("currency");
  });

  it("answers 404 for another organisation's costs and for a cost under another campaign", async () => {
    const stranger = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect((await stranger({ method: "GET", url: `/api/v1/campaigns/${campaignId}/costs` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await stranger({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/costs`,
          payload: { description: "Sneaky", amount: 1, incurredOn: "2026-11-02" },
        })
      ).statusCode,
    ).toBe(404);
    for (const method of ["PATCH", "DELETE"] as const) {
      const foreign = await stranger({
        method,
        url: `/api/v1/campaigns/${campaignId}/costs/${ids.agency}`,
        ...(method === "PATCH" ? { payload: { amount: 1 } } : {}),
      });
      expect(foreign.statusCode).toBe(404);
      const elsewhere = await api({
        method,
        url: `/api/v1/campaigns/${otherCampaignId}/costs/${ids.agency}`,
        ...(method === "PATCH" ? { payload: { amount: 1 } } : {}),
      });
      expect(elsewhere.statusCode).toBe(404);
    }
    expect((await list()).total).toBe(70_000);
  });
});
