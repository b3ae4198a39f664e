import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, signUp } from "../../test-support/http.js";
import { LinkCache } from "./link-cache.js";

describeEachDatabase("the redirect's link cache", (dialect) => {
  let test: TestApp;
  let codes: string[];

  beforeAll(async () => {
    test = await openTestApp(dialect);
    const as = asUser(test.app, await signUp(test.app));
    const creatorId = (
      await as({
        method: "POST",
        url: "/api/v1/creators",
        payload: { name: "Cache", accounts: [{ platform: "instagram", handle: "cache", followers: 1_000 }] },
      })
    ).json().id as string;
    const campaignId = (
      await as({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Cache",
          goal: "conversion",
          startDate: "2026-11-01",
          endDate: "2026-12-31",
          currency: "EUR",
        },
      })
    ).json().id as string;
    await as({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    codes = [];
    for (let i = 0; i < 3; i++)
      codes.push(
        (
          await as({
            method: "POST",
            url: `/api/v1/campaigns/${campaignId}/links`,
            payload: { creatorId, destinationUrl: `https://shop.example.com/${i}` },
          })
        ).json().code as string,
      );
  });
  afterAll(async () => test.close());

  it("keeps its links while random codes are scanned: unknown codes are bounded apart and evict only each other", async () => {
    const cache = new LinkCache(test.database.db, { maxEntries: 2, maxUnknown: 5 });
    const [a, b] = codes as [string, string];
    expect(cache.peek(a)).toBeUndefined();
    expect((await cache.load(a))?.targetUrl).toContain("https://shop.example.com/0");
    await cache.load(b);
    const scanned = Array.from({ length: 50 }, (_, i) => `Zz${String(i).padStart(6, "0")}`);
    for (const code of scanned) expect(await cache.load(code)).toBeNull();
    expect(cache.peek(a)?.targetUrl).toContain("https://shop.example.com/0");
    expect(cache.peek(b)?.targetUrl).toContain("https://shop.example.com/1");
    // The last five guesses are remembered as unknown; the earlier ones were let go.
    for (const code of scanned.slice(-5)) expect(cache.peek(code)).toBeNull();
    expect(cache.peek(scanned[0] as string)).toBeUndefined();
  });

  it("lets the least recently used link go when it holds more links than it may", async () => {
    const cache = new LinkCache(test.database.db, { maxEntries: 2 });
    const [a, b, c] = codes as [string, string, string];
    await cache.load(a);
    await cache.load(b);
    cache.peek(a);
    await cache.load(c);
    expect(cache.peek(a)).toBeDefined();
    expect(cache.peek(b)).toBeUndefined();
    expect(cache.peek(c)).toBeDefined();
  });
});
