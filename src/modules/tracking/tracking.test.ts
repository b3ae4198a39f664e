import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { openDatabase } from "../../db/database.js";
import {
  describeEachDatabase,
  openTestApp,
  postgresTestUrl,
  type TestApp,
} from "../../test-support/databases.js";
import { asUser, type SignedInUser, signUp } from "../../test-support/http.js";
import { trackingRuntime } from "./tracking-runtime.js";

const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const iphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

async function campaignWithCreator(app: FastifyInstance, user: SignedInUser, handle: string) {
  const as = asUser(app, user);
  const creator = await as({
    method: "POST",
    url: "/api/v1/creators",
    payload: { name: handle, accounts: [{ platform: "instagram", handle, followers: 40_000 }] },
  });
  expect(creator.statusCode).toBe(201);
  const campaign = await as({
    method: "POST",
    url: "/api/v1/campaigns",
    payload: {
      name: `Spring ${handle}`,
      goal: "conversion",
      startDate: "2026-03-01",
      endDate: "2026-04-30",
      currency: "EUR",
    },
  });
  expect(campaign.statusCode).toBe(201);
  const campaignId = (campaign.json() as { id: string }).id;
  const creatorId = (creator.json() as { id: string }).id;
  const added = await as({
    method: "POST",
    url: `/api/v1/campaigns/${campaignId}/creators`,
    payload: { creatorId },
  });
  expect(added.statusCode).toBe(201);
  return { campaignId, creatorId, slug: (campaign.json() as { slug: string }).slug };
}

