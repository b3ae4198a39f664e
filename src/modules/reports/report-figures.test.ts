import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";

const chrome =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

const flatFee = (amount: number) => ({
  collaborationType: "sponsored_post",
  deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-12-10" }],
  usageRights: { channels: ["organic"], durationDays: 90, paidAds: false, whitelisting: false },
  compensation: { model: "flat_fee", amount, schedule: [{ trigger: "on_signing", share: 1 }] },
});

// docs/domain/metrics.md M13, worked by hand. Rita (40,000 followers): a €1,200 fee, a reel (1,000 engagements,
// 12,000 measured reach) and a feed post with its likes hidden and a €300 boost. Sam (10,000 followers): a €400 fee and
// a story (200 engagements, 1,500 reach). Rita's link: 4 clicks, then a €100 order and a lead by click; her code: a
// $50 order (another currency); Sam's code: a lead.
describeEachDatabase("campaign report figures (M13)", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Matched basis",
          goal: "conversion",
          startDate: "2026-11-01",
          endDate: "2026-12-31",
          currency: "EUR",
          kpis: [
            { metric: "conversion_rate", comparison: "gte", target: 0.25 },
            { metric: "cpe", comparison: "lte", target: 100 },
            { metric: "conversions", comparison: "gte", target: 8 },
          ],
        },
      })
    ).json().id;
    const enrol = async (name: string, followers: number, fee: number) => {
      const id = (
        await api({
          method: "POST",
          url: "/api/v1/creators",
          payload: { name, accounts: [{ platform: "instagram", handle: name.toLowerCase(), followers }] },
        })
      ).json().id as string;
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators`,
        payload: { creatorId: id },
      });
      const offer = (
        await api({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/creators/${id}/offers`,
          payload: { terms: flatFee(fee) },
        })
      ).json();
      await recordSignedDocument(api, offer.id);
      return id;
    };
    const rita = await enrol("Rita", 40_000, 120_000);
    const sam = await enrol("Sam", 10_000, 40_000);
    const publish = async (
      creatorId: string,
      format: string,
      metrics: Record<string, number>,
      amplifications: unknown[] = [],
    ) => {
      const post = (
        await api({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/posts`,
          payload: {
            creatorId,
            platform: "instagram",
            format,
            url: `https://www.instagram.com/p/${creatorId}-${format}/`,
            postedAt: "2026-11-10T12:00:00Z",
            amplifications,
          },
        })
      ).json();
      const recorded = await api({
        method: "POST",
        url: `/api/v1/posts/${post.id}/metrics`,
        payload: { capturedAt: "2026-11-12T12:00:00Z", ...metrics },
      });
      expect(recorded.statusCode).toBe(201);
    };
    await publish(rita, "reel", {
      impressions: 30_000,
      reach: 12_000,
      likes: 900,
      comments: 60,
      shares: 20,
      saves: 20,
    });
    await publish(rita, "post", { impressions: 10_000, reach: 5_000, comments: 40 }, [
      { kind: "boost", spend: 30_000, startDate: "2026-11-10", endDate: "2026-11-12" },
    ]);
    await publish(sam, "story", { impressions: 2_000, reach: 1_500, likes: 150, comments: 50 });

    const codeOf = async (creatorId: string, prefix: string) => {
      const created = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/discount-codes`,
        payload: { creatorId, valueType: "percent", value: 0.1, prefix },
      });
      expect(created.json()).toMatchObject({ items: [expect.anything()] });
      return created.json().items[0].code as string;
    };
    const ritaCode = await codeOf(rita, "RTA");
    const samCode = await codeOf(sam, "SAM");
    const link = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/links`,
        payload: { creatorId: rita, destinationUrl: "https://shop.example.com/" },
      })
    ).json().code as string;
    let clickId = "";
    for (let i = 0; i < 4; i++) {
      const response = await t.app.inject({
        method: "GET",
        url: `/r/${link}`,
        headers: { "user-agent": chrome },
      });
      clickId = new URL(response.headers.location as string).searchParams.get("amp_cid") as string;
    }
    await trackingRuntime(t.app.amplio).flush();
    const occurredAt = new Date().toISOString();
    const conversions = [
      { orderId: "eur-click", occurredAt, amount: 10_000, currency: "EUR", clickId },
      { orderId: "usd-code", occurredAt, amount: 5_000, currency: "USD", discountCodes: [ritaCode] },
      { type: "lead", orderId: "lead-click", occurredAt, clickId },
      { type: "lead", orderId: "lead-code", occurredAt, discountCodes: [samCode] },
    ];
    for (const payload of conversions)
      expect((await api({ method: "POST", url: "/api/v1/conversions", payload })).statusCode).toBe(201);
  });
  afterAll(async () => t.close());

  it("reports every figure on its matched basis with its coverage, EMV at its rate card, conversions by rule", async () => {
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report` });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    const totals = report.totals;
    expect(totals).toMatchObject({
      cost: 190_000,
      engagements: 1_200, // the post with hidden likes is left out, not counted as 40
      postsWithUnknownEngagements: 1,
      engagementRateByReach: 1_200 / 13_500,
      engagementRateByFollowers: 1_200 / 50_000,
      cpe: 200, // Sam's €400 ÷ 200: Rita's engagements are not wholly known
      cpm: 4_523.8095, // 190,000 × 1,000 ÷ 42,000
      clicks: 4,
      orders: 2,
      leads: 2,
      conversions: 4,
      revenue: 10_000, // the $50 order counts as an order, its revenue apart
      conversionRate: 0.5,
      emv: 41_720, // 29,400 + 7,000 + 320 clicks (Rita) + 5,000 (Sam), USD
      attribution: { orders: { code: 1, click: 1 }, leads: { code: 1, click: 1 } },
    });
    expect(totals.coverage.engagements).toEqual({ basis: "mixed", covered: 2, of: 3, unit: "posts" });
    expect(totals.coverage.cpe).toEqual({ basis: "measured", covered: 1, of: 2, unit: "creators" });
    expect(totals.coverage.engagementRateByReach).toMatchObject({ covered: 2, of: 3 });
    expect(report.otherCurrencies).toEqual([{ currency: "USD", orders: 1, netRevenue: 5_000 }]);
    expect(report.emvCurrency).toBe("USD");
    expect(report.rateCards).toEqual([expect.objectContaining({ platform: "instagram", currency: "USD" })]);
    expect(report.units.display).toContain("two digits beyond the currency's");
    const expected: Record<string, unknown[]> = {
      reel: ["reel", 60_000, 29_400, 0],
      post: ["post", 90_000, 7_000, 0],
      story: ["story", 40_000, 5_000, 0],
    };
    expect(
      report.byFormat.map((r: { format: string; cost: number; emv: number; clicks: number }) => [
        r.format,
        r.cost,
        r.emv,
        r.clicks,
      ]),
    ).toEqual([
      // The formats in the order their posts are listed; the numbers are what matters.
      ...report.byFormat.slice(0, 3).map((r: { format: string }) => expected[r.format]),
      ["unassigned", 0, 320, 4],
    ]);
    // The feed post carries half of Rita's fee and the whole boost; each format is there once.
    expect(new Set(report.byFormat.map((r: { format: string }) => r.format))).toEqual(
      new Set(["reel", "post", "story", "unassigned"]),
    );
    expect(report.kpis).toEqual([
      expect.objectContaining({
        metric: "conversion_rate",
        label: "Conversion rate",
        actual: 0.5,
        met: true,
        progress: 2,
      }),
      expect.objectContaining({ metric: "cpe", actual: 200, met: false, progress: 0.5 }),
      expect.objectContaining({ metric: "conversions", actual: 4, met: false, progress: 0.5 }),
    ]);
  });

  it("puts every figure in the CSV with its unit, basis and coverage", async () => {
    const csv = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report.csv` });
    expect(csv.statusCode).toBe(200);
    const [header = "", ...lines] = csv.body.trim().split("\r\n");
    const columns = header.split(",");
    const total = lines.at(-1)?.split(",") ?? [];
    const cell = (name: string) => total[columns.indexOf(name)];
    expect(cell("section")).toBe("total");
    expect(cell("cost (EUR)")).toBe("1900");
    expect(cell("revenue (EUR)")).toBe("100");
    expect(cell("EMV (USD)")).toBe("417.2");
    expect(cell("CPE (EUR per engagement)")).toBe("2");
    expect(cell("CPE coverage")).toBe("1 of 2 creators");
    expect(cell("engagements coverage")).toBe("2 of 3 posts");
    expect(cell("posts with unknown engagements")).toBe("1");
    expect(cell("conversion rate (fraction)")).toBe("0.5");
    expect(cell("orders in USD (counted in orders)")).toBe("1");
    expect(cell("net revenue in USD (USD) kept apart")).toBe("50");
    expect(lines.some((line) => line.startsWith("format,unassigned,"))).toBe(true);
    expect(lines.some((line) => line.startsWith("kpi,conversion_rate,Conversion rate,"))).toBe(true);
  });

  it("renders the PDF", async () => {
    const pdf = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
