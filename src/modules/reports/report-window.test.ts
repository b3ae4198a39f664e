import { afterAll, beforeAll, expect, it } from "vitest";
import { addDays, dayOf } from "../../shared/time.js";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";

const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const DAY = 86_400_000;

describeEachDatabase("campaign report: one window, commissions from the contract on (M13)", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  const today = dayOf(new Date());

  async function campaignWithCreator(name: string, startDate: string, endDate: string) {
    const campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: { name, goal: "conversion", startDate, endDate, currency: "EUR" },
      })
    ).json().id as string;
    const creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: `${name} Creator`,
          accounts: [{ platform: "instagram", handle: `c${Date.now()}`, followers: 9_000 }],
        },
      })
    ).json().id as string;
    expect(
      (await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } }))
        .statusCode,
    ).toBe(201);
    return { campaignId, creatorId };
  }
  const report = async (campaignId: string) =>
    (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report` })).json();

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
  });
  afterAll(async () => t.close());

  it("counts clicks through the campaign's link before its start date, as link analytics does", async () => {
    const { campaignId, creatorId } = await campaignWithCreator(
      "Early Clicks",
      addDays(today, 3),
      addDays(today, 30),
    );
    const link = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/links`,
        payload: { creatorId, destinationUrl: "https://shop.example.com/" },
      })
    ).json() as { code: string };
    for (const n of [1, 2, 3])
      expect(
        (
          await t.app.inject({
            method: "GET",
            url: `/r/${link.code}`,
            headers: { "user-agent": chrome, "x-forwarded-for": `203.0.113.${n}` },
          })
        ).statusCode,
      ).toBe(302);
    await trackingRuntime(t.app.amplio).flush();

    const links = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/links` })).json() as {
      items: Array<{ clicks: number }>;
    };
    const analytics = (
      await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/link-analytics?granularity=day` })
    ).json();
    const shown = await report(campaignId);
    // Three human clicks today, three days before the campaign starts: counted everywhere alike.
    expect(links.items.reduce((sum, l) => sum + l.clicks, 0)).toBe(3);
    expect(analytics.totals.clicks).toBe(3);
    expect(shown.totals.clicks).toBe(3);
    expect(shown.byCreator).toEqual([expect.objectContaining({ creatorId, clicks: 3 })]);
    expect(shown.byDay).toEqual([{ day: today, clicks: 3, orders: 0, revenue: 0 }]);
  });

  it("accrues commission only on orders dated on or after the contract took effect", async () => {
    const { campaignId, creatorId } = await campaignWithCreator(
      "Late Contract",
      dayOf(new Date(Date.now() - 60 * DAY)),
      addDays(today, 30),
    );
    const offer = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
        payload: {
          terms: {
            collaborationType: "affiliate",
            deliverables: [
              { platform: "instagram", format: "reel", quantity: 1, dueDate: addDays(today, 20) },
            ],
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
    // The fixture's contract was signed 20 days ago (signing itself happens now).
    const signedAt = new Date(Date.now() - 20 * DAY).toISOString();
    await t.database.db
      .updateTable("contracts")
      .set({ accepted_at: signedAt })
      .where("campaign_id", "=", campaignId)
      .execute();
    expect(
      (
        await api({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/discount-codes`,
          payload: { creatorId, code: `LATE${dialect.toUpperCase()}`, valueType: "percent", value: 0.1 },
        })
      ).statusCode,
    ).toBe(201);
    for (const [orderId, daysAgo, amount] of [
      [`before-${dialect}`, 30, 50_000],
      [`after-${dialect}`, 5, 30_000],
    ] as const) {
      const conversion = await api({
        method: "POST",
        url: "/api/v1/conversions",
        payload: {
          orderId,
          occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
          amount,
          currency: "EUR",
          discountCodes: [`LATE${dialect.toUpperCase()}`],
        },
      });
      expect(conversion.json().attribution).toMatchObject({ reason: "code" });
    }

    const shown = await report(campaignId);
    // Revenue counts both orders (80,000); commission is 10% of the 30,000 order after signing only.
    expect(shown.byCreator).toEqual([
      expect.objectContaining({ creatorId, revenue: 80_000, orders: 2, cost: 3_000 }),
    ]);
    expect(shown.totals.cost).toBe(3_000);

    const ledger = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/payouts` })).json() as {
      items: Array<{ kind: string; amount: number }>;
    };
    expect(ledger.items.filter((e) => e.kind === "commission").map((e) => e.amount)).toEqual([3_000]);
  });
});
