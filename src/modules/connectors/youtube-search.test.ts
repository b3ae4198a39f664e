import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { channelIdOf, type FakeYouTube, startFakeYouTube } from "../../test-support/fake-youtube.js";
import { asUser, type SignedInUser, signUp } from "../../test-support/http.js";
import { youtubeApiOrigin } from "./youtube-client.js";
import { nextPacificMidnight, pacificDay } from "./youtube-quota.js";

describe("the YouTube quota day (midnight to midnight Pacific time)", () => {
  it("ends at 07:00 UTC in summer (PDT) and 08:00 UTC in winter (PST), across both clock changes", () => {
    const at = (iso: string) => new Date(iso);
    expect(pacificDay(at("2026-07-01T06:59:59Z"))).toBe("2026-06-30");
    expect(nextPacificMidnight(at("2026-07-01T06:59:59Z")).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(pacificDay(at("2026-07-01T07:00:00Z"))).toBe("2026-07-01");
    expect(pacificDay(at("2026-01-15T07:59:00Z"))).toBe("2026-01-14");
    expect(nextPacificMidnight(at("2026-01-15T07:59:00Z")).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    // 8 March 2026: clocks go forward at 02:00 PST, so that day ends at 07:00 UTC.
    expect(nextPacificMidnight(at("2026-03-08T09:00:00Z")).toISOString()).toBe("2026-03-09T07:00:00.000Z");
    // 1 November 2026: clocks go back at 02:00 PDT, so that day ends at 08:00 UTC.
    expect(nextPacificMidnight(at("2026-11-01T08:00:00Z")).toISOString()).toBe("2026-11-02T08:00:00.000Z");
  });

  it("calls Google unless AMPLIO_YOUTUBE_API_URL names another origin", () => {
    expect(youtubeApiOrigin({})).toBe("https://www.googleapis.com");
    expect(youtubeApiOrigin({ AMPLIO_YOUTUBE_API_URL: "http://127.0.0.1:9" })).toBe("http://127.0.0.1:9");
  });
});

const trail = channelIdOf("trailtales");
const peak = channelIdOf("peakpals");
const shy = channelIdOf("shyhiker");
const ridge = channelIdOf("ridgeruns");

describeEachDatabase("YouTube channel search", (dialect) => {
  let test: TestApp;
  let google: FakeYouTube;
  let owner: SignedInUser;
  let as: ReturnType<typeof asUser>;

  beforeAll(async () => {
    test = await openTestApp(dialect);
    google = await startFakeYouTube({
      key: "yt-key",
      pageSize: 3,
      channels: [
        {
          id: trail,
          title: "Trail Tales",
          customUrl: "@TrailTales",
          country: "US",
          description: "Hiking the Pacific Crest Trail",
          subscribers: 1_530_000,
          videos: 412,
          views: 98_000_000,
        },
        {
          id: shy,
          title: "Shy Hiker",
          customUrl: "@shyhiker",
          country: "US",
          description: "Quiet hiking videos",
          subscribers: 0,
          hidden: true,
          videos: 40,
          views: 120_000,
        },
        {
          id: peak,
          title: "Peak Pals",
          customUrl: "@peakpals",
          description: "Hiking with friends",
          subscribers: 48_100,
          videos: 95,
          views: 2_300_000,
        },
        {
          id: ridge,
          title: "Ridge Runs",
          customUrl: "@ridgeruns",
          country: "US",
          description: "Trail running and hiking",
          subscribers: 9_870,
          videos: 30,
          views: 400_000,
        },
      ],
    });
    owner = await signUp(test.app, { organisationName: "Trail Co" });
    as = asUser(test.app, owner);
  });
  afterAll(async () => {
    await test.close();
    await google.close();
  });

  const search = (query: string, user = as) =>
    user({ method: "GET", url: `/api/v1/connectors/youtube/search?${query}` });
  const quota = async (user = as) =>
    (await user({ method: "GET", url: "/api/v1/connectors/youtube/quota" })).json() as { usedToday: number };
  const saveKey = (apiKey: string, user = as, baseUrl = google.baseUrl) =>
    user({ method: "PUT", url: "/api/v1/connectors/youtube", payload: { apiKey, baseUrl } });

  it("says to set up the key first, in plain words, before any call", async () => {
    const response = await search("q=hiking");
    expect(response.statusCode).toBe(409);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().detail).toContain("Discovery → Connectors");
    expect(google.requests).toHaveLength(0);
    expect(await quota()).toMatchObject({ usedToday: 0, dailyLimit: 10_000 });
  });

  it("searches channels by keyword, country and language, with statistics; hidden counts are null, never 0", async () => {
    expect((await saveKey("yt-key")).statusCode).toBe(200);
    const response = await search("q=hiking&regionCode=us&relevanceLanguage=en");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const asked = google.requests.find((u) => u.pathname === "/youtube/v3/search");
    expect(Object.fromEntries(asked?.searchParams ?? [])).toMatchObject({
      type: "channel",
      q: "hiking",
      regionCode: "US",
      relevanceLanguage: "en",
      maxResults: "25",
      key: "yt-key",
    });
    const listed = google.requests.find((u) => u.pathname === "/youtube/v3/channels");
    expect(listed?.searchParams.get("part")).toBe("snippet,statistics");
    // Search order is kept even though channels.list answered in another order.
    expect(body.items.map((c: { channelId: string }) => c.channelId)).toEqual([trail, shy, peak]);
    expect(body.items[0]).toMatchObject({
      title: "Trail Tales",
      handle: "trailtales",
      country: "US",
      subscribers: 1_530_000,
      subscribersHidden: false,
      videos: 412,
      views: 98_000_000,
      thumbnailUrl: `https://yt3.ggpht.com/${trail}=s240`,
      creatorId: null,
    });
    expect(body.items[1]).toMatchObject({ subscribers: null, subscribersHidden: true });
    expect(body.items[2].country).toBeNull();
    expect(body.nextPageToken).toBe("P3");
    expect(body.totalResults).toBe(4);
    // search.list 100 units + channels.list 1.
    expect(body.quota.usedToday).toBe(101);
    expect(Date.parse(body.quota.resetsAt)).toBeGreaterThan(Date.now());
  });

  it("pages with the page token and keeps the day's tally", async () => {
    const body = (await search("q=hiking&regionCode=US&pageToken=P3")).json();
    expect(body.items.map((c: { channelId: string }) => c.channelId)).toEqual([ridge]);
    expect(body.nextPageToken).toBeNull();
    expect(body.quota.usedToday).toBe(202);
    expect((await quota()).usedToday).toBe(202);
  });

  it("adds channels as creators and to a list in one step, skipping a hidden count and adding none twice", async () => {
    const list = (
      await as({ method: "POST", url: "/api/v1/creator-lists", payload: { name: "Hikers" } })
    ).json();
    const response = await as({
      method: "POST",
      url: "/api/v1/connectors/youtube/channels",
      payload: { channelIds: [trail, shy, peak, trail], listId: list.id },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      created: 2,
      existing: 0,
      skipped: 1,
      list: { id: list.id, added: 2, alreadyIn: 0 },
    });
    expect(body.channels.map((c: { outcome: string }) => c.outcome)).toEqual([
      "created",
      "skipped",
      "created",
    ]);
    expect(body.channels[1].reason).toContain("hides its subscriber count");
    expect(body.quota.usedToday).toBe(203);

    const trailCreator = (
      await as({ method: "GET", url: `/api/v1/creators/${body.channels[0].creatorId}` })
    ).json();
    expect(trailCreator).toMatchObject({ name: "Trail Tales" });
    expect(trailCreator.accounts[0]).toMatchObject({
      platform: "youtube",
      handle: "trailtales",
      followers: 1_530_000,
      country: "US",
      postsCount: 412,
      bio: "Hiking the Pacific Crest Trail",
      profileUrl: "https://www.youtube.com/@trailtales",
    });
    const inList = (await as({ method: "GET", url: `/api/v1/creator-lists/${list.id}` })).json();
    expect(inList.items.map((i: { creator: { name: string } }) => i.creator.name).sort()).toEqual([
      "Peak Pals",
      "Trail Tales",
    ]);
    // The new accounts are queued for enrichment (their latest videos give engagement rates).
    const enrich = await test.database.db
      .selectFrom("jobs")
      .select("payload")
      .where("kind", "=", "connectors.enrich")
      .execute();
    expect(enrich).toHaveLength(2);
    const audit = await test.database.db
      .selectFrom("audit_events")
      .select("details")
      .where("action", "=", "creator.added_from_youtube")
      .executeTakeFirstOrThrow();
    expect(String(audit.details)).toContain("youtube-search");

    // A search now marks them as in the database; adding again creates nothing.
    const again = (await search("q=hiking&regionCode=US")).json();
    expect(again.items.find((c: { channelId: string }) => c.channelId === trail).creatorId).toBe(
      body.channels[0].creatorId,
    );
    const twice = (
      await as({
        method: "POST",
        url: "/api/v1/connectors/youtube/channels",
        payload: { channelIds: [trail, peak] },
      })
    ).json();
    expect(twice).toMatchObject({ created: 0, existing: 2, list: null });
  });

  it("recognises a channel added by hand by its handle, and links it by channel id", async () => {
    const byHand = (
      await as({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ridge Runner",
          accounts: [{ platform: "youtube", handle: "@RidgeRuns", followers: 9_000 }],
        },
      })
    ).json();
    const found = (await search("q=trail running&regionCode=US")).json();
    expect(found.items.find((c: { channelId: string }) => c.channelId === ridge).creatorId).toBe(byHand.id);
    const added = (
      await as({
        method: "POST",
        url: "/api/v1/connectors/youtube/channels",
        payload: { channelIds: [ridge] },
      })
    ).json();
    expect(added.channels[0]).toMatchObject({ outcome: "existing", creatorId: byHand.id });
    // The channel id now leads to the creator even after the handle changes on YouTube.
    const channel = google.channels.find((c) => c.id === ridge);
    if (channel) channel.customUrl = "@ridgerunsofficial";
    const renamed = (await search("q=trail running&regionCode=US")).json();
    expect(renamed.items.find((c: { channelId: string }) => c.channelId === ridge).creatorId).toBe(byHand.id);
  });

  it("answers a country code YouTube refuses as a field error", async () => {
    const response = await search("q=hiking&regionCode=ZZ");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: "regionCode", message: "YouTube does not take this country code" },
    ]);
    const local = await search("q=hiking&regionCode=USA");
    expect(local.statusCode).toBe(400);
    expect(local.json().errors[0].field).toBe("regionCode");
    expect((await search("q=")).statusCode).toBe(400);
  });

  it("answers a used-up quota with 429 until midnight Pacific time, and backs the connector off", async () => {
    google.mode = "quotaExceeded";
    const before = (await quota()).usedToday;
    const response = await search("q=hiking");
    expect(response.statusCode).toBe(429);
    expect(response.json().detail).toContain("quota for today is used up");
    const retryAfter = Number(response.headers["retry-after"]);
    const midnight = nextPacificMidnight(new Date());
    expect(Math.abs(Date.now() + retryAfter * 1000 - midnight.getTime())).toBeLessThan(5_000);
    const connector = (await as({ method: "GET", url: "/api/v1/connectors" }))
      .json()
      .items.find((c: { platform: string }) => c.platform === "youtube");
    expect(connector).toMatchObject({ status: "rate_limited", backoffUntil: midnight.toISOString() });
    // Refused calls cost nothing.
    expect((await quota()).usedToday).toBe(before);
    const adding = await as({
      method: "POST",
      url: "/api/v1/connectors/youtube/channels",
      payload: { channelIds: [peak] },
    });
    expect(adding.statusCode).toBe(429);
    google.mode = "ok";
  });

  it("answers a key Google refuses with a plain 409, and a silent Google with 503", async () => {
    await saveKey("wrong-key");
    const bad = await search("q=hiking");
    expect(bad.statusCode).toBe(409);
    expect(bad.json().detail).toContain("is not valid");
    await saveKey("yt-key", as, "http://127.0.0.1:9");
    const down = await search("q=hiking");
    expect(down.statusCode).toBe(503);
    expect(down.json().detail).toContain("YouTube did not answer");
    await saveKey("yt-key");
  });

  it("keeps organisations apart: keys, quota tallies, lists and what is in the database", async () => {
    const other = await signUp(test.app, { organisationName: "Other Brand" });
    const asOther = asUser(test.app, other);
    expect((await search("q=hiking", asOther)).statusCode).toBe(409);
    expect((await quota(asOther)).usedToday).toBe(0);
    await saveKey("yt-key", asOther);
    const theirs = (await search("q=hiking&regionCode=US", asOther)).json();
    expect(theirs.items.every((c: { creatorId: string | null }) => c.creatorId === null)).toBe(true);
    expect(theirs.quota.usedToday).toBe(101);
    const ourList = (await as({ method: "GET", url: "/api/v1/creator-lists" })).json().items[0];
    const intoOurs = await asOther({
      method: "POST",
      url: "/api/v1/connectors/youtube/channels",
      payload: { channelIds: [trail], listId: ourList.id },
    });
    expect(intoOurs.statusCode).toBe(404);
    const own = (
      await asOther({
        method: "POST",
        url: "/api/v1/connectors/youtube/channels",
        payload: { channelIds: [trail] },
      })
    ).json();
    expect(own.created).toBe(1);
    expect((await quota()).usedToday).toBeGreaterThan(own.quota.usedToday);
  });

  it("refuses a search without a session", async () => {
    const response = await test.app.inject({ method: "GET", url: "/api/v1/connectors/youtube/search?q=x" });
    expect(response.statusCode).toBe(401);
  });
});
