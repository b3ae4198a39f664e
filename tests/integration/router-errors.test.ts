import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../src/test-support/http.js";

describeEachDatabase("errors the router raises before any route", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect);
  });
  afterAll(() => t.close());

  function expectProblem(response: Awaited<ReturnType<TestApp["app"]["inject"]>>, status: number) {
    expect(response.statusCode).toBe(status);
    expect(response.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(response.headers["x-request-id"]).toBeTruthy();
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.json()).toMatchObject({ status, errors: [{ field: "path" }] });
  }

  it("answers a malformed percent-encoding as problem+json", async () => {
    for (const url of ["/api/v1/campaigns/%ZZ", "/%ZZ", "/api/auth/session%E0%A4%A"])
      expectProblem(await t.app.inject({ method: "GET", url }), 400);
  });

  it("answers an overlong path segment as problem+json", async () => {
    const response = await t.app.inject({ method: "GET", url: `/api/v1/campaigns/${"a".repeat(1100)}` });
    expectProblem(response, 414);
  });

  it("reaches an order by every id the API accepts on create, even percent-encoded", async () => {
    const user = await signUp(t.app, { organisationName: "Long Ids" });
    const api = asApiKey(t.app, await createApiKey(t.app, user));
    for (const orderId of ["o".repeat(124), "é/ #?".repeat(40)]) {
      const created = await api({
        method: "POST",
        url: "/api/v1/conversions",
        payload: { orderId, occurredAt: new Date().toISOString(), amount: 1_000, currency: "EUR" },
      });
      expect(created.statusCode, created.body).toBe(201);
      const read = await api({ method: "GET", url: `/api/v1/conversions/${encodeURIComponent(orderId)}` });
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({ orderId });
    }
  });
});

describe("security headers", () => {
  it("sends the policy headers on every answer, and HSTS only over TLS", async () => {
    const t = await openTestApp("sqlite", { trustProxy: 1 });
    try {
      const plain = await t.app.inject({ method: "GET", url: "/api/v1/campaigns" });
      expect(plain.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(plain.headers["x-frame-options"]).toBe("DENY");
      expect(plain.headers["strict-transport-security"]).toBeUndefined();
      const tls = await t.app.inject({
        method: "GET",
        url: "/api/v1/campaigns",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(tls.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await t.close();
    }
  });
});
