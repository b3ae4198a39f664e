import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustProxy } from "../../src/config.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { signUp, uniqueEmail } from "../../src/test-support/http.js";

// With 2 free attempts: one address may fail 10 times across accounts, and unknown browsers 20 times per account.
// Every attempt hashes a password on purpose (scrypt), so the counts stay small.
const maxAttempts = 2;

describeEachDatabase("sign-in throttling that cannot be turned against a user", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(dialect, { loginMaxAttempts: maxAttempts });
  });
  afterAll(() => t.close());

  function attempt(email: string, password: string, from: string, cookie?: string) {
    return t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      remoteAddress: from,
      payload: { email, password },
      ...(cookie ? { headers: { cookie } } : {}),
    });
  }

  it("lets the user in from their own address while another address is refused for guessing", async () => {
    const user = await signUp(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await attempt(user.email, "wrong password", "203.0.113.9")).statusCode);
    expect(statuses).toEqual([401, 401, 429, 429, 429, 429]);
    expect((await attempt(user.email, user.password, "203.0.113.9")).statusCode).toBe(429);
    expect((await attempt(user.email, user.password, "198.51.100.7")).statusCode).toBe(200);
  });

  it("backs off one address against one account, doubling the wait after each further failure", async () => {
    const user = await signUp(t.app);
    for (let i = 0; i < maxAttempts; i++) await attempt(user.email, "wrong password", "203.0.113.20");
    const first = await attempt(user.email, user.password, "203.0.113.20");
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers["retry-after"])).toBe(30);

    // Half a minute later the address may try again; one more failure doubles the wait.
    const shift = async (seconds: number) => {
      const rows = await t.database.db
        .selectFrom("login_attempts")
        .select(["id", "created_at"])
        .where("email", "=", user.email)
        .execute();
      for (const row of rows)
        await t.database.db
          .updateTable("login_attempts")
          .set({ created_at: new Date(Date.parse(row.created_at) - seconds * 1000).toISOString() })
          .where("id", "=", row.id)
          .execute();
    };
    await shift(31);
    expect((await attempt(user.email, "wrong password", "203.0.113.20")).statusCode).toBe(401);
    const second = await attempt(user.email, user.password, "203.0.113.20");
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers["retry-after"])).toBe(60);
    await shift(61);
    expect((await attempt(user.email, user.password, "203.0.113.20")).statusCode).toBe(200);
    // A success ends the run of failures.
    expect((await attempt(user.email, "wrong password", "203.0.113.20")).statusCode).toBe(401);
    expect((await attempt(user.email, user.password, "203.0.113.20")).statusCode).toBe(200);
  });

  it("refuses one address spraying many accounts", { timeout: 60_000 }, async () => {
    for (let i = 0; i < maxAttempts * 5; i++)
      expect((await attempt(uniqueEmail("spray"), "wrong password", "203.0.113.30")).statusCode).toBe(401);
    expect((await attempt(uniqueEmail("spray"), "wrong password", "203.0.113.30")).statusCode).toBe(429);
    expect((await attempt(uniqueEmail("spray"), "wrong password", "203.0.113.31")).statusCode).toBe(401);
  });

  it("keeps a known browser working while many addresses guess at the account", {
    timeout: 90_000,
  }, async () => {
    const user = await signUp(t.app);
    const known = await attempt(user.email, user.password, "198.51.100.40");
    expect(known.statusCode).toBe(200);
    const device = known.cookies.find((c) => c.name === "amplio_device");
    expect(device?.httpOnly).toBe(true);
    expect(device?.sameSite).toBe("Lax");

    for (let i = 0; i < maxAttempts * 10; i++)
      expect((await attempt(user.email, "wrong password", `192.0.2.${i + 1}`)).statusCode).toBe(401);
    // A browser that never signed in here is refused, from any address…
    expect((await attempt(user.email, user.password, "198.51.100.41")).statusCode).toBe(429);
    // …while the user's own browser still gets in, from wherever it is now.
    const again = await attempt(user.email, user.password, "198.51.100.42", `amplio_device=${device?.value}`);
    expect(again.statusCode).toBe(200);
    // A made-up device token is no known device.
    const forged = `amplio_device=${"A".repeat(43)}`;
    expect((await attempt(user.email, user.password, "198.51.100.43", forged)).statusCode).toBe(429);
  });
});

describe("the client address behind a proxy", () => {
  it("reads AMPLIO_TRUST_PROXY as none, a hop count, or the proxies' addresses", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("true")).toBe(1);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("10.0.0.1, 10.1.0.0/16")).toEqual(["10.0.0.1", "10.1.0.0/16"]);
  });

  it("believes only the hops it is told to, so a visitor cannot pick their own address", async () => {
    const t = await openTestApp("sqlite", { loginMaxAttempts: 2, trustProxy: 1 });
    try {
      const user = await signUp(t.app);
      const attempt = (forwardedFor: string, password = "wrong password") =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/sign-in",
          remoteAddress: "127.0.0.1",
          headers: { "x-forwarded-for": forwardedFor },
          payload: { email: user.email, password },
        });
      // The proxy appends the address it saw; whatever the visitor wrote before it is not believed.
      expect((await attempt("6.6.6.1, 203.0.113.50")).statusCode).toBe(401);
      expect((await attempt("6.6.6.2, 203.0.113.50")).statusCode).toBe(401);
      expect((await attempt("6.6.6.3, 203.0.113.50", user.password)).statusCode).toBe(429);
      expect((await attempt("6.6.6.3, 203.0.113.51", user.password)).statusCode).toBe(200);
      const rows = await t.database.db
        .selectFrom("login_attempts")
        .select("ip")
        .where("email", "=", user.email)
        .execute();
      expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(["203.0.113.50", "203.0.113.51"]));
    } finally {
      await t.close();
    }
  });
});