describeEachDatabase("tracking links and the redirect", (dialect) => {
  let test: TestApp;
  let user: SignedInUser;
  let other: SignedInUser;
  let campaignId: string;
  let creatorId: string;
  let campaignSlug: string;

  beforeAll(async () => {
    test = await openTestApp(dialect, { countryHeader: "cf-ipcountry" });
    user = await signUp(test.app, { organisationName: "Northwind" });
    other = await signUp(test.app, { organisationName: "Elsewhere" });
    ({
      campaignId,
      creatorId,
      slug: campaignSlug,
    } = await campaignWithCreator(test.app, user, "maya.trails"));
  });
  afterAll(async () => test.close());

  const createLink = (payload: Record<string, unknown>, as = user) =>
    asUser(test.app, as)({ method: "POST", url: `/api/v1/campaigns/${campaignId}/links`, payload });

  it("creates a link with a random code and UTM tags, and redirects with a click id", async () => {
    const response = await createLink({
      creatorId,
      destinationUrl: "https://shop.example.com/boots?size=42",
    });
    expect(response.statusCode).toBe(201);
    const link = response.json() as { id: string; code: string; shortUrl: string; destinationUrl: string };
    expect(link.code).toMatch(/^[0-9A-Za-z]{8}$/);
    expect(link.shortUrl).toBe(`http://amplio.test/r/${link.code}`);
    expect(link.destinationUrl).toBe("https://shop.example.com/boots?size=42");

    const redirect = await test.app.inject({
      method: "GET",
      url: `/r/${link.code}`,
      headers: { "user-agent": chrome },
    });
    expect(redirect.statusCode).toBe(302);
    const location = new URL(redirect.headers.location as string);
    expect(location.origin + location.pathname).toBe("https://shop.example.com/boots");
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      size: "42",
      utm_source: "instagram",
      utm_medium: "influencer",
      utm_campaign: campaignSlug,
      utm_content: "maya.trails",
    });
    expect(location.searchParams.get("amp_cid")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses javascript: and other non-web destinations, naming the field", async () => {
    for (const destinationUrl of ["javascript:alert(document.cookie)", "data:text/html,hi", "not a url"]) {
      const response = await createLink({ creatorId, destinationUrl });
      expect(response.statusCode).toBe(400);
      expect((response.json() as { errors: Array<{ field: string }> }).errors[0]?.field).toBe(
        "destinationUrl",
      );
    }
  });

  it("takes a custom slug once", async () => {
    const first = await createLink({
      creatorId,
      destinationUrl: "https://shop.example.com/",
      slug: `maya-${dialect}`,
    });
    expect(first.statusCode).toBe(201);
    expect((first.json() as { code: string }).code).toBe(`maya-${dialect}`);
    const again = await createLink({
      creatorId,
      destinationUrl: "https://shop.example.com/",
      slug: `maya-${dialect}`,
    });
    expect(again.statusCode).toBe(409);
  });

  it("answers unknown codes with a 404 page and never redirects elsewhere", async () => {
    for (const url of [
      "/r/doesNotExist",
      "/r/..%2F..%2Fevil.example.com",
      "/r/%2F%2Fevil.example.com",
      "/r/https:%2F%2Fevil.example.com",
    ]) {
      const response = await test.app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(404);
      expect(response.headers.location).toBeUndefined();
    }
    const page = await test.app.inject({ method: "GET", url: "/r/doesNotExist" });
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain("This link does not exist");
  });

  it("counts GET clicks into hourly rollups, bots apart, HEAD not at all; disabling stops the redirect", async () => {
    const response = await createLink({ creatorId, destinationUrl: "https://shop.example.com/jacket" });
    const link = response.json() as { id: string; code: string };
    const hit = (headers: Record<string, string>, method: "GET" | "HEAD" = "GET") =>
      test.app.inject({ method, url: `/r/${link.code}`, headers });
    const ip = (n: number) => ({ "x-forwarded-for": `203.0.113.${n}` });
    expect(
      (await hit({ "user-agent": chrome, referer: "https://www.instagram.com/p/1", "cf-ipcountry": "DE" }))
        .statusCode,
    ).toBe(302);
    expect(
      (await hit({ "user-agent": chrome, referer: "https://www.instagram.com/p/1", "cf-ipcountry": "DE" }))
        .statusCode,
    ).toBe(302);
    expect((await hit({ "user-agent": iphone, "cf-ipcountry": "FR", ...ip(2) })).statusCode).toBe(302);
    expect((await hit({ "user-agent": "facebookexternalhit/1.1" })).statusCode).toBe(302);
    const head = await hit({ "user-agent": chrome }, "HEAD");
    expect(head.statusCode).toBe(302);
    expect(head.headers.location).not.toContain("amp_cid");

    await trackingRuntime(test.app.amplio).flush();
    const { db } = test.database;
    const clicks = await db
      .selectFrom("tracking_clicks")
      .selectAll()
      .where("link_id", "=", link.id)
      .execute();
    expect(clicks).toHaveLength(4);
    expect(clicks.filter((c) => c.is_bot === 1)).toHaveLength(1);
    expect(clicks.map((c) => c.visitor_hash).join()).not.toContain("203.0.113");

    const analytics = await asUser(
      test.app,
      user,
    )({ method: "GET", url: `/api/v1/links/${link.id}/analytics?granularity=hour` });
    expect(analytics.statusCode).toBe(200);
    const body = analytics.json() as {
      totals: { clicks: number; botClicks: number; uniqueVisitors: number };
      series: Array<{ clicks: number }>;
      byDevice: Array<{ value: string; clicks: number }>;
      byCountry: Array<{ value: string; clicks: number }>;
      byReferrer: Array<{ value: string; clicks: number }>;
    };
    expect(body.totals).toEqual({ clicks: 3, botClicks: 1, uniqueVisitors: 2 });
    expect(body.series.reduce((sum, s) => sum + s.clicks, 0)).toBe(3);
    expect(body.byDevice).toEqual(
      expect.arrayContaining([
        { value: "desktop", clicks: 2 },
        { value: "mobile", clicks: 1 },
      ]),
    );
    expect(body.byCountry).toEqual(
      expect.arrayContaining([
        { value: "DE", clicks: 2 },
        { value: "FR", clicks: 1 },
      ]),
    );
    expect(body.byReferrer).toEqual(
      expect.arrayContaining([
        { value: "instagram.com", clicks: 2 },
        { value: "direct", clicks: 1 },
      ]),
    );

    const campaignWide = await asUser(
      test.app,
      user,
    )({ method: "GET", url: `/api/v1/campaigns/${campaignId}/link-analytics` });
    expect((campaignWide.json() as { byCreator: Array<{ creatorId: string }> }).byCreator[0]?.creatorId).toBe(
      creatorId,
    );

    const disabled = await asUser(
      test.app,
      user,
    )({ method: "PATCH", url: `/api/v1/links/${link.id}`, payload: { status: "disabled" } });
    expect(disabled.statusCode).toBe(200);
    expect((await hit({ "user-agent": chrome })).statusCode).toBe(404);
  });

  it("serves a QR code as PNG and SVG", async () => {
    const link = (await createLink({ creatorId, destinationUrl: "https://shop.example.com/" })).json() as {
      id: string;
    };
    const png = await asUser(test.app, user)({ method: "GET", url: `/api/v1/links/${link.id}/qr` });
    expect(png.headers["content-type"]).toBe("image/png");
    expect(png.rawPayload.subarray(1, 4).toString()).toBe("PNG");
    const svg = await asUser(
      test.app,
      user,
    )({ method: "GET", url: `/api/v1/links/${link.id}/qr?format=svg` });
    expect(svg.body).toContain("<svg");
  });

  it("answers another organisation's links and campaigns with 404", async () => {
    const link = (await createLink({ creatorId, destinationUrl: "https://shop.example.com/" })).json() as {
      id: string;
    };
    const as = asUser(test.app, other);
    expect((await as({ method: "GET", url: `/api/v1/links/${link.id}` })).statusCode).toBe(404);
    expect((await as({ method: "GET", url: `/api/v1/links/${link.id}/analytics` })).statusCode).toBe(404);
    expect(
      (await as({ method: "PATCH", url: `/api/v1/links/${link.id}`, payload: { status: "disabled" } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await createLink({ creatorId, destinationUrl: "https://shop.example.com/" }, other)).statusCode,
    ).toBe(404);
  });

  it("answers /r/ over a socket ahead of the router as the route does, and 503 once it stops accepting", async () => {
    const link = (
      await createLink({ creatorId, destinationUrl: "https://shop.example.com/socket#reviews" })
    ).json() as { id: string; code: string };
    const server = await buildApp({
      logLevel: "silent",
      webRoot: null,
      publicUrl: "http://amplio.test",
      trustProxy: 1,
      countryHeader: "cf-ipcountry",
      database: test.database,
    });
    try {
      await server.listen({ port: 0, host: "127.0.0.1" });
      const address = server.server.address();
      if (!address || typeof address === "string") throw new Error("no TCP address");
      const at = (pathname: string, method = "GET") =>
        fetch(`http://127.0.0.1:${address.port}${pathname}`, {
          method,
          redirect: "manual",
          headers: { "user-agent": chrome, "x-forwarded-for": "198.51.100.7", "cf-ipcountry": "NL" },
        });

      const redirect = await at(`/r/${link.code}?from=bio`);
      expect(redirect.status).toBe(302);
      expect(redirect.headers.get("cache-control")).toBe("private, no-store");
      expect(redirect.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      const location = new URL(redirect.headers.get("location") as string);
      expect(location.pathname).toBe("/socket");
      expect(location.hash).toBe("#reviews");
      const clickId = location.searchParams.get("amp_cid");
      expect(clickId).toMatch(/^[0-9a-f-]{36}$/);

      const head = await at(`/r/${link.code}`, "HEAD");
      expect(head.status).toBe(302);
      expect(head.headers.get("location")).not.toContain("amp_cid");
      // "/r/a/b" matches no Fastify route (which would answer problem+json): the server's own dispatch answered it.
      for (const unknown of [
        "/r/doesNotExist",
        "/r/%2F%2Fevil.example.com",
        "/r/%E0%A4%A",
        "/r/",
        "/r/a/b",
      ]) {
        const page = await at(unknown);
        expect(page.status).toBe(404);
        expect(page.headers.get("location")).toBeNull();
        expect(page.headers.get("x-content-type-options")).toBe("nosniff");
        expect(await page.text()).toContain("This link does not exist");
      }
      // Other methods and paths still go through Fastify.
      expect((await at(`/r/${link.code}`, "POST")).status).toBe(404);
      expect((await at("/healthz")).status).toBe(200);

      const runtime = trackingRuntime(server.amplio);
      await runtime.flush();
      const clicks = await test.database.db
        .selectFrom("tracking_clicks")
        .selectAll()
        .where("link_id", "=", link.id)
        .execute();
      expect(clicks.map((c) => [c.id, c.country, c.device])).toEqual([[clickId, "NL", "desktop"]]);

      runtime.redirect.stopAccepting();
      const closing = await at(`/r/${link.code}`);
      expect(closing.status).toBe(503);
      await runtime.flush();
      expect(
        await test.database.db
          .selectFrom("tracking_clicks")
          .select("id")
          .where("link_id", "=", link.id)
          .execute(),
      ).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("keeps processes consistent: a link disabled in one stops redirecting in another within a poll", async () => {
    const second = await buildApp({
      logLevel: "silent",
      webRoot: null,
      publicUrl: "http://amplio.test",
      database: test.database,
    });
    try {
      const link = (await createLink({ creatorId, destinationUrl: "https://shop.example.com/x" })).json() as {
        id: string;
        code: string;
      };
      expect((await second.inject({ method: "GET", url: `/r/${link.code}` })).statusCode).toBe(302);
      await asUser(
        test.app,
        user,
      )({ method: "PATCH", url: `/api/v1/links/${link.id}`, payload: { status: "disabled" } });
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await second.inject({ method: "GET", url: `/r/${link.code}` })).statusCode).toBe(404);
    } finally {
      await second.close();
    }
  });
});

describeEachDatabase("clicks survive a graceful shutdown", (dialect) => {
  it("stores exactly as many clicks as 302s were served once the server has closed", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "amplio-clicks-"));
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgresTestUrl });
    if (dialect === "postgres") {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
    }
    const connection =
      dialect === "sqlite"
        ? { databaseUrl: `sqlite:${path.join(directory, "amplio.db")}` }
        : { databaseUrl: postgresTestUrl, databaseSchema: schema };
    try {
      // The app owns its database here, so closing it also closes the database: the flush must come first.
      const app = await buildApp({ ...connection, logLevel: "silent", webRoot: null });
      const user = await signUp(app);
      const { campaignId, creatorId } = await campaignWithCreator(app, user, "shutdown.test");
      const link = (
        await asUser(
          app,
          user,
        )({
          method: "POST",
          url: `/api/v1/campaigns/${campaignId}/links`,
          payload: { creatorId, destinationUrl: "https://shop.example.com/" },
        })
      ).json() as { code: string };
      await app.listen({ port: 0, host: "127.0.0.1" });
      const address = app.server.address();
      if (!address || typeof address === "string") throw new Error("no TCP address");
      const answers = await Promise.all(
        Array.from({ length: 300 }, () =>
          fetch(`http://127.0.0.1:${address.port}/r/${link.code}`, {
            redirect: "manual",
            headers: { "user-agent": chrome },
          }).then((r) => r.status),
        ),
      );
      const served = answers.filter((status) => status === 302).length;
      expect(served).toBe(300);
      await app.close();
      const database = openDatabase(connection.databaseUrl, { schema: connection.databaseSchema });
      const stored = await database.db
        .selectFrom("tracking_clicks")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      const rolledUp = await database.db
        .selectFrom("tracking_link_hourly")
        .select((eb) => eb.fn.sum<number>("clicks").as("n"))
        .executeTakeFirstOrThrow();
      await database.destroy();
      expect(Number(stored.n)).toBe(served);
      expect(Number(rolledUp.n)).toBe(served);
    } finally {
      rmSync(directory, { recursive: true, force: true });
      if (dialect === "postgres") {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
    }
  });
});
