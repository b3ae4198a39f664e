import { describe, expect, it } from "vitest";
import { classifyUserAgent, countryFromHeader, referrerHost } from "./classify-visit.js";
import { ClickBuffer } from "./click-buffer.js";
import type { ClickEvent } from "./click-event.js";
import { clickIdTemplate, parseDestinationUrl, withUtm } from "./destination-url.js";
import { assertSlug, generateLinkCode, isLinkCodeShape } from "./link-code.js";

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
  const event = (n: number): ClickEvent => ({
    clickId: `c${n}`,
    organisationId: "o",
    linkId: "l",
    at: n,
    ip: "203.0.113.9",
    userAgent: "ua",
    referer: undefined,
    country: null,
  });

  it("writes in batches on its timer and everything left on close", async () => {
    const batches: number[] = [];
    const buffer = new ClickBuffer(
      async (events) => {
        batches.push(events.length);
      },
      { flushIntervalMs: 20 },
    );
    buffer.start();
    for (let i = 0; i < 250; i++) buffer.push(event(i));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(batches).toEqual([250]);
    for (let i = 0; i < 7; i++) buffer.push(event(i));
    await buffer.close();
    expect(batches.reduce((a, b) => a + b, 0)).toBe(257);
    expect(buffer.written).toBe(257);
  });

  it("keeps a failed batch and writes it on the next attempt, in order", async () => {
    const written: string[] = [];
    let fail = true;
    const buffer = new ClickBuffer(async (events) => {
      if (fail) {
        fail = false;
        throw new Error("database is restarting");
      }
      written.push(...events.map((e) => e.clickId));
    });
    buffer.push(event(1));
    await expect(buffer.flush()).rejects.toThrow(/restarting/);
    buffer.push(event(2));
    await buffer.close();
    expect(written).toEqual(["c1", "c2"]);
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
