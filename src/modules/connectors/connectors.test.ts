import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, type SignedInUser, signUp } from "../../test-support/http.js";
import { isSponsoredCaption, mentionedBrands } from "./sponsored-caption.js";

type Handler = (url: URL, response: ServerResponse) => void;

/** A stand-in for the platforms' APIs, answering with the shapes their documentation gives. */
async function startPlatformServer(): Promise<{
  server: Server;
  baseUrl: string;
  requests: URL[];
  use(handler: Handler): void;
}> {
  const requests: URL[] = [];
  let handler: Handler = (_url, response) => response.writeHead(500).end();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url);
    handler(url, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}`, requests, use: (h) => (handler = h) };
}

const json = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  response
    .writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers })
    .end(JSON.stringify(body));

const recent = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** YouTube Data API v3: counts as strings; a hidden like count is simply absent. */
const youtube: Handler = (url, response) => {
  if (url.searchParams.get("key") !== "yt-key")
    return json(response, 400, {
      error: { code: 400, message: "API key not valid.", errors: [{ reason: "keyInvalid" }] },
    });
  if (url.pathname === "/youtube/v3/channels") {
    if (url.searchParams.get("forHandle") !== "@benkitchen")
      return json(response, 200, { kind: "youtube#channelListResponse", pageInfo: { totalResults: 0 } });
    return json(response, 200, {
      kind: "youtube#channelListResponse",
      items: [
        {
          kind: "youtube#channel",
          id: "UC123",
          snippet: { title: "Ben Kitchen", description: "Vegan recipes every week", country: "GB" },
          statistics: {
            viewCount: "98000000",
            subscriberCount: "1530000",
            hiddenSubscriberCount: false,
            videoCount: "412",
          },
          contentDetails: { relatedPlaylists: { uploads: "UU123" } },
        },
      ],
    });
  }
  if (url.pathname === "/youtube/v3/playlistItems")
    return json(response, 200, {
      items: ["v1", "v2", "v3", "v4"].map((videoId) => ({
        contentDetails: { videoId, videoPublishedAt: recent(2) },
      })),
    });
  if (url.pathname === "/youtube/v3/videos")
    return json(response, 200, {
      items: [
        {
          id: "v1",
          snippet: { publishedAt: recent(2), title: "Lentil stew" },
          statistics: { viewCount: "100000", likeCount: "4000", commentCount: "1000" },
        },
        {
          id: "v2",
          snippet: {
            publishedAt: recent(5),
            title: "Tofu bowls",
            description: "Sponsored by Oatly. #ad @oatly",
          },
          statistics: { viewCount: "200000", likeCount: "9000", commentCount: "1000" },
        },
        {
          id: "v3",
          snippet: { publishedAt: recent(8), title: "Curry" },
          statistics: { viewCount: "50000", likeCount: "2000", commentCount: "500" },
        },
        {
          id: "v4",
          snippet: { publishedAt: recent(9), title: "Hidden likes" },
          statistics: { viewCount: "70000", commentCount: "300" },
        },
      ],
    });
  json(response, 404, { error: { code: 404, message: "Not found" } });
};

describe("sponsored captions (M5, compliance C2/C3/C5)", () => {
  it("recognises clear disclosures and the brands they name", () => {
    expect(isSponsoredCaption("New tent! #ad @summitgear")).toBe(true);
    expect(isSponsoredCaption("Paid partnership with Summit Gear")).toBe(true);
    expect(isSponsoredCaption("Werbung: mein neuer Rucksack")).toBe(true);
    expect(isSponsoredCaption("Adventure time in the Alps")).toBe(false);
    expect(mentionedBrands("Sponsored by Summit Gear, thanks @trailco.")).toEqual(["trailco", "Summit Gear"]);
  });
});

describeEachDatabase("platform connectors", (dialect) => {
  let test: TestApp;
  let owner: SignedInUser;
  let platform: Awaited<ReturnType<typeof startPlatformServer>>;
  let as: ReturnType<typeof asUser>;
  let ben: { id: string; accounts: Array<{ id: string; platform: string }> };

  beforeAll(async () => {
    test = await openTestApp(dialect);
    platform = await startPlatformServer();
    owner = await signUp(test.app, { organisationName: "Kitchen Brand" });
    as = asUser(test.app, owner);
    ben = (
      await as({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ben Kitchen",
          accounts: [
            { platform: "youtube", handle: "benkitchen", followers: 1_400_000 },
            { platform: "instagram", handle: "ben.kitchen", followers: 80_000 },
          ],
        },
      })
    ).json();
  });
  afterAll(async () => {
    await test.close();
    platform.server.close();
  });

  /** Runs jobs until none is due: a refresh queues enrichments that run on the next pass. */
  async function drain(now?: () => Date) {
    while ((await test.app.amplio.jobs.runDue(now)) > 0);
  }
  const accountOf = (name: string) => ben.accounts.find((a) => a.platform === name)?.id as string;
  const connector = async (name: string) =>
    (await as({ method: "GET", url: "/api/v1/connectors" }))
      .json()
      .items.find((c: { platform: string }) => c.platform === name);

  it("refuses to refresh before it is configured, and never shows the key back", async () => {
    expect((await connector("youtube")).status).toBe("not_configured");
    const early = await as({ method: "POST", url: "/api/v1/connectors/youtube/refresh", payload: {} });
    expect(early.statusCode).toBe(409);
    const saved = await as({
      method: "PUT",
      url: "/api/v1/connectors/youtube",
      payload: { apiKey: "yt-key", baseUrl: platform.baseUrl, refreshIntervalHours: 24 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain("yt-key");
    expect(saved.json()).toMatchObject({ configured: true, keyHint: "…-key", status: "idle" });
    const badUrl = await as({
      method: "PUT",
      url: "/api/v1/connectors/youtube",
      payload: { baseUrl: "ftp://x" },
    });
    expect(badUrl.statusCode).toBe(400);
  });

  it("enriches a YouTube channel on the scheduled refresh: string counts, hidden likes unknown, sponsored videos", async () => {
    platform.use(youtube);
    await drain();
    const profile = (await as({ method: "GET", url: `/api/v1/creators/${ben.id}/profile` })).json();
    const account = profile.accounts.find((a: { platform: string }) => a.platform === "youtube");
    expect(account.followers).toBe(1_530_000);
    expect(account.postsCount).toBe(412);
    expect(account.bio).toBe("Vegan recipes every week");
    expect(account.lastEnrichedAt).not.toBeNull();
    expect(account.followerHistory).toEqual([
      { takenOn: new Date().toISOString().slice(0, 10), followers: 1_530_000 },
    ]);
    const hidden = account.recentPosts.find((p: { externalId: string }) => p.externalId === "v4");
    expect(hidden).toMatchObject({ likes: null, engagements: null, views: 70_000 });
    // M2 ERV over the three videos with likes: 5000/100000, 10000/200000, 2500/50000 → median 0.05.
    expect(account.engagementRateViews).toBeCloseTo(0.05);
    expect(account.sponsoredShare).toBeCloseTo(1 / 4);
    expect(account.sponsoredBrands).toEqual(["oatly"]);
    expect((await connector("youtube")).status).toBe("ok");
    expect((await connector("youtube")).nextRefreshAt > new Date().toISOString()).toBe(true);
  });

  it("keeps the stored count when the channel hides its subscribers", async () => {
    platform.use((url, response) => {
      if (url.pathname === "/youtube/v3/channels")
        return json(response, 200, {
          items: [
            {
              id: "UC123",
              snippet: {},
              statistics: { viewCount: "1", hiddenSubscriberCount: true, videoCount: "412" },
            },
          ],
        });
      youtube(url, response);
    });
    await as({
      method: "POST",
      url: "/api/v1/connectors/youtube/refresh",
      payload: { accountIds: [accountOf("youtube")] },
    });
    await drain();
    const creator = (await as({ method: "GET", url: `/api/v1/creators/${ben.id}` })).json();
    expect(creator.accounts.find((a: { platform: string }) => a.platform === "youtube").followers).toBe(
      1_530_000,
    );
    expect((await connector("youtube")).statusDetail).toContain("follower count hidden");
  });

  it("backs off on a quota error, shows it, and retries after the backoff", async () => {
    platform.use((_url, response) =>
      json(
        response,
        403,
        {
          error: {
            code: 403,
            message: "The request cannot be completed because you have exceeded your quota.",
            errors: [{ reason: "quotaExceeded", domain: "youtube.quota" }],
          },
        },
        { "retry-after": "600" },
      ),
    );
    await as({
      method: "POST",
      url: "/api/v1/connectors/youtube/refresh",
      payload: { accountIds: [accountOf("youtube")] },
    });
    await drain();
    const limited = await connector("youtube");
    expect(limited.status).toBe("rate_limited");
    expect(limited.statusDetail).toContain("exceeded your quota");
    expect(Date.parse(limited.backoffUntil) - Date.now()).toBeGreaterThan(500_000);

    platform.use(youtube);
    const before = platform.requests.length;
    expect(await test.app.amplio.jobs.runDue()).toBe(0);
    // New refresh requests wait for the backoff too.
    await as({
      method: "POST",
      url: "/api/v1/connectors/youtube/refresh",
      payload: { accountIds: [accountOf("youtube")] },
    });
    expect(await test.app.amplio.jobs.runDue()).toBe(0);
    expect(platform.requests.length).toBe(before);
    await drain(() => new Date(Date.now() + 11 * 60_000));
    expect(platform.requests.length).toBeGreaterThan(before);
    expect((await connector("youtube")).status).toBe("ok");
  });

  it("enriches from Instagram business_discovery with hidden like counts unknown, and reports unknown accounts", async () => {
    const saved = await as({
      method: "PUT",
      url: "/api/v1/connectors/instagram",
      payload: {
        accessToken: "ig-token-abcd",
        businessAccountId: "17841400000000000",
        baseUrl: platform.baseUrl,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    platform.use((url, response) => {
      const fields = url.searchParams.get("fields") ?? "";
      if (
        !url.pathname.endsWith("/17841400000000000") ||
        url.searchParams.get("access_token") !== "ig-token-abcd"
      )
        return json(response, 400, {
          error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 },
        });
      if (!fields.includes("business_discovery.username(ben.kitchen)"))
        return json(response, 400, {
          error: { message: "Invalid user id", type: "OAuthException", code: 110, error_subcode: 2207013 },
        });
      json(response, 200, {
        business_discovery: {
          username: "ben.kitchen",
          biography: "Plant-based cooking",
          followers_count: 81_200,
          follows_count: 310,
          media_count: 920,
          media: {
            data: [
              {
                id: "m1",
                caption: "Dinner",
                like_count: 2_000,
                comments_count: 40,
                timestamp: "2026-11-20T10:00:00+0000",
              },
              {
                id: "m2",
                caption: "Paid partnership with Oatly #ad",
                comments_count: 55,
                timestamp: "2026-11-19T10:00:00+0000",
              },
            ],
          },
          id: "17841400000000001",
        },
        id: "17841400000000000",
      });
    });
    await drain();
    const profile = (await as({ method: "GET", url: `/api/v1/creators/${ben.id}/profile` })).json();
    const account = profile.accounts.find((a: { platform: string }) => a.platform === "instagram");
    expect(account).toMatchObject({
      followers: 81_200,
      following: 310,
      postsCount: 920,
      bio: "Plant-based cooking",
    });
    expect(account.recentPosts.find((p: { externalId: string }) => p.externalId === "m2")).toMatchObject({
      likes: null,
      engagements: null,
      sponsored: true,
      postedAt: "2026-11-19T10:00:00.000Z",
    });

    const other = (
      await as({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Ghost",
          accounts: [{ platform: "instagram", handle: "no.such.account", followers: 10 }],
        },
      })
    ).json();
    await as({
      method: "POST",
      url: "/api/v1/connectors/instagram/refresh",
      payload: { accountIds: [other.accounts[0].id] },
    });
    await drain();
    const status = await connector("instagram");
    expect(status.status).toBe("error");
    expect(status.statusDetail).toContain("@no.such.account: Instagram: Invalid user id (code 110)");
  });

  it("treats Graph API rate-limit codes as a backoff", async () => {
    platform.use((_url, response) =>
      json(response, 403, {
        error: { message: "(#4) Application request limit reached", type: "OAuthException", code: 4 },
      }),
    );
    await as({
      method: "POST",
      url: "/api/v1/connectors/instagram/refresh",
      payload: { accountIds: [accountOf("instagram")] },
    });
    await drain();
    const status = await connector("instagram");
    expect(status.status).toBe("rate_limited");
    expect(Date.parse(status.backoffUntil) - Date.now()).toBeGreaterThan(3_000_000);
  });

  it("answers 404 for another organisation's account", async () => {
    const stranger = await signUp(test.app, { organisationName: "Stranger" });
    const as2 = asUser(test.app, stranger);
    await as2({
      method: "PUT",
      url: "/api/v1/connectors/youtube",
      payload: { apiKey: "k", baseUrl: platform.baseUrl },
    });
    const response = await as2({
      method: "POST",
      url: "/api/v1/connectors/youtube/refresh",
      payload: { accountIds: [accountOf("youtube")] },
    });
    expect(response.statusCode).toBe(404);
  });
});
