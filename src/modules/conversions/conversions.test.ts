import { createHmac } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";

const chrome =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

async function addCreator(app: FastifyInstance, user: SignedInUser, campaignId: string, handle: string) {
  const as = asUser(app, user);
  const creator = await as({
    method: "POST",
    url: "/api/v1/creators",
    payload: { name: handle, accounts: [{ platform: "tiktok", handle, followers: 12_000 }] },
  });
  const creatorId = (creator.json() as { id: string }).id;
  expect(
    (await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } }))
      .statusCode,
  ).toBe(201);
  return creatorId;
}

/** A Shopify orders/create payload as Shopify sends it: money as strings, nulls where Shopify leaves things out. */
function shopifyOrder(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id: `int:${id}`,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    app_id: null,
    browser_ip: "203.0.113.7",
    buyer_accepts_marketing: false,
    cancel_reason: null,
    cancelled_at: null,
    cart_token: null,
    checkout_id: 901414060,
    confirmed: true,
    contact_email: "jon@example.com",
    created_at: "2026-04-10T10:15:00-04:00",
    currency: "EUR",
    current_subtotal_price: "89.10",
    current_total_discounts: "9.90",
    customer_locale: "en",
    discount_codes: [],
    email: "jon@example.com",
    financial_status: "paid",
    fulfillment_status: null,
    landing_site: null,
    name: `#${id.slice(-4)}`,
    note: null,
    order_number: Number(id.slice(-4)),
    presentment_currency: "EUR",
    referring_site: null,
    source_name: "web",
    subtotal_price: "89.10",
    tags: "",
    taxes_included: false,
    total_discounts: "9.90",
    total_line_items_price: "99.00",
    total_price: "110.88",
    total_shipping_price_set: { shop_money: { amount: "10.00", currency_code: "EUR" } },
    total_tax: "11.78",
    customer: {
      id: "int:115310627314723950",
      email: "jon@example.com",
      orders_count: 1,
      note: null,
      phone: null,
    },
    line_items: [
      { id: 466157049, price: "99.00", quantity: 1, sku: "BOOT-42", title: "Trail boot", vendor: null },
    ],
    refunds: [],
    ...overrides,
  };
}

