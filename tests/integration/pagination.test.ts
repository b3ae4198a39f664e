import { afterAll, beforeAll, expect, it } from "vitest";
import { encodeCursor } from "../../src/db/keyset-page.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../src/test-support/http.js";

type Api = ReturnType<typeof asApiKey>;
type Row = Record<string, unknown>;

describeEachDatabase("cursor pagination through HTTP", (dialect) => {
  let t: TestApp;
  let owner: SignedInUser;
  let api: Api;
  let admin: Api;
  const campaignIds: string[] = [];
  const creatorIds: string[] = [];
  const templateIds: string[] = [];
  // Repeated names: the id has to break the ties of the name order.
  const templateNames = ["Bravo", "Alpha", "Bravo", "Charlie", "Alpha", "Bravo", "Delta"];

  beforeAll(async () => {
    t = await openTestApp(dialect);
    owner = await signUp(t.app);
    api = asApiKey(t.app, await createApiKey(t.app, owner));
    admin = asUser(t.app, owner);
    for (let i = 0; i < 7; i++) {
      const campaign = await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: `Campaign ${i}`,
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "EUR",
        },
      });
      expect(campaign.statusCode).toBe(201);
      campaignIds.push(campaign.json().id);
    }
    for (let i = 0; i < 6; i++) {
      const creator = await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: `Creator ${i}`,
          accounts: [{ platform: "instagram", handle: `pager.${i}`, followers: 1_000 }],
        },
      });
      expect(creator.statusCode).toBe(201);
      creatorIds.push(creator.json().id);
      const added = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignIds[0]}/creators`,
        payload: { creatorId: creator.json().id },
      });
      expect(added.statusCode).toBeLessThan(300);
    }
    for (const name of templateNames) {
      const template = await api({
        method: "POST",
        url: "/api/v1/templates",
        payload: { name, subject: "Hello {{creator.name}}", body: "A note" },
      });
      expect(template.statusCode).toBe(201);
      templateIds.push(template.json().id);
    }
  });
  afterAll(async () => t.close());

  /** Follows nextCursor with a small limit; every page holds at most `limit` rows. */
  async function pageThrough(as: Api, url: string, limit: number): Promise<{ items: Row[]; pages: number }> {
    const items: Row[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const separator = url.includes("?") ? "&" : "?";
      const response = await as({
        method: "GET",
        url: `${url}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: Row[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
      expect(pages, "the cursor never reached the end").toBeLessThan(100);
    } while (cursor);
    return { items, pages };
  }

  /** Paged with limits 1, 2 and 3, the list equals its one-page reading: same rows, once each, same order. */
  async function expectStablePaging(as: Api, url: string, key: string, expectedCount: number) {
    const whole = (
      await as({ method: "GET", url: `${url}${url.includes("?") ? "&" : "?"}limit=200` })
    ).json() as {
      items: Row[];
      nextCursor: string | null;
    };
    expect(whole.nextCursor).toBeNull();
    expect(whole.items).toHaveLength(expectedCount);
    for (const limit of [1, 2, 3]) {
      const { items, pages } = await pageThrough(as, url, limit);
      const keys = items.map((item) => item[key]);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(whole.items.map((item) => item[key]));
      expect(pages).toBe(Math.ceil(expectedCount / limit));
    }
    return whole.items;
  }

  it("pages campaigns newest first", async () => {
    const items = await expectStablePaging(api, "/api/v1/campaigns", "id", campaignIds.length);
    expect(new Set(items.map((c) => c.id))).toEqual(new Set(campaignIds));
    const created = items.map((c) => String(c.createdAt));
    expect(created).toEqual([...created].sort().reverse());
  });

  it("pages a campaign's pipeline in the order creators were added", async () => {
    const items = await expectStablePaging(
      api,
      `/api/v1/campaigns/${campaignIds[0]}/creators`,
      "creatorId",
      creatorIds.length,
    );
    expect(items.map((entry) => entry.creatorId)).toEqual(creatorIds);
  });

  it("pages templates by name, ties broken the same way on every page", async () => {
    const items = await expectStablePaging(api, "/api/v1/templates", "id", templateIds.length);
    expect(items.map((template) => template.name)).toEqual([...templateNames].sort());
    expect(new Set(items.map((template) => template.id))).toEqual(new Set(templateIds));
  });

  it("pages the audit log newest first", async () => {
    const whole = (await admin({ method: "GET", url: "/api/v1/audit-events?limit=200" })).json() as {
      items: Row[];
    };
    // Every campaign, creator, pipeline addition and template above left an event.
    expect(whole.items.length).toBeGreaterThanOrEqual(campaignIds.length + templateIds.length);
    const items = await expectStablePaging(admin, "/api/v1/audit-events", "id", whole.items.length);
    const ids = items.map((event) => String(event.id));
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it("keeps each organisation's pages to itself", async () => {
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const campaigns = (await other({ method: "GET", url: "/api/v1/campaigns?limit=1" })).json();
    expect(campaigns).toEqual({ items: [], nextCursor: null });
    // A cursor from another organisation's list positions nothing of theirs: it only says where to start.
    const first = (await api({ method: "GET", url: "/api/v1/templates?limit=1" })).json();
    const theirs = await other({
      method: "GET",
      url: `/api/v1/templates?limit=5&cursor=${first.nextCursor}`,
    });
    expect(theirs.json()).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ["/api/v1/campaigns", "garbage!"],
    ["/api/v1/templates", encodeCursor([1, 2])],
    [`/api/v1/campaigns/{campaign}/creators`, encodeCursor(["2026-11-24T09:00:00.000Z"])],
    ["/api/v1/contracts", Buffer.from("{not json").toString("base64url")],
    ["/api/v1/campaigns", "x".repeat(501)],
  ])("answers a malformed cursor on %s with a 400 naming the cursor", async (url, cursor) => {
    const response = await admin({
      method: "GET",
      url: `${url.replace("{campaign}", campaignIds[0] as string)}?cursor=${encodeURIComponent(cursor)}`,
    });
    expect(response.statusCode).toBe(400);
    expect(String(response.headers["content-type"])).toContain("application/problem+json");
    expect(response.json().errors).toEqual([{ field: "cursor", message: expect.any(String) }]);
  });

  it.each(["0", "201", "ten"])("refuses limit=%s", async (limit) => {
    const response = await api({ method: "GET", url: `/api/v1/campaigns?limit=${limit}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors?.[0]?.field).toBe("limit");
  });

  it("answers 50 rows when no limit is given", async () => {
    for (let i = campaignIds.length; i < 52; i++) {
      const campaign = await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: `Campaign ${i}`,
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "EUR",
        },
      });
      expect(campaign.statusCode).toBe(201);
    }
    const first = (await api({ method: "GET", url: "/api/v1/campaigns" })).json();
    expect(first.items).toHaveLength(50);
    const rest = (await api({ method: "GET", url: `/api/v1/campaigns?cursor=${first.nextCursor}` })).json();
    expect(rest.items).toHaveLength(2);
    expect(rest.nextCursor).toBeNull();
  });
});
