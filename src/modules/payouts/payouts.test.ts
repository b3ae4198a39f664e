import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";

const DAY = 86_400_000;

describeEachDatabase("payout ledger", (dialect) => {
  let t: TestApp;
  let owner: SignedInUser;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;
  let creatorId: string;
  const orderAt = new Date(Date.now() - 40 * DAY).toISOString();
  const recentOrderAt = new Date(Date.now() - 2 * DAY).toISOString();
  const signedAt = new Date(Date.now() - 50 * DAY).toISOString();
  const beforeSigningAt = new Date(Date.now() - 55 * DAY).toISOString();

  beforeAll(async () => {
    t = await openTestApp(dialect);
    owner = await signUp(t.app);
    api = asApiKey(t.app, await createApiKey(t.app, owner));
    const start = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Payout Fixture",
          goal: "conversion",
          startDate: start,
          endDate: end,
          currency: "EUR",
        },
      })
    ).json().id;
    creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Hana Hybrid",
          accounts: [{ platform: "instagram", handle: "hana.hybrid", followers: 30_000 }],
        },
      })
    ).json().id;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    const terms = {
      collaborationType: "affiliate",
      deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: end }],
      usageRights: { channels: ["organic"], durationDays: 30, paidAds: false, whitelisting: false },
      compensation: {
        model: "hybrid",
        fee: {
          amount: 100_001,
          schedule: [
            { trigger: "on_signing", share: 0.5 },
            { trigger: "on_live", share: 0.5 },
          ],
        },
        commission: { basis: "percent_of_net_revenue", rate: 0.1, attributionWindowDays: 30, cookie: true },
        bonuses: [{ metric: "conversions", threshold: 2, amount: 20_000 }],
      },
    };
    const offer = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
        payload: { terms },
      })
    ).json();
    expect((await recordSignedDocument(api, offer.id)).statusCode).toBe(201);
    // The contract of this fixture was signed 50 days ago, before the orders it earns commission on.
    await t.database.db
      .updateTable("contracts")
      .set({ accepted_at: signedAt })
      .where("campaign_id", "=", campaignId)
      .execute();
    const code = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes`,
      payload: { creatorId, code: "HANA10", valueType: "percent", value: 0.1 },
    });
    expect(code.statusCode).toBe(201);
    for (const [orderId, occurredAt, amount] of [
      ["A-0", beforeSigningAt, 70_000],
      ["A-1", orderAt, 50_005],
      ["A-2", recentOrderAt, 30_000],
    ] as const) {
      const conversion = await api({
        method: "POST",
        url: "/api/v1/conversions",
        payload: { orderId, occurredAt, amount, currency: "EUR", discountCodes: ["HANA10"] },
      });
      expect(conversion.statusCode).toBeLessThan(300);
    }
  });
  afterAll(async () => t.close());

  const ledger = async () =>
    (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/payouts` })).json() as {
      items: Array<{
        id: string;
        kind: string;
        description: string;
        amount: number;
        status: string;
        locked: boolean;
      }>;
      balances: Array<{ pending: number; approved: number; paid: number }>;
    };

  it("owes the signing fee, a commission per order after its lock, and the bonus once its threshold is crossed", async () => {
    const { items: entries } = await ledger();
    const byDescription = Object.fromEntries(entries.map((e) => [e.description, e]));
    // Half of 100,001 by largest remainder: 50,001 on signing; the live half waits for a live post.
    expect(byDescription["Fee on signing"]).toMatchObject({
      amount: 50_001,
      status: "pending",
      locked: false,
    });
    expect(entries.some((e) => e.description === "Fee on going live")).toBe(false);
    const commissions = entries.filter((e) => e.kind === "commission");
    // 10% of 50,005 = 5,000.5 → 5,001 (half away from zero); 10% of 30,000 = 3,000, still in its 30-day lock.
    // A-0 came before the contract took effect: no commission (M13 Commissions).
    expect(commissions.map((e) => [e.amount, e.locked])).toEqual([
      [5_001, false],
      [3_000, true],
    ]);
    expect(entries.find((e) => e.kind === "bonus")).toMatchObject({
      amount: 20_000,
      description: "Bonus: conversions reached 2",
    });
  });

  it("approves only what is payable, then pays it; a locked commission cannot be approved", async () => {
    const { items: entries } = await ledger();
    const locked = entries.find((e) => e.kind === "commission" && e.locked);
    const lockedResponse = await asUser(
      t.app,
      owner,
    )({ method: "POST", url: `/api/v1/payouts/${locked?.id}/approve` });
    expect(lockedResponse.statusCode).toBe(409);
    const commission = entries.find((e) => e.kind === "commission" && !e.locked);
    const approved = await asUser(
      t.app,
      owner,
    )({ method: "POST", url: `/api/v1/payouts/${commission?.id}/approve` });
    expect(approved.json()).toMatchObject({ status: "approved", approvedBy: "Test Person" });
    const paid = await asUser(t.app, owner)({ method: "POST", url: `/api/v1/payouts/${commission?.id}/pay` });
    expect(paid.json().status).toBe("paid");
    expect(
      (await asUser(t.app, owner)({ method: "POST", url: `/api/v1/payouts/${commission?.id}/void` }))
        .statusCode,
    ).toBe(409);
    // API keys act as members, who cannot approve money.
    expect((await api({ method: "POST", url: `/api/v1/payouts/${commission?.id}/approve` })).statusCode).toBe(
      403,
    );
  });

  it("claws back a paid commission when its order is refunded, and lowers an unpaid one", async () => {
    expect(
      (
        await api({
          method: "POST",
          url: "/api/v1/conversions/A-1/refunds",
          payload: { amount: 20_005, occurredAt: new Date().toISOString() },
        })
      ).statusCode,
    ).toBeLessThan(300);
    expect(
      (
        await api({
          method: "POST",
          url: "/api/v1/conversions/A-2/refunds",
          payload: { amount: 30_000, occurredAt: new Date().toISOString() },
        })
      ).statusCode,
    ).toBeLessThan(300);
    const { items: entries, balances } = await ledger();
    // A-1 now nets 30,000 → commission 3,000; 5,001 was paid, so 2,001 comes back.
    expect(entries.find((e) => e.kind === "clawback")).toMatchObject({ amount: -2_001, status: "pending" });
    // A-2 refunded in full before its lock ended: nothing owed, the entry is void.
    expect(entries.filter((e) => e.kind === "commission").map((e) => e.status)).toEqual(["paid", "void"]);
    expect(balances[0]?.paid).toBe(5_001);
  });

  it("exports the ledger as CSV and hides it from other organisations", async () => {
    const csv = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/payouts.csv` });
    expect(csv.body.split("\r\n")[0]).toBe(
      "entry_id,creator_id,kind,description,amount_minor,currency,status,payable_from,approved_by,approved_at,paid_at",
    );
    expect(csv.body).toContain("clawback");
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect((await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/payouts` })).statusCode).toBe(
      404,
    );
    const { items: entries } = await ledger();
    const otherAdmin = await signUp(t.app);
    expect(
      (await asUser(t.app, otherAdmin)({ method: "POST", url: `/api/v1/payouts/${entries[0]?.id}/approve` }))
        .statusCode,
    ).toBe(404);
  });

  it("approves every payable entry of a creator at once, then marks them all paid, leaving locked ones", async () => {
    const admin = asUser(t.app, owner);
    const bulk = (payload: object, as = admin) =>
      as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/payouts/bulk`, payload });
    const before = (await ledger()).items;
    const payable = before.filter((e) => e.status === "pending" && !e.locked);
    const lockedPending = before.filter((e) => e.status === "pending" && e.locked).map((e) => e.id);
    expect(payable.length).toBeGreaterThan(1);
    // API keys act as members, who cannot approve money; another organisation cannot see the campaign.
    expect((await bulk({ action: "approve" }, api)).statusCode).toBe(403);
    expect((await bulk({ action: "approve" }, asUser(t.app, await signUp(t.app)))).statusCode).toBe(404);

    const approved = await bulk({ action: "approve", creatorId });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toEqual({
      changed: payable.length,
      totals: [{ currency: "EUR", amount: payable.reduce((sum, e) => sum + e.amount, 0) }],
    });
    const afterApprove = (await ledger()).items;
    for (const entry of payable)
      expect(afterApprove.find((e) => e.id === entry.id)).toMatchObject({ status: "approved" });
    for (const id of lockedPending) expect(afterApprove.find((e) => e.id === id)?.status).toBe("pending");

    const paid = await bulk({ action: "pay" });
    expect(paid.json().changed).toBe(payable.length);
    const afterPay = (await ledger()).items;
    expect(afterPay.filter((e) => e.status === "approved")).toEqual([]);
    expect((await bulk({ action: "pay" })).json()).toEqual({ changed: 0, totals: [] });
    expect((await bulk({ action: "settle" })).statusCode).toBe(400);
  });
});
