import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type Api,
  brandWithCampaign,
  recordSignedDocument,
  sponsoredTerms,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, signUp } from "../../test-support/http.js";
import { instagramShortcode, youtubeVideoId } from "../posts/platform-post-ids.js";
import { refusedMetrics } from "./instagram-client.js";

const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { "content-type": "application/json; charset=UTF-8" }).end(JSON.stringify(body));

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
/** Graph API timestamps: 2026-11-20T10:00:00+0000. */
const graphTimestamp = (iso: string) => iso.replace(/\.\d{3}Z$/, "+0000");

/** 51 YouTube videos, so one refresh needs two videos.list calls; the first hides its like count. */
const videoIds = Array.from({ length: 51 }, (_, i) => `vid${String(i).padStart(8, "0")}`);
const videoUrl = (id: string, i: number) =>
  [`https://www.youtube.com/watch?v=${id}`, `https://youtu.be/${id}`, `https://www.youtube.com/shorts/${id}`][
    i % 3
  ];

interface PlatformState {
  /** Added to every view count, to tell one fetch from the next. */
  viewBonus: number;
  quotaExceeded: boolean;
  youtubeComments: Array<{ id: string; text: string; publishedAt: string }>;
  instagramComments: Array<{ id: string; text: string; timestamp: string }>;
}

