import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { publicRateLimits } from "../../src/http/rate-limits.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";

describeEachDatabase("rate limits on the public endpoints", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect, { rateLimits: true });
  });
  afterAll(() => t.close());

  it("names only endpoints that exist", () => {
    for (const route of Object.keys(publicRateLimits)) {
      const [method, url] = route.split(" ") as [HTTPMethods, string];
      expect(t.app.hasRoute({ method, url }), route).toBe(true);
    }
  });

  it("limits an address however many made-up keys it sends, and shares the count across processes", async () => {
    // A second app on the same database stands for a second process.
    const other = await buildApp({
      logLevel: "silent",
      webRoot: null,
      rateLimits: true,
      database: t.database,
    });
    try {
      const { max } = publicRateLimits["POST /t/conversions"] ?? { max: 0 };
      const send = (app: typeof other, i: number, from = "203.0.113.77") =>
        app.inject({
          method: "POST",
          url: "/t/conversions",
          remoteAddress: from,
          payload: {
            key: `pk_made_up_${i}`,
            orderId: `o-${i}`,
            occurredAt: new Date().toISOString(),
            amount: 1,
            currency: "EUR",
          },
        });
      const statuses: number[] = [];
      for (let i = 0; i < max; i++) statuses.push((await send(i % 2 === 0 ? t.app : other, i)).statusCode);
      expect(new Set(statuses)).toEqual(new Set([401]));

      const limited = await send(t.app, max);
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      expect(limited.json()).toMatchObject({ status: 429, type: "urn:amplio:problem:rate-limited" });
      expect((await send(other, max + 1)).statusCode).toBe(429);
      expect((await send(t.app, max + 2, "203.0.113.78")).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it("limits sign-ups before reading them", async () => {
    const { max } = publicRateLimits["POST /api/auth/sign-up"] ?? { max: 0 };
    const statuses: number[] = [];
    for (let i = 0; i <= max; i++)
      statuses.push(
        (
          await t.app.inject({
            method: "POST",
            url: "/api/auth/sign-up",
            remoteAddress: "203.0.113.90",
            payload: {},
          })
        ).statusCode,
      );
    expect(statuses.slice(0, max).every((status) => status === 400)).toBe(true);
    expect(statuses[max]).toBe(429);
  });
});
