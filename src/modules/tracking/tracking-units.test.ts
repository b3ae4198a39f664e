import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { classifyUserAgent, countryFromHeader, referrerHost } from "./classify-visit.js";
import { ClickBatchBuilder } from "./click-batch.js";
import { ClickBuffer } from "./click-buffer.js";
import { nextRollupDelay, rollupMaxIntervalMs, rollupMinIntervalMs } from "./click-store.js";
import { clickIdTemplate, parseDestinationUrl, withUtm } from "./destination-url.js";
import type { CachedLink } from "./link-cache.js";
import { assertSlug, generateLinkCode, isLinkCodeShape } from "./link-code.js";
import { clickHeaders, createRedirectHandler } from "./serve-redirect.js";
import type { TrackingRuntime } from "./tracking-runtime.js";

const tags = { source: "instagram", campaign: "spring-trail", content: "maya.trails" };

describe("link codes", () => {
  it("draws 8-character base62 codes that do not repeat", () => {
    const codes = new Set(Array.from({ length: 5_000 }, () => generateLinkCode()));
    expect(codes.size).toBe(5_000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Za-z]{8}$/);
  });
  it("accepts readable slugs and refuses paths and punctuation", () => {
    expect(assertSlug("maya-spring_26")).toBe("maya-spring_26");
    for (const bad of ["ab", "-maya", "a/b", "../x", "maya spring", "x".repeat(65)])
      expect(() => assertSlug(bad)).toThrow(/slug/);
    expect(isLinkCodeShape("..%2F")).toBe(false);
  });
});

describe("destination URLs", () => {
  it("takes http and https only", () => {
    expect(parseDestinationUrl("https://shop.example.com/p").href).toBe("https://shop.example.com/p");
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://x.example.com",
      "//evil.example.com",
      "/relative",
      "https://user:pw@shop.example.com",
    ])
      expect(() => parseDestinationUrl(bad)).toThrow(/destinationUrl/);
  });
  it("adds the four UTM parameters but keeps the brand's own", () => {
    const tagged = new URL(
      withUtm(new URL("https://shop.example.com/p?utm_source=newsletter&size=m#top"), tags),
    );
    expect(tagged.searchParams.get("utm_source")).toBe("newsletter");
    expect(tagged.searchParams.get("utm_medium")).toBe("influencer");
    expect(tagged.searchParams.get("utm_campaign")).toBe("spring-trail");
    expect(tagged.searchParams.get("utm_content")).toBe("maya.trails");
    expect(tagged.searchParams.get("size")).toBe("m");
    expect(tagged.hash).toBe("#top");
  });
  it("puts the click id before the fragment and replaces a planted amp_cid", () => {
    const { before, after } = clickIdTemplate("https://shop.example.com/p?a=1&amp_cid=forged#top");
    const location = new URL(`${before}CLICK${after}`);
    expect(location.searchParams.getAll("amp_cid")).toEqual(["CLICK"]);
    expect(location.hash).toBe("#top");
    const bare = clickIdTemplate("https://shop.example.com/");
    expect(`${bare.before}X${bare.after}`).toBe("https://shop.example.com/?amp_cid=X");
  });
});

