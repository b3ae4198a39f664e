import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../src/test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../src/test-support/http.js";

const day = 86_400_000;

describeEachDatabase("orders reported by a shop's page", (dialect) => {
  let t: TestApp;
  let owner: SignedInUser;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;
  let publishableKey: string;
  const shop = "https://shop.example.com";

  beforeAll(async () => {
    t = await openTestApp(dialect);
    owner = await signUp(t.app);
    api = asApiKey(t.app, await createApiKey(t.app, owner));
    const start = new Date(Date.now() - 30 * day).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 30 * day).toISOString().slice(0, 10);
    campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: { name: "Storefront", goal: "conversion", startDate: start, endDate: end, currency: "EUR" },
      })
    ).json().id;
    const creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Cora Code",
          accounts: [{ platform: "instagram", handle: "cora.code", followers: 20_000 }],
        },
      })
    ).json().id;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    const offer = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
        payload: {
          terms: {
            collaborationType: "affiliate",
            deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: end }],
            usageRights: { channels: ["organic"], durationDays: 30, paidAds: false, whitelisting: false },
            compensation: {
              model: "affiliate",
              basis: "percent_of_net_revenue",
              rate: 0.1,
              attributionWindowDays: 30,
              cookie: true,
            },
          },
        },
      })
    ).json();
    expect((await recordSignedDocument(api, offer.id)).statusCode).toBe(201);
    // Signed at the campaign's start, before the orders below: commissions accrue from then (M13).
    await t.database.db
      .updateTable("contracts")
      .set({ accepted_at: new Date(Date.now() - 30 * day).toISOString() })
      .where("campaign_id", "=", campaignId)
      .execute();
    await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes`,
      payload: { creatorId, code: "CORA10", valueType: "percent", value: 0.1 },
    });
    publishableKey = (
      await asUser(
        t.app,
        owner,
      )({ method: "POST", url: "/api/v1/storefront-keys", payload: { allowedOrigins: [shop] } })
    ).json().publishableKey;
  });
  afterAll(() => t.close());

  const report = (orderId: string, amount: number, origin: string | null = shop) =>
    t.app.inject({
      method: "POST",
      url: "/t/conversions",
      headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
      payload: {
        key: publishableKey,
        orderId,
        occurredAt: new Date(Date.now() - day).toISOString(),
        amount,
        currency: "EUR",
        discountCodes: ["CORA10"],
      },
    });
  const commissions = async () => {
    const ledger = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/payouts` })).json() as {
      items: Array<{ kind: string; description: string; amount: number }>;
    };
    return ledger.items
      .filter((e) => e.kind === "commission")
      .map((e) => e.amount)
      .sort((a, b) => a - b);
  };

  it("refuses a request without an Origin when the key is limited to some shops", async () => {
    expect((await report("no-origin", 1_000, null)).statusCode).toBe(403);
    expect((await report("elsewhere", 1_000, "https://evil.example")).statusCode).toBe(403);
  });

  it("earns no commission on a page's report until the shop's server confirms it, with the server's figures", async () => {
    const forged = await report("SF-1", 100_000_000);
    expect(forged.statusCode, forged.body).toBe(201);
    expect(forged.json()).toMatchObject({ source: "storefront", verification: null });
    expect(await commissions()).toEqual([]);
    const waiting = await api({
      method: "GET",
      url: `/api/v1/conversions?campaignId=${campaignId}&verified=false`,
    });
    expect((waiting.json().items as Array<{ orderId: string }>).map((o) => o.orderId)).toEqual(["SF-1"]);

    // The shop's server reports the same order with a secret key: its amount replaces the page's.
    const confirmed = await api({
      method: "POST",
      url: "/api/v1/conversions",
      payload: {
        orderId: "SF-1",
        occurredAt: new Date(Date.now() - day).toISOString(),
        amount: 30_000,
        currency: "EUR",
        discountCodes: ["CORA10"],
      },
    });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({ amount: 30_000, verification: { verifiedBy: "api" } });
    expect(await commissions()).toEqual([3_000]);
    // A second server report is a plain repeat.
    const again = await api({
      method: "POST",
      url: "/api/v1/conversions",
      payload: { orderId: "SF-1", occurredAt: new Date().toISOString(), amount: 1, currency: "EUR" },
    });
    expect(again.json()).toMatchObject({ duplicate: true, amount: 30_000 });
  });

  it("lets a person approve a page's report after checking it in the shop", async () => {
    expect((await report("SF-2", 12_000)).statusCode).toBe(201);
    expect(await commissions()).toEqual([3_000]);
    const approved = await asUser(t.app, owner)({ method: "POST", url: "/api/v1/conversions/SF-2/approve" });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().verification.verifiedBy).toBeTruthy();
    expect(await commissions()).toEqual([1_200, 3_000]);
    const audit = await asUser(t.app, owner)({ method: "GET", url: "/api/v1/audit-events" });
    expect((audit.json().items as Array<{ action: string }>).map((e) => e.action)).toContain(
      "conversion.approved",
    );
    // A page cannot undo it by reporting again.
    expect((await report("SF-2", 1)).json()).toMatchObject({ duplicate: true, amount: 12_000 });
  });
});
