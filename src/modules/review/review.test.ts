import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type Api,
  addCreator,
  addDeliverable,
  brandWithCampaign,
  portalSignIn,
  queuedSmtpUrl,
  sendPortalLink,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { listContentLibrary } from "./content-library.js";

const brief = {
  objective: "Launch the summer serum",
  keyMessages: ["Light, fast-absorbing"],
  donts: ["Do not promise medical results"],
  requiredHashtags: ["GlowSummer"],
  requiredMentions: ["@glowco"],
  forbiddenTerms: ["cures acne"],
  jurisdiction: "us",
};

const failingCaption = "Loving my new serum, it cures acne! #GlowSummer @glowco";
const fixedCaption = "#ad Loving my new serum from Glow, my skin feels great. #GlowSummer @glowco";

describeEachDatabase("briefs and content review", (dialect) => {
  let t: TestApp;
  let api: Api;
  let owner: Api;
  let campaignId: string;
  let creatorId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl });
    ({ api, owner, campaignId } = await brandWithCampaign(t.app));
    creatorId = await addCreator(api, campaignId, "mira.glow");
    const saved = await api({ method: "PUT", url: `/api/v1/campaigns/${campaignId}/brief`, payload: brief });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it("versions the brief, lets a creator's override win, and says what changed", async () => {
    const second = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/brief`,
      payload: { ...brief, keyMessages: ["Light, fast-absorbing", "SPF 30"] },
    });
    expect(second.json().versions).toHaveLength(2);
    expect(second.json().changes).toEqual([
      { field: "keyMessages", before: ["Light, fast-absorbing"], after: ["Light, fast-absorbing", "SPF 30"] },
    ]);
    const override = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/brief`,
      payload: { discountCode: "MIRA15" },
    });
    expect(override.statusCode).toBe(200);
    expect(override.json().content).toMatchObject({
      discountCode: "MIRA15",
      requiredHashtags: ["GlowSummer"],
    });
    expect(override.json().changes).toEqual([{ field: "discountCode", before: "", after: "MIRA15" }]);
    const campaignBrief = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/brief` });
    expect(campaignBrief.json().content.discountCode).toBe("");
    const bad = await api({
      method: "PUT",
      url: `/api/v1/campaigns/${campaignId}/brief`,
      payload: { ...brief, requiredHashtags: ["two words"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("requiredHashtags.0");
  });

  it("blocks approval on a compliance error until the creator fixes it, and moves through the review states", async () => {
    const otherCreator = await addCreator(api, campaignId, "noor.reviews");
    const deliverableId = await addDeliverable(api, campaignId, otherCreator);
    const portal = await portalSignIn(
      t.app,
      await sendPortalLink(t.database.db, api, campaignId, otherCreator),
    );

    const early = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve" },
    });
    expect(early.statusCode).toBe(409);

    const first = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: {
        caption: failingCaption,
        media: [{ kind: "link", url: "https://drive.example.com/reel.mp4" }],
      },
    });
    expect(first.statusCode).toBe(201);
    const draft = first.json().latestDraft;
    expect(first.json().status).toBe("in_review");
    expect(draft.compliant).toBe(false);
    const rules = draft.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("disclosure.missing");
    const forbidden = draft.findings.find((f: { rule: string }) => f.rule === "brief.forbidden-term");
    expect(failingCaption.slice(forbidden.start, forbidden.end).toLowerCase()).toBe("cures acne");

    const blocked = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve" },
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().errors[0].field).toBe("overrideReason");

    const start = failingCaption.indexOf("cures acne");
    const comment = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/comments`,
      payload: { body: "We cannot claim this.", quote: { start, end: start + "cures acne".length } },
    });
    expect(comment.statusCode).toBe(201);
    expect(comment.json().timeline.at(-1)).toMatchObject({
      kind: "comment",
      author: "brand",
      quote: { start, text: "cures acne" },
    });
    const changes = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "request_changes", body: "Add #ad at the start and drop the claim." },
    });
    expect(changes.json().status).toBe("changes_requested");
    const approveWhileChanging = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve", overrideReason: "Legal said this is fine" },
    });
    expect(approveWhileChanging.statusCode).toBe(409);

    const seen = await portal({ method: "GET", url: `/api/portal/deliverables/${deliverableId}` });
    expect(seen.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "draft_submitted",
      "comment",
      "changes_requested",
    ]);
    const second = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: fixedCaption },
    });
    expect(second.json().latestDraft).toMatchObject({ version: 2, compliant: true, findings: [] });
    // C8: each version keeps the findings of its own check; version 1's are not carried into version 2.
    expect(second.json().drafts.map((d: { version: number }) => d.version)).toEqual([2, 1]);
    expect(second.json().drafts[1].findings.map((f: { rule: string }) => f.rule)).toEqual(rules);

    const approved = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve", body: "Looks great" },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe("approved");
    const noMoreDrafts = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: fixedCaption },
    });
    expect(noMoreDrafts.statusCode).toBe(409);

    const live = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/live`,
      payload: { url: "https://www.instagram.com/reel/GLOW123/", postedAt: "2026-11-20T18:00:00Z" },
    });
    expect(live.statusCode).toBe(201);
    expect(live.json()).toMatchObject({ status: "live", overdue: false });
    expect(live.json().timeline.at(-1)).toMatchObject({
      kind: "live_submitted",
      details: { compliant: true },
    });
    const pipeline = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` });
    const row = (pipeline.json().items as Array<{ creatorId: string; stage: string }>).find(
      (r) => r.creatorId === otherCreator,
    );
    expect(row?.stage).toBe("live");
    const posts = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/posts` });
    expect(posts.json().items.map((p: { url: string }) => p.url)).toContain(
      "https://www.instagram.com/reel/GLOW123/",
    );

    const library = await api({ method: "GET", url: `/api/v1/content-library?creatorId=${otherCreator}` });
    expect(library.json().items).toHaveLength(1);
    expect(library.json().items[0]).toMatchObject({
      status: "live",
      caption: fixedCaption,
      liveUrl: "https://www.instagram.com/reel/GLOW123/",
      usageRights: { durationDays: 90, paidAds: true, expiresAt: "2027-02-18T18:00:00.000Z" },
    });
    const otherPlatform = await api({ method: "GET", url: "/api/v1/content-library?platform=tiktok" });
    expect(otherPlatform.json().items).toHaveLength(0);
    const { organisation_id } = await t.database.db
      .selectFrom("campaigns")
      .select("organisation_id")
      .where("id", "=", campaignId)
      .executeTakeFirstOrThrow();
    const rightsOn = async (at: string) =>
      (
        await listContentLibrary(
          t.database.db,
          organisation_id,
          { creatorId: otherCreator },
          { limit: 50 },
          new Date(at),
        )
      ).items[0]?.usageRights?.state;
    expect(await rightsOn("2026-12-01T00:00:00Z")).toBe("active");
    expect(await rightsOn("2027-02-10T00:00:00Z")).toBe("expiring_soon");
    expect(await rightsOn("2027-02-19T00:00:00Z")).toBe("expired");
  });

  it("records a written override when approving a draft with a compliance error", async () => {
    const deliverableId = await addDeliverable(api, campaignId, creatorId);
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorId));
    await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: "New serum day #GlowSummer @glowco" },
    });
    const tooShort = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve", overrideReason: "ok" },
    });
    expect(tooShort.statusCode).toBe(400);
    const reason = "Disclosure is in the paid-partnership label set by the platform";
    const approved = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/decision`,
      payload: { decision: "approve", overrideReason: reason },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().timeline.at(-1)).toMatchObject({
      kind: "approved",
      details: { overrideReason: reason },
    });
    // The creator's override demands the discount code MIRA15, so the brief check fails too (C6).
    expect([...approved.json().timeline.at(-1).details.overriddenRules].sort()).toEqual([
      "brief.code-missing",
      "disclosure.missing",
    ]);
    const audit = await owner({ method: "GET", url: "/api/v1/audit-events" });
    expect(JSON.stringify(audit.json())).toContain(reason);

    const live = await api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/live`,
      payload: {
        url: "https://www.instagram.com/reel/MIRA1/",
        postedAt: "2026-11-21T10:00:00Z",
        caption: "New serum day #GlowSummer @glowco MIRA15",
      },
    });
    expect(live.statusCode).toBe(201);
    expect(live.json().timeline.at(-1)).toMatchObject({
      kind: "live_submitted",
      author: "brand",
      details: { compliant: false },
    });
  });

  it("flags overdue deliverables on the campaign board", async () => {
    const overdueId = await addDeliverable(api, campaignId, creatorId, "2020-01-01");
    const board = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/deliverables` });
    const items = board.json().items as Array<{ id: string; overdue: boolean; status: string }>;
    expect(items.find((d) => d.id === overdueId)).toMatchObject({ overdue: true, status: "awaiting_draft" });
  });

  it("answers 404 for another organisation's deliverables, briefs and content", async () => {
    const deliverableId = await addDeliverable(api, campaignId, creatorId);
    const other = await brandWithCampaign(t.app, "Rival");
    for (const [method, url] of [
      ["GET", `/api/v1/deliverables/${deliverableId}`],
      ["GET", `/api/v1/campaigns/${campaignId}/brief`],
      ["GET", `/api/v1/campaigns/${campaignId}/deliverables`],
      ["POST", `/api/v1/campaigns/${campaignId}/creators/${creatorId}/portal-link`],
    ] as const) {
      const response = await other.api({ method, url });
      expect(response.statusCode, url).toBe(404);
    }
    const comment = await other.api({
      method: "POST",
      url: `/api/v1/deliverables/${deliverableId}/comments`,
      payload: { body: "hello" },
    });
    expect(comment.statusCode).toBe(404);
    const library = await other.api({ method: "GET", url: "/api/v1/content-library" });
    expect(library.json().items).toHaveLength(0);
  });

  it("documents the review, brief and portal endpoints in the OpenAPI document", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const path of [
      "/api/v1/campaigns/{campaignId}/brief",
      "/api/v1/deliverables/{deliverableId}/decision",
      "/api/v1/content-library",
      "/api/portal/deliverables/{deliverableId}/drafts",
      "/api/portal/media",
    ])
      expect(paths).toContain(path);
  });
});