describe("visit classification", () => {
  it("tells devices apart and flags bots and link-preview fetchers", () => {
    expect(
      classifyUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toEqual({ device: "mobile", isBot: false });
    expect(
      classifyUserAgent(
        "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toEqual({ device: "tablet", isBot: false });
    expect(
      classifyUserAgent(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
      ),
    ).toEqual({ device: "desktop", isBot: false });
    for (const bot of [
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "Googlebot/2.1 (+http://www.google.com/bot.html)",
      "",
    ])
      expect(classifyUserAgent(bot).isBot).toBe(true);
  });
  it("keeps the referrer host only, and a country only when it is two letters", () => {
    expect(referrerHost("https://www.instagram.com/p/abc?x=1")).toBe("instagram.com");
    expect(referrerHost("not a url")).toBeNull();
    expect(countryFromHeader("de")).toBe("DE");
    expect(countryFromHeader("XX")).toBeNull();
    expect(countryFromHeader("Germany")).toBeNull();
  });
});

describe("click buffer", () => {
  const add = (buffer: ClickBuffer, n: number) =>
    buffer.add(`c${n}`, "l", "o", n, "203.0.113.9", "ua", null, null);

  it("writes in batches on its timer and everything left on close", async () => {
    const batches: number[] = [];
    const buffer = new ClickBuffer(
      async (batch) => {
        batches.push(batch.count);
      },
      { flushIntervalMs: 20 },
    );
    buffer.start();
    for (let i = 0; i < 250; i++) add(buffer, i);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(batches).toEqual([250]);
    for (let i = 0; i < 7; i++) add(buffer, i);
    await buffer.close();
    expect(batches.reduce((a, b) => a + b, 0)).toBe(257);
    expect(buffer.written).toBe(257);
  });

  it("keeps a failed batch and writes it on the next attempt, before newer clicks", async () => {
    const written: string[] = [];
    let fail = true;
    const buffer = new ClickBuffer(async (batch) => {
      if (fail) {
        fail = false;
        throw new Error("database is restarting");
      }
      written.push(...batch.clickId);
    });
    add(buffer, 1);
    await expect(buffer.flush()).rejects.toThrow(/restarting/);
    add(buffer, 2);
    expect(buffer.pendingCount).toBe(2);
    await buffer.close();
    expect(written).toEqual(["c1", "c2"]);
    expect(buffer.pendingCount).toBe(0);
  });

  it("drops and counts clicks beyond its bound while the database is away", async () => {
    const buffer = new ClickBuffer(
      async () => {
        throw new Error("database is down");
      },
      { maxPending: 3 },
    );
    for (let i = 0; i < 2; i++) add(buffer, i);
    await expect(buffer.flush()).rejects.toThrow(/down/);
    for (let i = 2; i < 5; i++) add(buffer, i);
    expect([buffer.accepted, buffer.dropped, buffer.pendingCount]).toEqual([3, 2, 3]);
  });

  it("is behind while more clicks wait than it may hold, and lets waiting redirects go once it caught up", async () => {
    let finishWrite = () => {};
    const buffer = new ClickBuffer(
      (batch) =>
        new Promise<void>((resolve) => {
          finishWrite = resolve;
          expect(batch.count).toBe(3);
        }),
      { maxUnwritten: 2, maxWaitMs: 60_000 },
    );
    for (let i = 0; i < 2; i++) add(buffer, i);
    expect(buffer.behind).toBe(false);
    add(buffer, 2);
    expect(buffer.behind).toBe(true);
    let released = false;
    const waiting = buffer.caughtUp().then(() => {
      released = true;
    });
    const flushing = buffer.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(released).toBe(false);
    finishWrite();
    await flushing;
    await waiting;
    expect([released, buffer.behind]).toEqual([true, false]);
  });

  it("makes nobody wait while the database refuses writes, nor longer than its longest wait", async () => {
    const buffer = new ClickBuffer(
      async () => {
        throw new Error("database is down");
      },
      { maxUnwritten: 1, maxWaitMs: 20 },
    );
    for (let i = 0; i < 3; i++) add(buffer, i);
    const started = Date.now();
    await buffer.caughtUp();
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    await expect(buffer.flush()).rejects.toThrow(/down/);
    // Redirects keep answering at once: clicks are buffered, then dropped past maxPending.
    expect(buffer.behind).toBe(false);
  });
});

describe("the redirect while the click store is behind", () => {
  it("answers once the store has caught up, with the click already taken", async () => {
    let finishWrite = () => {};
    const buffer = new ClickBuffer(
      () =>
        new Promise<void>((resolve) => {
          finishWrite = resolve;
        }),
      { maxUnwritten: 0, maxWaitMs: 60_000 },
    );
    const link: CachedLink = {
      linkId: "l",
      organisationId: "o",
      targetUrl: "https://shop.example.com/",
      before: "https://shop.example.com/?amp_click=",
      after: "",
    };
    const runtime = { clicks: buffer, links: { peek: () => link } } as unknown as TrackingRuntime;
    const { handle } = createRedirectHandler(runtime, {
      trust: () => false,
      countryHeader: null,
      log: { error: () => {} },
    });
    const server = createServer(handle).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      let answered = false;
      const answer = fetch(`http://127.0.0.1:${port}/r/abcdefgh`, { redirect: "manual" }).then((r) => {
        answered = true;
        return r;
      });
      while (buffer.accepted === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const flushing = buffer.flush();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(answered).toBe(false);
      finishWrite();
      await flushing;
      const response = await answer;
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(
        /^https:\/\/shop\.example\.com\/\?amp_click=[0-9a-f-]{36}$/,
      );
      expect(buffer.written).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe("rollup cadence", () => {
  it("waits 100 times as long as the last run took, between 5 and 30 seconds", () => {
    expect(nextRollupDelay(3)).toBe(rollupMinIntervalMs);
    expect(nextRollupDelay(150)).toBe(15_000);
    expect(nextRollupDelay(2_000)).toBe(rollupMaxIntervalMs);
    expect([rollupMinIntervalMs, rollupMaxIntervalMs]).toEqual([5_000, 30_000]);
  });
});

describe("click batches", () => {
  const chrome = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0";

  it("carry every click's fields, also past the size the builder started with", () => {
    const builder = new ClickBatchBuilder(2);
    builder.add("c1", "link-a", "org", 1_000, "203.0.113.9", chrome, "https://instagram.com/", "DE");
    builder.add("c2", "link-b", "org", 1_001, "203.0.113.9", chrome, null, null);
    builder.add("c3", "link-a", "org-2", 1_002, "198.51.100.7", "", null, null);
    const batch = builder.take();
    expect(batch).toEqual({
      count: 3,
      clickId: ["c1", "c2", "c3"],
      at: new Float64Array([1_000, 1_001, 1_002]),
      linkId: ["link-a", "link-b", "link-a"],
      organisationId: ["org", "org", "org-2"],
      ip: ["203.0.113.9", "203.0.113.9", "198.51.100.7"],
      userAgent: [chrome, chrome, ""],
      referer: ["https://instagram.com/", null, null],
      country: ["DE", null, null],
    });
  });

  it("reuse the builder's arrays: a batch taken is not changed by clicks added after it", () => {
    const builder = new ClickBatchBuilder(4);
    builder.add("c1", "link-a", "org", 1, "ip-1", "ua", null, null);
    const first = builder.take();
    builder.add("c2", "link-b", "org-2", 2, "ip-2", "ua-2", "https://x.example/", "SE");
    const second = builder.take();
    expect([first.count, first.clickId, [...first.at], first.linkId, first.referer]).toEqual([
      1,
      ["c1"],
      [1],
      ["link-a"],
      [null],
    ]);
    expect([second.count, second.clickId, [...second.at], second.linkId, second.country]).toEqual([
      1,
      ["c2"],
      [2],
      ["link-b"],
      ["SE"],
    ]);
    expect(builder.take().count).toBe(0);
  });
});

describe("click headers", () => {
  it("reads the user agent, referer and country from the raw headers, first one winning", () => {
    const raw = [
      "Host",
      "amplio.test",
      "user-agent",
      "first",
      "User-Agent",
      "second",
      "REFERER",
      "https://www.tiktok.com/",
      "X-Forwarded-For",
      "198.51.100.7, 10.0.0.1",
      "x-forwarded-for",
      "10.0.0.2",
      "CF-IPCountry",
      "se",
    ];
    expect(clickHeaders(raw, "cf-ipcountry")).toEqual({
      userAgent: "first",
      referer: "https://www.tiktok.com/",
      country: "se",
    });
    expect(clickHeaders(["Host", "amplio.test"], null)).toEqual({
      userAgent: "",
      referer: undefined,
      country: undefined,
    });
  });
});

describe("click ids", () => {
  it("are unique, time-ordered UUIDv7s", async () => {
    const { newClickId } = await import("./click-id.js");
    const ids = Array.from({ length: 20_000 }, (_, i) => newClickId(1_780_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });
});