/** The platforms' APIs as their documentation shows them, on a local port. */
async function startPlatformServer(state: PlatformState) {
  const requests: URL[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url);
    const path = url.pathname;
    if (path.startsWith("/youtube/v3/")) {
      if (url.searchParams.get("key") !== "yt-key")
        return json(response, 400, {
          error: { code: 400, message: "API key not valid.", errors: [{ reason: "keyInvalid" }] },
        });
      if (state.quotaExceeded)
        return json(response, 403, {
          error: {
            code: 403,
            message: "The request cannot be completed because you have exceeded your quota.",
            errors: [{ message: "quota", domain: "youtube.quota", reason: "quotaExceeded" }],
          },
        });
      if (path === "/youtube/v3/channels")
        return json(response, 200, {
          items: [{ id: "UC1", snippet: {}, statistics: { subscriberCount: "900000" } }],
        });
      if (path === "/youtube/v3/videos") {
        const ids = (url.searchParams.get("id") ?? "").split(",");
        return json(response, 200, {
          kind: "youtube#videoListResponse",
          items: ids
            .filter((id) => videoIds.includes(id))
            .map((id, i) => ({
              kind: "youtube#video",
              id,
              statistics: {
                viewCount: String(10_000 + videoIds.indexOf(id) + state.viewBonus),
                ...(id === videoIds[0] ? {} : { likeCount: "1200" }),
                favoriteCount: "0",
                commentCount: id === videoIds[0] ? String(state.youtubeComments.length) : "0",
              },
              etag: `e${i}`,
            })),
        });
      }
      if (path === "/youtube/v3/commentThreads")
        return json(response, 200, {
          kind: "youtube#commentThreadListResponse",
          items: state.youtubeComments.map((c) => ({
            kind: "youtube#commentThread",
            id: c.id,
            snippet: {
              videoId: url.searchParams.get("videoId"),
              topLevelComment: {
                kind: "youtube#comment",
                id: c.id,
                snippet: {
                  textDisplay: c.text,
                  textOriginal: c.text,
                  publishedAt: c.publishedAt,
                  likeCount: 2,
                },
              },
              totalReplyCount: 0,
            },
          })),
        });
    }
    if (url.searchParams.get("access_token") !== "ig-token")
      return json(response, 400, {
        error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 },
      });
    if (path === "/v21.0/17841400000000000")
      return json(response, 200, {
        business_discovery: {
          id: "17841400000000042",
          username: "reel.maker",
          followers_count: 52_000,
          media: { data: [] },
        },
        id: "17841400000000000",
      });
    if (path === "/v21.0/17841400000000042/media") {
      if (!url.searchParams.get("after"))
        return json(response, 200, {
          data: [
            {
              id: "m-new",
              permalink: "https://www.instagram.com/p/NEWER1/",
              timestamp: graphTimestamp(daysAgo(1)),
            },
            {
              id: "m-reel",
              permalink: "https://www.instagram.com/reel/REEL123/",
              timestamp: graphTimestamp(daysAgo(3)),
            },
          ],
          paging: { cursors: { before: "b1", after: "a1" }, next: "https://graph.facebook.com/next-page" },
        });
      return json(response, 200, {
        data: [
          {
            id: "m-post",
            permalink: "https://www.instagram.com/p/POST456/",
            timestamp: graphTimestamp(daysAgo(5)),
          },
        ],
        paging: { cursors: { before: "b2", after: "a2" } },
      });
    }
    const insights = /^\/v21\.0\/(m-[a-z]+)\/insights$/.exec(path);
    if (insights) {
      const metrics = (url.searchParams.get("metric") ?? "").split(",");
      // The reel answers as Meta does for a metric it has retired for the media.
      if (insights[1] === "m-reel" && metrics.includes("views"))
        return json(response, 400, {
          error: {
            message:
              "(#100) Starting from version v22.0 and above, the views metric is no longer supported for this media.",
            type: "OAuthException",
            code: 100,
            fbtrace_id: "A1",
          },
        });
      const values: Record<string, number> = {
        reach: 8_000,
        views: 12_000,
        likes: 640,
        comments: 2,
        saved: 35,
      };
      // shares is asked for but left out of the answer: unknown, not zero.
      return json(response, 200, {
        data: metrics
          .filter((m) => m in values)
          .map((name) => ({
            name,
            period: "lifetime",
            values: [{ value: values[name] }],
            title: name,
            id: `${insights[1]}/insights/${name}/lifetime`,
          })),
      });
    }
    if (/^\/v21\.0\/m-[a-z]+\/comments$/.test(path))
      return json(response, 200, { data: state.instagramComments });
    json(response, 404, { error: { message: "Unknown path", code: 803 } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}`, requests };
}

describe("platform post ids", () => {
  it("reads YouTube video ids and Instagram shortcodes from post URLs", () => {
    expect(youtubeVideoId("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://youtu.be/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://www.youtube.com/shorts/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://www.youtube.com/@benkitchen")).toBeNull();
    expect(instagramShortcode("https://www.instagram.com/reel/REEL123/?igsh=x")).toBe("REEL123");
    expect(instagramShortcode("https://www.instagram.com/stories/someone/1/")).toBeNull();
  });

  it("recognises the metrics a Graph API error refuses", () => {
    expect(
      refusedMetrics(
        "(#100) Starting from version v22.0 and above, the impressions metric is no longer supported for media created after July 2, 2024.",
        ["impressions", "reach"],
      ),
    ).toEqual(["impressions"]);
    expect(
      refusedMetrics("(#100) metric[0] must be one of the following values: reach, likes", [
        "plays",
        "reach",
      ]),
    ).toEqual(["plays"]);
    expect(refusedMetrics("(#100) Invalid parameter", ["reach"])).toEqual([]);
  });
});

describeEachDatabase("post-metric connectors and comment sentiment", (dialect) => {
  let test: TestApp;
  let api: Api;
  let campaignId: string;
  let platform: Awaited<ReturnType<typeof startPlatformServer>>;
  let youtuber: string;
  const youtubePosts: string[] = [];
  let oldPost: string;
  const instagramPosts: Record<string, string> = {};
  const state: PlatformState = {
    viewBonus: 0,
    quotaExceeded: false,
    youtubeComments: [],
    instagramComments: [],
  };

  async function signedCreator(name: string, account: { platform: string; handle: string }) {
    const created = await api({
      method: "POST",
      url: "/api/v1/creators",
      payload: { name, accounts: [{ ...account, followers: 50_000 }] },
    });
    const creatorId = created.json().id as string;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
      payload: { terms: sponsoredTerms },
    });
    const contract = await recordSignedDocument(api, offer.json().id);
    expect(contract.statusCode, contract.body).toBe(201);
    return creatorId;
  }

  async function livePost(creatorId: string, postPlatform: string, url: string, postedAt: string) {
    const response = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: { creatorId, platform: postPlatform, format: "video", url, postedAt },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  const history = async (postId: string) =>
    (await api({ method: "GET", url: `/api/v1/posts/${postId}/metrics` })).json().items as Array<
      Record<string, unknown>
    >;
  const connector = async (name: string) =>
    (await api({ method: "GET", url: "/api/v1/connectors" }))
      .json()
      .items.find((c: { platform: string }) => c.platform === name);
  async function drain() {
    while ((await test.app.amplio.jobs.runDue()) > 0);
  }
  const requestsTo = (path: string, from = 0) =>
    platform.requests.slice(from).filter((u) => u.pathname.endsWith(path));

  beforeAll(async () => {
    test = await openTestApp(dialect);
    platform = await startPlatformServer(state);
    const brand = await brandWithCampaign(test.app, "Kitchen");
    api = brand.api;
    campaignId = brand.campaignId;
    youtuber = await signedCreator("Ben Kitchen", { platform: "youtube", handle: "benkitchen" });
    for (const [i, id] of videoIds.entries())
      youtubePosts.push(
        await livePost(youtuber, "youtube", videoUrl(id, i) as string, daysAgo(i === 50 ? 40 : 2)),
      );
    oldPost = youtubePosts[50] as string;
    for (const [platformName, body] of [
      ["youtube", { apiKey: "yt-key", baseUrl: platform.baseUrl }],
      [
        "instagram",
        { accessToken: "ig-token", businessAccountId: "17841400000000000", baseUrl: platform.baseUrl },
      ],
    ] as const) {
      const saved = await brand.owner({
        method: "PUT",
        url: `/api/v1/connectors/${platformName}`,
        payload: body,
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
  });
  afterAll(async () => {
    vi.useRealTimers();
    await test.close();
    platform.server.close();
  });

  it("records YouTube statistics on the schedule: string counts, hidden likes unknown, 50 ids per call", async () => {
    state.youtubeComments = [
      { id: "yc1", text: "I love this recipe, absolutely amazing!", publishedAt: "2026-11-27T09:00:00Z" },
      {
        id: "yc2",
        text: "This was terrible and boring, awful sponsor.",
        publishedAt: "2026-11-27T12:00:00Z",
      },
      { id: "yc3", text: "Watching from Leeds", publishedAt: "2026-11-28T08:00:00Z" },
    ];
    await drain();
    const calls = requestsTo("/youtube/v3/videos").map(
      (u) => (u.searchParams.get("id") ?? "").split(",").length,
    );
    expect(calls).toEqual([50, 1]);
    expect(requestsTo("/youtube/v3/videos").every((u) => u.searchParams.get("part") === "statistics")).toBe(
      true,
    );
    const [hidden] = await history(youtubePosts[0] as string);
    expect(hidden).toMatchObject({ source: "youtube", views: 10_000, likes: null, comments: 3, reach: null });
    const [shown] = await history(youtubePosts[7] as string);
    expect(shown).toMatchObject({
      source: "youtube",
      views: 10_007,
      likes: 1_200,
      comments: 0,
      shares: null,
    });
    // Comments are fetched only where the video has some.
    expect(requestsTo("/youtube/v3/commentThreads").map((u) => u.searchParams.get("videoId"))).toEqual([
      videoIds[0],
    ]);
    expect((await connector("youtube")).status).toBe("ok");
  });

  it("fetches each due post once: nothing again within the interval, young posts after 6 hours, old ones daily", async () => {
    const before = requestsTo("/youtube/v3/videos").length;
    // The next scheduled run, an hour later: nothing is due yet.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61 * 60_000);
    await drain();
    expect(requestsTo("/youtube/v3/videos").length).toBe(before);
    expect(await history(youtubePosts[3] as string)).toHaveLength(1);

    // Seven hours on: the 50 young posts are due again, the 40-day-old one is not.
    state.viewBonus = 500;
    vi.setSystemTime(Date.now() + 6 * 3_600_000);
    await drain();
    vi.useRealTimers();
    expect(requestsTo("/youtube/v3/videos").length).toBe(before + 1);
    expect(await history(youtubePosts[3] as string)).toHaveLength(2);
    expect(await history(oldPost)).toHaveLength(1);

    // The latest snapshot is what the posts list and the report read.
    const posts = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` })).json().items;
    expect(posts.find((p: { id: string }) => p.id === youtubePosts[3]).latestMetrics.views).toBe(10_503);
    const report = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report` })).json();
    const expected = videoIds.reduce((sum, _id, i) => sum + 10_000 + i + (i === 50 ? 0 : 500), 0);
    expect(report.byCreator.find((r: { creatorId: string }) => r.creatorId === youtuber).views).toBe(
      expected,
    );
  });

  it("records Instagram insights: a retired metric is dropped and retried, missing metrics stay unknown", async () => {
    const maker = await signedCreator("Rita Reels", { platform: "instagram", handle: "reel.maker" });
    instagramPosts.reel = await livePost(
      maker,
      "instagram",
      "https://www.instagram.com/reel/REEL123/?igsh=abc",
      daysAgo(3),
    );
    instagramPosts.post = await livePost(
      maker,
      "instagram",
      "https://www.instagram.com/p/POST456/",
      daysAgo(5),
    );
    instagramPosts.story = await livePost(
      maker,
      "instagram",
      "https://www.instagram.com/stories/reel.maker/9/",
      daysAgo(1),
    );
    state.instagramComments = [
      { id: "ic1", text: "Wow, this is fantastic! Best reel ever 😍", timestamp: "2026-11-28T10:00:00+0000" },
      { id: "ic2", text: "Horrible, hate these ads", timestamp: "2026-11-28T11:00:00+0000" },
    ];
    const from = platform.requests.length;
    const queued = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts/refresh-metrics`,
    });
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json().queued).toBe(54);
    await drain();

    const reelInsights = requestsTo("/m-reel/insights", from).map((u) => u.searchParams.get("metric"));
    expect(reelInsights).toEqual([
      "reach,views,likes,comments,shares,saved",
      "reach,likes,comments,shares,saved",
    ]);
    const [reel] = await history(instagramPosts.reel);
    expect(reel).toMatchObject({
      source: "instagram",
      reach: 8_000,
      views: null,
      likes: 640,
      comments: 2,
      shares: null,
      saves: 35,
      impressions: null,
    });
    const [post] = await history(instagramPosts.post);
    expect(post).toMatchObject({ reach: 8_000, views: 12_000, shares: null });
    // A story link names no media to look up: noted on the status, nothing recorded.
    expect(await history(instagramPosts.story)).toHaveLength(0);
    const status = await connector("instagram");
    expect(status.status).toBe("ok");
    expect(status.statusDetail).toContain("stories cannot be looked up");

    // The media ids are kept: the next fetch goes straight to the insights.
    const again = platform.requests.length;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/posts/refresh-metrics` });
    await drain();
    expect(requestsTo("/media", again)).toHaveLength(0);
    expect(await history(instagramPosts.reel)).toHaveLength(2);
  });

  it("scores comments, keeps each once, and sums them per day and per post with examples", async () => {
    state.youtubeComments.push({
      id: "yc4",
      text: "Great video, thanks!",
      publishedAt: "2026-11-29T08:00:00Z",
    });
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/posts/refresh-metrics` });
    await drain();
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/sentiment` });
    expect(response.statusCode, response.body).toBe(200);
    const sentiment = response.json();
    // 4 YouTube comments and 2 Instagram ones on each of two posts, fetched again and again: stored once each.
    expect(sentiment.totals).toMatchObject({ comments: 8, positive: 4, neutral: 1, negative: 3 });
    expect(sentiment.byDay.map((d: { day: string; comments: number }) => [d.day, d.comments])).toEqual([
      ["2026-11-27", 2],
      ["2026-11-28", 5],
      ["2026-11-29", 1],
    ]);
    const firstDay = sentiment.byDay[0];
    expect(firstDay).toMatchObject({ positive: 1, negative: 1, neutral: 0 });
    expect(firstDay.meanCompound).toBeCloseTo(
      (sentiment.examples.positive.find((e: { commentId: string; text: string }) =>
        e.text.startsWith("I love"),
      ).compound +
        sentiment.examples.negative.find((e: { text: string }) => e.text.startsWith("This was terrible"))
          .compound) /
        2,
    );
    const youtubeRow = sentiment.byPost.find((p: { postId: string }) => p.postId === youtubePosts[0]);
    expect(youtubeRow).toMatchObject({ platform: "youtube", creatorId: youtuber, comments: 4, positive: 2 });
    expect(sentiment.examples.positive).toHaveLength(3);
    // Three negative comments but two texts (one is under both Instagram posts): examples show each text once.
    expect(sentiment.examples.negative.map((e: { text: string }) => e.text).sort()).toEqual([
      "Horrible, hate these ads",
      "This was terrible and boring, awful sponsor.",
    ]);
    const compounds = sentiment.examples.positive.map((e: { compound: number }) => e.compound);
    expect(compounds).toEqual([...compounds].sort((a, b) => b - a));
    expect(sentiment.examples.negative[0]).toMatchObject({
      creatorName: expect.any(String),
      postUrl: expect.any(String),
    });
    expect(sentiment.examples.negative.every((e: { compound: number }) => e.compound <= -0.05)).toBe(true);
  });

  it("backs off on a YouTube quota error, shows it and writes no snapshot", async () => {
    state.quotaExceeded = true;
    const before = await history(youtubePosts[1] as string);
    const queued = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts/refresh-metrics`,
    });
    expect(queued.statusCode).toBe(202);
    await drain();
    const status = await connector("youtube");
    expect(status.status).toBe("rate_limited");
    expect(status.statusDetail).toContain("exceeded your quota");
    expect(Date.parse(status.backoffUntil)).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(await history(youtubePosts[1] as string)).toHaveLength(before.length);
    // While the backoff lasts a new request calls nothing: it waits for the backoff to end.
    const calls = platform.requests.length;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/posts/refresh-metrics` });
    await drain();
    expect(requestsTo("/youtube/v3/videos", calls)).toHaveLength(0);
    state.quotaExceeded = false;
  });

  it("answers 404 for another organisation's campaign", async () => {
    const stranger = asUser(test.app, await signUp(test.app, { organisationName: "Stranger" }));
    expect(
      (await stranger({ method: "GET", url: `/api/v1/campaigns/${campaignId}/sentiment` })).statusCode,
    ).toBe(404);
    expect(
      (await stranger({ method: "POST", url: `/api/v1/campaigns/${campaignId}/posts/refresh-metrics` }))
        .statusCode,
    ).toBe(404);
  });
});