describeEachDatabase("conversions, attribution and Shopify", (dialect) => {
  let test: TestApp;
  let user: SignedInUser;
  let other: SignedInUser;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;
  let maya: string;
  let leo: string;
  let mayaCode: string;
  let leoLinkCode: string;

  beforeAll(async () => {
    test = await openTestApp(dialect);
    user = await signUp(test.app, { organisationName: "Northwind" });
    other = await signUp(test.app, { organisationName: "Elsewhere" });
    api = asApiKey(test.app, await createApiKey(test.app, user));
    const campaign = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Trail week",
        goal: "conversion",
        startDate: "2026-03-01",
        endDate: "2026-04-30",
        currency: "EUR",
      },
    });
    campaignId = (campaign.json() as { id: string }).id;
    maya = await addCreator(test.app, user, campaignId, "maya");
    leo = await addCreator(test.app, user, campaignId, "leo");
    const codes = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes`,
      payload: { creatorId: maya, valueType: "percent", value: 0.1, prefix: "MAYA" },
    });
    expect(codes.statusCode).toBe(201);
    mayaCode = (codes.json() as { items: Array<{ code: string }> }).items[0]?.code as string;
    const link = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/links`,
      payload: { creatorId: leo, destinationUrl: "https://shop.example.com/" },
    });
    leoLinkCode = (link.json() as { code: string }).code;
  });
  afterAll(async () => test.close());

  async function click(): Promise<string> {
    const response = await test.app.inject({
      method: "GET",
      url: `/r/${leoLinkCode}`,
      headers: { "user-agent": chrome },
    });
    await trackingRuntime(test.app.amplio).flush();
    return new URL(response.headers.location as string).searchParams.get("amp_cid") as string;
  }
  const convert = (payload: Record<string, unknown>) =>
    api({ method: "POST", url: "/api/v1/conversions", payload });
  const now = () => new Date().toISOString();

  it("attributes by code, by click (from clickId or landing URL), or not at all, saying why", async () => {
    const byCode = await convert({
      orderId: "o-code",
      occurredAt: now(),
      amount: 5_000,
      currency: "EUR",
      discountCodes: [mayaCode.toLowerCase()],
    });
    expect(byCode.statusCode).toBe(201);
    expect(byCode.json()).toMatchObject({
      duplicate: false,
      attribution: { reason: "code", creatorId: maya, conflictingCreatorId: null },
    });

    const clickId = await click();
    const byClick = await convert({
      orderId: "o-click",
      occurredAt: now(),
      amount: 7_000,
      currency: "EUR",
      clickId,
    });
    expect(byClick.json()).toMatchObject({ attribution: { reason: "click", creatorId: leo, clickId } });
    const byLanding = await convert({
      orderId: "o-landing",
      occurredAt: now(),
      amount: 1_000,
      currency: "EUR",
      landingUrl: `https://shop.example.com/?utm_source=tiktok&amp_cid=${clickId}`,
    });
    expect(byLanding.json()).toMatchObject({ attribution: { reason: "click", creatorId: leo } });

    const lead = await convert({ type: "lead", orderId: "lead-1", occurredAt: now(), clickId });
    expect(lead.statusCode).toBe(201);
    expect(lead.json()).toMatchObject({ type: "lead", amount: null, attribution: { reason: "click" } });

    const unknown = await convert({
      orderId: "o-none",
      occurredAt: now(),
      amount: 900,
      currency: "EUR",
      discountCodes: ["NOPE-CODE"],
      clickId: "0190c0de-0000-7000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(201);
    expect(unknown.json()).toMatchObject({
      attribution: { reason: "none", creatorId: null },
      discountCodes: ["NOPE-CODE"],
    });
  });

  it("lets a code win over another creator's click and counts the conflict", async () => {
    const clickId = await click();
    const response = await convert({
      orderId: "o-conflict",
      occurredAt: now(),
      amount: 3_000,
      currency: "EUR",
      discountCodes: [mayaCode],
      clickId,
    });
    expect(response.json()).toMatchObject({
      attribution: { reason: "code", creatorId: maya, conflictingCreatorId: leo },
    });
    const summary = (
      await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/conversions` })
    ).json() as {
      totals: { conflicts: number; byCode: number; byClick: number };
    };
    expect(summary.totals.conflicts).toBe(1);
    expect(summary.totals.byCode).toBe(2);
    expect(summary.totals.byClick).toBe(3);
  });

  it("treats a click older than the campaign window as stale, and one at the edge as valid", async () => {
    const clickId = await click();
    const clickedAt = (
      await test.database.db
        .selectFrom("tracking_clicks")
        .select("occurred_at")
        .where("id", "=", clickId)
        .executeTakeFirstOrThrow()
    ).occurred_at;
    const at = (ms: number) => new Date(Date.parse(clickedAt) + ms).toISOString();
    const edge = await convert({
      orderId: "o-edge",
      occurredAt: at(30 * 86_400_000),
      amount: 100,
      currency: "EUR",
      clickId,
    });
    expect(edge.json()).toMatchObject({ attribution: { reason: "click" } });
    const stale = await convert({
      orderId: "o-stale",
      occurredAt: at(30 * 86_400_000 + 1),
      amount: 100,
      currency: "EUR",
      clickId,
    });
    expect(stale.statusCode).toBe(201);
    expect(stale.json()).toMatchObject({ attribution: { reason: "none" } });
  });

  it("is idempotent on orderId, also when duplicates race", async () => {
    const payload = { orderId: "o-race", occurredAt: now(), amount: 2_500, currency: "EUR" };
    const answers = await Promise.all(Array.from({ length: 8 }, () => convert(payload)));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    expect(
      answers.filter((a) => a.statusCode === 200 && (a.json() as { duplicate: boolean }).duplicate),
    ).toHaveLength(7);
    const again = await convert({ ...payload, amount: 99 });
    expect(again.json()).toMatchObject({ duplicate: true, amount: 2_500 });
    const rows = await test.database.db
      .selectFrom("conversions")
      .select("id")
      .where("order_id", "=", "o-race")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("reverses revenue with partial and full refunds, never beyond the amount", async () => {
    const refund = (amount: number, refundId?: string) =>
      api({
        method: "POST",
        url: "/api/v1/conversions/o-click/refunds",
        payload: { amount, occurredAt: now(), refundId },
      });
    const partial = await refund(2_000, "r-1");
    expect(partial.statusCode).toBe(201);
    expect(partial.json()).toMatchObject({ refundedAmount: 2_000, netAmount: 5_000 });
    expect((await refund(2_000, "r-1")).json()).toMatchObject({ duplicate: true, refundedAmount: 2_000 });
    const tooMuch = await refund(5_001);
    expect(tooMuch.statusCode).toBe(409);
    const racing = await Promise.all([refund(5_000), refund(5_000)]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const order = (await api({ method: "GET", url: "/api/v1/conversions/o-click" })).json();
    expect(order).toMatchObject({ netAmount: 0, refundedAmount: 7_000 });
    // Every refund recorded against the order, oldest first; the repeated r-1 and the refused ones are not there.
    expect(
      order.refunds.map((r: { amount: number; refundId: string | null }) => [r.amount, r.refundId]),
    ).toEqual([
      [2_000, "r-1"],
      [5_000, null],
    ]);
    expect(
      (
        await api({
          method: "POST",
          url: "/api/v1/conversions/lead-1/refunds",
          payload: { amount: 1, occurredAt: now() },
        })
      ).statusCode,
    ).toBe(409);
  });

  it("answers bad input with 4xx naming the field and keeps organisations apart", async () => {
    const noAmount = await convert({ orderId: "o-bad", occurredAt: now() });
    expect(noAmount.statusCode).toBe(400);
    expect((noAmount.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("amount");
    expect(
      (await convert({ orderId: "o-bad", occurredAt: "yesterday", amount: 1, currency: "EUR" })).statusCode,
    ).toBe(400);
    const foreign = asUser(test.app, other);
    expect((await foreign({ method: "GET", url: "/api/v1/conversions/o-code" })).statusCode).toBe(404);
    expect(
      (
        await foreign({
          method: "POST",
          url: "/api/v1/conversions/o-code/refunds",
          payload: { amount: 1, occurredAt: now() },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await foreign({ method: "GET", url: `/api/v1/campaigns/${campaignId}/conversions` })).statusCode,
    ).toBe(404);
    for (const url of [
      `/api/v1/campaigns/${campaignId}/discount-codes`,
      `/api/v1/campaigns/${campaignId}/discount-codes.csv`,
      `/api/v1/campaigns/${campaignId}/links`,
      `/api/v1/campaigns/${campaignId}/link-analytics`,
    ])
      expect((await foreign({ method: "GET", url })).statusCode).toBe(404);
    const foreignCode = await foreign({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes`,
      payload: { creatorId: maya, valueType: "percent", value: 0.1 },
    });
    expect(foreignCode.statusCode).toBe(404);
    // The other organisation's order with the same id is its own conversion, attributed by its own codes only.
    const theirs = await foreign({
      method: "POST",
      url: "/api/v1/conversions",
      payload: {
        orderId: "o-code",
        occurredAt: now(),
        amount: 1,
        currency: "EUR",
        discountCodes: [mayaCode],
      },
    });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json()).toMatchObject({ attribution: { reason: "none" } });
  });

  it("exports codes as CSV for Shopify without formula injection", async () => {
    const imported = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes/import`,
      payload: { items: [{ creatorId: leo, code: "LEO-TEN", valueType: "fixed", value: 1_000 }] },
    });
    expect(imported.statusCode).toBe(201);
    const formula = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes/import`,
      payload: { items: [{ creatorId: leo, code: "=cmd|' /C calc'!A0", valueType: "fixed", value: 1_000 }] },
    });
    expect(formula.statusCode).toBe(400);
    const duplicate = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/discount-codes/import`,
      payload: { items: [{ creatorId: leo, code: "leo-ten", valueType: "fixed", value: 500 }] },
    });
    expect(duplicate.statusCode).toBe(409);
    const csv = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/discount-codes.csv` });
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]).toBe("Title,Command,Code,Type,Value,Currency");
    expect(lines).toContain("Trail week – LEO-TEN,NEW,LEO-TEN,Fixed Amount,10.00,EUR");
    expect(lines).toContain(`Trail week – ${mayaCode},NEW,${mayaCode},Percentage,10,EUR`);
  });

  it("takes signed Shopify webhooks, dedupes deliveries, and does the work in a job", async () => {
    const secret = "shpss_test_secret_0123456789";
    const connection = await asUser(
      test.app,
      user,
    )({
      method: "POST",
      url: "/api/v1/integrations/shopify",
      payload: { shopDomain: "northwind.myshopify.com", webhookSecret: secret },
    });
    expect(connection.statusCode).toBe(201);
    const { id, webhookUrl } = connection.json() as { id: string; webhookUrl: string };
    expect(webhookUrl).toBe(`http://amplio.test/webhooks/shopify/${id}`);
    const post = (body: unknown, topic: string, webhookId: string, key = secret) => {
      // Shopify writes 64-bit ids as bare JSON numbers; "int:<digits>" placeholders become exactly that.
      const raw = Buffer.from(JSON.stringify(body).replace(/"int:(\d+)"/g, "$1"));
      return test.app.inject({
        method: "POST",
        url: `/webhooks/shopify/${id}`,
        headers: {
          "content-type": "application/json",
          "x-shopify-topic": topic,
          "x-shopify-webhook-id": webhookId,
          "x-shopify-hmac-sha256": createHmac("sha256", key).update(raw).digest("base64"),
        },
        payload: raw,
      });
    };
    const clickId = await click();
    const order = shopifyOrder("820982911946154508", {
      discount_codes: [{ code: mayaCode, amount: "9.90", type: "percentage" }],
      landing_site: `/products/boot?amp_cid=${clickId}`,
      created_at: new Date().toISOString(),
    });

    expect((await post(order, "orders/create", "wh-1", "wrong-secret-wrong-secret")).statusCode).toBe(401);
    const deliveries = await Promise.all([
      post(order, "orders/create", "wh-1"),
      post(order, "orders/create", "wh-1"),
    ]);
    expect(deliveries.map((d) => d.statusCode)).toEqual([200, 200]);
    expect(deliveries.map((d) => (d.json() as { queued: boolean }).queued).sort()).toEqual([false, true]);
    // Shopify retrying the same order under a new delivery id still makes one conversion.
    expect((await post(order, "orders/create", "wh-2")).statusCode).toBe(200);
    await test.app.amplio.jobs.runDue();
    const conversion = (await api({ method: "GET", url: "/api/v1/conversions/820982911946154508" })).json();
    expect(conversion).toMatchObject({
      source: "shopify",
      amount: 8_910,
      currency: "EUR",
      customerId: "115310627314723950",
      isNewCustomer: true,
      attribution: { reason: "code", creatorId: maya, conflictingCreatorId: leo },
    });

    const refund = {
      id: 929361462,
      order_id: "int:820982911946154508",
      created_at: new Date().toISOString(),
      note: null,
      restock: true,
      user_id: null,
      refund_line_items: [
        { id: 1, line_item_id: 466157049, quantity: 1, subtotal: "44.55", total_tax: "5.89" },
      ],
      transactions: [{ amount: "50.44", kind: "refund", status: "success", currency: "EUR" }],
    };
    expect((await post(refund, "refunds/create", "wh-3")).statusCode).toBe(200);
    expect((await post(refund, "refunds/create", "wh-4")).statusCode).toBe(200);
    await test.app.amplio.jobs.runDue();
    expect(
      (await api({ method: "GET", url: "/api/v1/conversions/820982911946154508" })).json(),
    ).toMatchObject({
      refundedAmount: 4_455,
      netAmount: 4_455,
    });

    const unsigned = await test.app.inject({
      method: "POST",
      url: `/webhooks/shopify/${id}`,
      headers: {
        "content-type": "application/json",
        "x-shopify-topic": "orders/create",
        "x-shopify-webhook-id": "x",
      },
      payload: JSON.stringify(order),
    });
    expect(unsigned.statusCode).toBe(401);
    const huge = await post({ ...order, note: "x".repeat(1024 * 1024) }, "orders/create", "wh-big");
    expect(huge.statusCode).toBe(413);
    const nulls = shopifyOrder("820982911946154999", {
      customer: null,
      discount_codes: [],
      landing_site: null,
      created_at: new Date().toISOString(),
    });
    expect((await post(nulls, "orders/create", "wh-5")).statusCode).toBe(200);
    await test.app.amplio.jobs.runDue();
    expect(
      (await api({ method: "GET", url: "/api/v1/conversions/820982911946154999" })).json(),
    ).toMatchObject({
      customerId: null,
      attribution: { reason: "none" },
    });
    expect(
      (await asUser(test.app, other)({ method: "GET", url: "/api/v1/integrations/shopify" })).json(),
    ).toEqual({ items: [], nextCursor: null });
  });

  it("serves the storefront snippet and takes conversions with a publishable key", async () => {
    const script = await test.app.inject({ method: "GET", url: "/t.js" });
    expect(script.headers["content-type"]).toMatch(/javascript/);
    expect(script.body).toContain("amp_cid");
    const key = await asUser(
      test.app,
      user,
    )({
      method: "POST",
      url: "/api/v1/storefront-keys",
      payload: { allowedOrigins: ["https://shop.example.com"] },
    });
    expect(key.statusCode).toBe(201);
    const { publishableKey, snippet } = key.json() as { publishableKey: string; snippet: string };
    expect(snippet).toContain(`data-key="${publishableKey}"`);
    const clickId = await click();
    const send = (origin: string, orderId: string) =>
      test.app.inject({
        method: "POST",
        url: "/t/conversions",
        headers: { origin, "content-type": "application/json" },
        payload: { key: publishableKey, orderId, occurredAt: now(), amount: 4_200, currency: "EUR", clickId },
      });
    const ok = await send("https://shop.example.com", "web-1");
    expect(ok.statusCode).toBe(201);
    expect(ok.headers["access-control-allow-origin"]).toBe("https://shop.example.com");
    expect(ok.json()).toMatchObject({
      source: "storefront",
      attribution: { reason: "click", creatorId: leo },
    });
    expect((await send("https://evil.example.com", "web-2")).statusCode).toBe(403);
    const wrongKey = await test.app.inject({
      method: "POST",
      url: "/t/conversions",
      payload: { key: "pk_nope", orderId: "web-3", occurredAt: now(), amount: 1, currency: "EUR" },
    });
    expect(wrongKey.statusCode).toBe(401);
  });
});
