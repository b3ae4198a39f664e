import { afterAll, beforeAll, expect, it } from "vitest";
import { recordSignedDocument } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";
import { parseCount } from "./import-post-metrics.js";

const terms = {
  collaborationType: "sponsored_post",
  deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-12-10" }],
  usageRights: { channels: ["organic"], durationDays: 90, paidAds: true, whitelisting: true },
  compensation: { model: "flat_fee", amount: 80_000, schedule: [{ trigger: "on_live", share: 1 }] },
};

describeEachDatabase("live posts and post metrics", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;
  let signedCreatorId: string;
  let shortlistedCreatorId: string;

  async function addCreator(handle: string): Promise<string> {
    const created = await api({
      method: "POST",
      url: "/api/v1/creators",
      payload: { name: handle, accounts: [{ platform: "instagram", handle, followers: 40_000 }] },
    });
    const id = created.json().id as string;
    const added = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators`,
      payload: { creatorId: id },
    });
    expect(added.statusCode).toBe(201);
    return id;
  }

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const campaign = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Winter Reels",
        goal: "awareness",
        startDate: "2026-11-01",
        endDate: "2027-01-31",
        currency: "EUR",
      },
    });
    campaignId = campaign.json().id;
    signedCreatorId = await addCreator("signed.creator");
    shortlistedCreatorId = await addCreator("shortlisted.creator");
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${signedCreatorId}/offers`,
      payload: { terms },
    });
    expect(offer.statusCode).toBe(201);
    const contract = await recordSignedDocument(api, offer.json().id);
    expect(contract.statusCode).toBe(201);
  });
  afterAll(async () => t.close());

  it("records a live post with paid amplification and moves the creator to live", async () => {
    const response = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: signedCreatorId,
        platform: "instagram",
        format: "reel",
        url: "http://www.instagram.com/reel/ABC123/#comments",
        postedAt: "2026-11-20T18:00:00Z",
        caption: "#ad Winter is here",
        amplifications: [
          { kind: "whitelisting", spend: 25_000, startDate: "2026-11-21", endDate: "2026-11-28" },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      url: "https://www.instagram.com/reel/ABC123/",
      paidSpend: 25_000,
      latestMetrics: null,
    });
    const creators = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` });
    const row = (creators.json().items as Array<{ creatorId: string; stage: string }>).find(
      (r) => r.creatorId === signedCreatorId,
    );
    expect(row?.stage).toBe("live");
    expect(response.json().compliance).toEqual({ compliant: true, findings: expect.any(Array) });
    const undisclosed = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: signedCreatorId,
        platform: "instagram",
        format: "story",
        url: "https://www.instagram.com/stories/signed.creator/1/",
        postedAt: "2026-11-21T18:00:00Z",
        caption: "Loving this jacket on the trail",
      },
    });
    expect(undisclosed.statusCode).toBe(201);
    expect(undisclosed.json().compliance.compliant).toBe(false);
    expect(undisclosed.json().compliance.findings.map((f: { rule: string }) => f.rule)).toContain(
      "disclosure.missing",
    );
    const again = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: signedCreatorId,
        platform: "instagram",
        format: "reel",
        url: "https://www.instagram.com/reel/ABC123/",
        postedAt: "2026-11-20T18:00:00Z",
      },
    });
    expect(again.statusCode).toBe(409);
  });

  it("refuses a post from a creator without signed terms, and a link to another site", async () => {
    const unsigned = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: shortlistedCreatorId,
        platform: "instagram",
        format: "post",
        url: "https://instagram.com/p/X",
        postedAt: "2026-11-20T18:00:00Z",
      },
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().errors[0].field).toBe("creatorId");
    const offSite = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: signedCreatorId,
        platform: "instagram",
        format: "post",
        url: "https://evil.example/instagram.com/p/X",
        postedAt: "2026-11-20T18:00:00Z",
      },
    });
    expect(offSite.statusCode).toBe(400);
    expect(offSite.json().errors[0].field).toBe("url");
    const script = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId: signedCreatorId,
        platform: "instagram",
        format: "post",
        url: "javascript:alert(1)",
        postedAt: "2026-11-20T18:00:00Z",
      },
    });
    expect(script.statusCode).toBe(400);
  });

  it("keeps every metric snapshot; the latest counts and unknown stays unknown", async () => {
    const post = (
      (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` })).json().items as Array<{
        id: string;
        url: string;
      }>
    ).find((p) => p.url.includes("ABC123"));
    const first = await api({
      method: "POST",
      url: `/api/v1/posts/${post?.id}/metrics`,
      payload: {
        capturedAt: "2026-11-21T09:00:00Z",
        impressions: 10_000,
        reach: 8_000,
        likes: 400,
        comments: 20,
      },
    });
    expect(first.statusCode).toBe(201);
    await api({
      method: "POST",
      url: `/api/v1/posts/${post?.id}/metrics`,
      payload: {
        capturedAt: "2026-11-23T09:00:00Z",
        impressions: 18_000,
        reach: 13_500,
        likes: 700,
        comments: 31,
        saves: 55,
      },
    });
    const listed = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` }))
      .json()
      .items.find((p: { url: string }) => p.url.includes("ABC123"));
    expect(listed.latestMetrics).toMatchObject({
      impressions: 18_000,
      reach: 13_500,
      likes: 700,
      saves: 55,
      shares: null,
      views: null,
      source: "manual",
    });
    const history = (await api({ method: "GET", url: `/api/v1/posts/${post?.id}/metrics` })).json()
      .items as Array<{ impressions: number }>;
    expect(history.map((h) => h.impressions)).toEqual([10_000, 18_000]);

    const early = await api({
      method: "POST",
      url: `/api/v1/posts/${post?.id}/metrics`,
      payload: { capturedAt: "2026-11-19T09:00:00Z", likes: 1 },
    });
    expect(early.json().errors[0].field).toBe("capturedAt");
    const negative = await api({
      method: "POST",
      url: `/api/v1/posts/${post?.id}/metrics`,
      payload: { likes: -3 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors[0].field).toBe("likes");
  });

  it("imports snapshots from CSV, reporting bad rows by line and field", async () => {
    const csv = [
      "\uFEFFPost URL,Date,Impressions,Reach,Likes,Link clicks",
      'https://www.instagram.com/reel/ABC123/,2026-11-24T08:00:00Z,"21,500",15.2K,812,140',
      "https://www.instagram.com/reel/UNKNOWN/,2026-11-24T08:00:00Z,1,1,1,1",
      "https://www.instagram.com/reel/ABC123/,2026-11-24T08:30:00Z,lots,1,1,1",
    ].join("\n");
    const response = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/post-metrics/import`,
      headers: { "content-type": "text/csv" },
      payload: csv,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      imported: 1,
      rejected: [
        { line: 3, field: "url", message: "no recorded post of this campaign has this URL" },
        { line: 4, field: "impressions", message: '"lots" is not a count' },
      ],
    });
    const latest = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` }))
      .json()
      .items.find((p: { url: string }) => p.url.includes("ABC123")).latestMetrics;
    expect(latest).toMatchObject({
      impressions: 21_500,
      reach: 15_200,
      likes: 812,
      linkClicks: 140,
      source: "csv",
    });
  });

  it("answers 404 for another organisation's campaign and posts", async () => {
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const [post] = (await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` })).json()
      .items as Array<{ id: string }>;
    expect((await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` })).statusCode).toBe(
      404,
    );
    expect((await other({ method: "GET", url: `/api/v1/posts/${post?.id}/metrics` })).statusCode).toBe(404);
    expect(
      (await other({ method: "POST", url: `/api/v1/posts/${post?.id}/metrics`, payload: { likes: 1 } }))
        .statusCode,
    ).toBe(404);
  });
});

it("reads counts the way exports write them", () => {
  expect(parseCount("12,345")).toBe(12_345);
  expect(parseCount("12.5K")).toBe(12_500);
  expect(parseCount("1.2M")).toBe(1_200_000);
  expect(parseCount("")).toBeNull();
  expect(parseCount("n/a")).toBeNull();
  expect(parseCount("-4")).toBeNaN();
});
