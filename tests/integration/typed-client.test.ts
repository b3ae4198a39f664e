import createClient from "openapi-fetch";
import { afterAll, beforeAll, expect, it } from "vitest";
import { trackingRuntime } from "../../src/modules/tracking/tracking-runtime.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { uniqueEmail } from "../../src/test-support/http.js";
import type { paths } from "../../web/src/api/schema.js";

/** The generated types against a listening server: a type error here is a contract the server broke. */
describeEachDatabase("a client generated from the OpenAPI document", (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await openTestApp(dialect);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    baseUrl = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => t.close());

  it("runs a campaign from link to report: sign up, key, campaign, creator, link, click, conversion, report", async () => {
    const anonymous = createClient<paths>({ baseUrl });
    const signUp = await anonymous.POST("/api/auth/sign-up", {
      body: {
        name: "Flow Owner",
        email: uniqueEmail("flow"),
        password: "a long password",
        organisationName: "Flow",
      },
    });
    expect(signUp.response.status).toBe(201);
    const cookie = signUp.response.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    const key = await anonymous.POST("/api/v1/api-keys", {
      body: { name: "flow" },
      headers: { cookie, "x-csrf-token": signUp.data?.csrfToken ?? "" },
    });
    expect(key.response.status).toBe(201);

    const api = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${key.data?.key}` } });
    const campaign = await api.POST("/api/v1/campaigns", {
      body: {
        name: "Typed flow",
        goal: "conversion",
        startDate: "2026-03-01",
        endDate: "2026-04-30",
        currency: "EUR",
      },
    });
    expect(campaign.response.status).toBe(201);
    const campaignId = campaign.data?.id ?? "";

    const creator = await api.POST("/api/v1/creators", {
      body: { name: "Lena", accounts: [{ platform: "tiktok", handle: "lena.flow", followers: 15_000 }] },
    });
    const creatorId = creator.data?.id ?? "";
    const added = await api.POST("/api/v1/campaigns/{campaignId}/creators", {
      params: { path: { campaignId } },
      body: { creatorId },
    });
    expect(added.response.status).toBe(201);

    const link = await api.POST("/api/v1/campaigns/{campaignId}/links", {
      params: { path: { campaignId } },
      body: { creatorId, destinationUrl: "https://shop.example.com/boots" },
    });
    expect(link.data?.status).toBe("active");

    const followed = await anonymous.GET("/r/{code}", {
      params: { path: { code: link.data?.code ?? "" } },
      redirect: "manual",
    });
    expect(followed.response.status).toBe(302);
    const location = new URL(followed.response.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe("https://shop.example.com/boots");
    const clickId = location.searchParams.get("amp_cid") ?? "";
    await trackingRuntime(t.app.amplio).flush();

    const conversion = await api.POST("/api/v1/conversions", {
      body: {
        orderId: "flow-1",
        occurredAt: new Date().toISOString(),
        amount: 8_900,
        currency: "EUR",
        clickId,
      },
    });
    expect(conversion.response.status).toBe(201);
    expect(conversion.data?.attribution).toMatchObject({ reason: "click", creatorId });

    const report = await api.GET("/api/v1/campaigns/{campaignId}/report", {
      params: { path: { campaignId } },
    });
    expect(report.data?.totals).toMatchObject({ orders: 1, revenue: 8_900 });
    expect(report.data?.byCreator.find((row) => row.creatorId === creatorId)).toMatchObject({ orders: 1 });

    const missing = await api.GET("/api/v1/campaigns/{campaignId}/report", {
      params: { path: { campaignId: "no-such-campaign" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get("content-type")).toContain("application/problem+json");
    expect(missing.error?.status).toBe(404);
  });
});
