import { createHash } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type Api,
  addCreator,
  addDeliverable,
  brandWithCampaign,
  portalSignIn,
  queuedSmtpUrl,
  recordSignedDocument,
  sendPortalLink,
  sponsoredTerms,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asUser, createInvite, signUp } from "../../test-support/http.js";
import { pdfText } from "../../test-support/pdf-text.js";
import { systemActor } from "../audit/actor.js";
import { canonicalJson } from "../contracts/terms-hash.js";
import { createLink } from "../tracking/create-link.js";
import { issueMagicLink, portalLinkShownAs } from "./magic-link.js";

// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

process.env.AMPLIO_MEDIA_DIR ??= await mkdtemp(path.join(tmpdir(), "amplio-media-"));

describeEachDatabase("creator portal", (dialect) => {
  let t: TestApp;
  let api: Api;
  let owner: Api;
  let campaignId: string;
  let creatorA: string;
  let creatorB: string;
  let organisationId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl });
    ({ api, owner, campaignId } = await brandWithCampaign(t.app));
    creatorA = await addCreator(api, campaignId, "ana.portal");
    creatorB = await addCreator(api, campaignId, "ben.portal");
    const row = await t.database.db
      .selectFrom("campaigns")
      .select("organisation_id")
      .executeTakeFirstOrThrow();
    organisationId = row.organisation_id;
  });
  afterAll(async () => t.close());

  it("signs a creator in once per link, stores only the token's hash, and refuses expired or revoked links", async () => {
    const token = await sendPortalLink(t.database.db, api, campaignId, creatorA);
    const linkAsCookie = await t.app.inject({
      method: "GET",
      url: "/api/portal/me",
      headers: { cookie: `amplio_portal=${token}` },
    });
    expect(linkAsCookie.statusCode).toBe(401);
    const stored = await t.database.db.selectFrom("portal_tokens").select("token_hash").execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    const portal = await portalSignIn(t.app, token);
    const me = await portal({ method: "GET", url: "/api/portal/me" });
    expect(me.json()).toMatchObject({ creatorId: creatorA, creatorName: "ana.portal Person" });
    const again = await t.app.inject({ method: "POST", url: "/api/portal/sign-in", payload: { token } });
    expect(again.statusCode).toBe(401);

    const ctx = { organisationId, actor: systemActor() };
    const env = { publicUrl: "http://amplio.test", smtpUrl: queuedSmtpUrl };
    await issueMagicLink(t.database.db, ctx, env, campaignId, creatorA, new Date(Date.now() - 2 * 3_600_000));
    const queued = await t.database.db.selectFrom("email_messages").select("delivery_text").execute();
    const expiredToken = queued
      .map((m) => m.delivery_text?.match(/#token=([\w-]+)/)?.[1])
      .filter((x): x is string => Boolean(x))
      .find((x) => x !== token);
    expect(expiredToken).toBeDefined();
    const expired = await t.app.inject({
      method: "POST",
      url: "/api/portal/sign-in",
      payload: { token: expiredToken },
    });
    expect(expired.statusCode).toBe(401);

    const unused = await sendPortalLink(t.database.db, api, campaignId, creatorA);
    const revoke = await api({ method: "DELETE", url: `/api/v1/creators/${creatorA}/portal-access` });
    expect(revoke.json().revoked).toBeGreaterThanOrEqual(2);
    const afterRevoke = await t.app.inject({
      method: "POST",
      url: "/api/portal/sign-in",
      payload: { token: unused },
    });
    expect(afterRevoke.statusCode).toBe(401);
    const sessionGone = await portal({ method: "GET", url: "/api/portal/me" });
    expect(sessionGone.statusCode).toBe(401);
  });

  it("limits how many links a creator is sent per hour", async () => {
    const creator = await addCreator(api, campaignId, "rate.limited");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creator}/portal-link`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it("keeps each creator to their own collaborations, deliverables and uploads", async () => {
    const deliverableB = await addDeliverable(api, campaignId, creatorB);
    const portalA = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorA));
    const portalB = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorB));

    for (const url of [`/api/portal/deliverables/${deliverableB}`]) {
      expect((await portalA({ method: "GET", url })).statusCode).toBe(404);
      expect((await portalB({ method: "GET", url })).statusCode).toBe(200);
    }
    const draft = await portalA({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableB}/drafts`,
      payload: { caption: "#ad hello" },
    });
    expect(draft.statusCode).toBe(404);

    const upload = await portalB({
      method: "POST",
      url: "/api/portal/media",
      payload: png,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(upload.statusCode).toBe(201);
    const mediaId = upload.json().id as string;
    expect(upload.json().contentType).toBe("image/png");
    expect((await portalA({ method: "GET", url: `/api/portal/media/${mediaId}` })).statusCode).toBe(404);
    const own = await portalB({ method: "GET", url: `/api/portal/media/${mediaId}` });
    expect(own.statusCode).toBe(200);
    expect(own.headers["content-type"]).toBe("image/png");
    expect(Buffer.compare(own.rawPayload, png)).toBe(0);
    const brand = await api({ method: "GET", url: `/api/v1/media/${mediaId}` });
    expect(brand.statusCode).toBe(200);
    const attachOthers = await portalA({
      method: "POST",
      url: `/api/portal/deliverables/${await addDeliverable(api, campaignId, creatorA)}/drafts`,
      payload: { caption: "#ad hi", media: [{ kind: "upload", mediaId }] },
    });
    expect(attachOthers.statusCode).toBe(400);
    expect(attachOthers.json().errors[0].field).toBe("media.0.mediaId");

    const rival = await brandWithCampaign(t.app, "Rival");
    expect((await rival.api({ method: "GET", url: `/api/v1/media/${mediaId}` })).statusCode).toBe(404);
    expect(
      (await portalA({ method: "GET", url: `/api/portal/campaigns/${rival.campaignId}` })).statusCode,
    ).toBe(404);
    const rivalCreator = await addCreator(rival.api, rival.campaignId, "rival.creator");
    const rivalDeliverable = await addDeliverable(rival.api, rival.campaignId, rivalCreator);
    expect(
      (await portalA({ method: "GET", url: `/api/portal/deliverables/${rivalDeliverable}` })).statusCode,
    ).toBe(404);
    const me = await portalA({ method: "GET", url: "/api/portal/me" });
    expect(me.json().collaborations.map((c: { campaignId: string }) => c.campaignId)).toEqual([campaignId]);
  });

  it("needs the CSRF header on writes and a session for every call", async () => {
    const deliverableId = await addDeliverable(api, campaignId, creatorA);
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorA));
    const noCsrf = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: "#ad hi" },
      headers: { "x-csrf-token": "wrong" },
    });
    expect(noCsrf.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: "GET", url: "/api/portal/me" });
    expect(anonymous.statusCode).toBe(401);
    const brandCookieOnly = await api({ method: "GET", url: "/api/portal/me" });
    expect(brandCookieOnly.statusCode).toBe(401);
    expect((await portal({ method: "POST", url: "/api/portal/sign-out" })).statusCode).toBe(204);
    expect((await portal({ method: "GET", url: "/api/portal/me" })).statusCode).toBe(401);
  });

  it("sniffs uploads, refuses what is not media or too large, and handles odd captions", async () => {
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creatorA));
    const text = await portal({
      method: "POST",
      url: "/api/portal/media",
      payload: Buffer.from("<script>alert(1)</script>"),
      headers: { "content-type": "image/png" },
    });
    expect(text.statusCode).toBe(415);
    // An ISO media file of a brand that is not MP4's is refused, not stored as video/mp4.
    const unknownBrand = await portal({
      method: "POST",
      url: "/api/portal/media",
      payload: Buffer.concat([Buffer.from("\0\0\0\x18ftypXYZW\0\0\0\0"), Buffer.alloc(64)]),
      headers: { "content-type": "video/mp4" },
    });
    expect(unknownBrand.statusCode).toBe(415);
    expect(unknownBrand.headers["content-type"]).toContain("application/problem+json");
    expect(unknownBrand.json().errors).toEqual([
      { field: "file", message: "is not an image or video we accept" },
    ]);
    const tooBig = Buffer.alloc(16 * 1024 * 1024, 0);
    png.copy(tooBig);
    const big = await portal({
      method: "POST",
      url: "/api/portal/media",
      payload: tooBig,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(big.statusCode).toBe(413);
    const empty = await portal({
      method: "POST",
      url: "/api/portal/media",
      payload: Buffer.alloc(0),
      headers: { "content-type": "application/octet-stream" },
    });
    expect(empty.statusCode).toBe(400);

    const deliverableId = await addDeliverable(api, campaignId, creatorA);
    const odd = `\u200f#ad \u200dمنتج رائع 👩‍👩‍👧‍👦 ${"très bien ".repeat(10_000)}`;
    const response = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: odd },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().latestDraft.caption).toBe(odd);
  });

  it("shows the offer and lets the creator counter and accept it, with earnings so far", async () => {
    const creator = await addCreator(api, campaignId, "cleo.offers", false);
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/offers`,
      payload: { terms: sponsoredTerms },
    });
    expect(offer.statusCode).toBe(201);
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creator));
    const view = await portal({ method: "GET", url: `/api/portal/campaigns/${campaignId}` });
    expect(view.statusCode).toBe(200);
    expect(view.json().offers[0]).toMatchObject({ status: "proposed", proposedBy: "brand" });
    expect(view.json().earnings).toEqual({ committed: 0, maximumBonus: 0, earnedSoFar: 0 });

    const counter = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers`,
      payload: {
        terms: { ...sponsoredTerms, compensation: { ...sponsoredTerms.compensation, amount: 100_000 } },
        note: "My rate for a reel",
      },
    });
    expect(counter.statusCode).toBe(201);
    expect(counter.json()).toMatchObject({ proposedBy: "creator", version: 2 });
    const selfAccept = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers/${counter.json().id}/accept`,
      payload: { acceptedName: "Cleo Offers", consent: true, termsSha256: counter.json().termsSha256 },
    });
    expect(selfAccept.statusCode).toBe(400);

    const brandOffer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/offers`,
      payload: {
        terms: { ...sponsoredTerms, compensation: { ...sponsoredTerms.compensation, amount: 90_000 } },
      },
    });
    const otherCreatorsOffer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorB}/offers`,
      payload: { terms: sponsoredTerms },
    });
    const notMine = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers/${otherCreatorsOffer.json().id}/accept`,
      payload: {
        acceptedName: "Cleo Offers",
        consent: true,
        termsSha256: otherCreatorsOffer.json().termsSha256,
      },
    });
    expect(notMine.statusCode).toBe(404);
    const accepted = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers/${brandOffer.json().id}/accept`,
      payload: { acceptedName: "Cleo Offers", consent: true, termsSha256: brandOffer.json().termsSha256 },
    });
    expect(accepted.statusCode).toBe(201);
    const after = await portal({ method: "GET", url: `/api/portal/campaigns/${campaignId}` });
    expect(after.json()).toMatchObject({
      stage: "contracted",
      earnings: { committed: 90_000, earnedSoFar: 45_000 },
    });
  });

  it("shows the creator their tracking link and checks that drafts carry it", async () => {
    const creator = await addCreator(api, campaignId, "tia.links");
    const link = await createLink(
      t.database.db,
      { organisationId, actor: systemActor() },
      campaignId,
      { creatorId: creator, destinationUrl: "https://glow.example.com/serum" },
      "http://amplio.test",
    );
    const deliverableId = await addDeliverable(api, campaignId, creator);
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creator));
    const view = await portal({ method: "GET", url: `/api/portal/campaigns/${campaignId}` });
    expect(view.json().trackingLink).toBe(link.shortUrl);
    const without = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: "#ad My summer serum #GlowSummer" },
    });
    expect(without.json().latestDraft.findings.map((f: { rule: string }) => f.rule)).toContain(
      "brief.link-missing",
    );
    const withLink = await portal({
      method: "POST",
      url: `/api/portal/deliverables/${deliverableId}/drafts`,
      payload: { caption: `#ad My summer serum ${link.shortUrl}` },
    });
    expect(withLink.json().latestDraft.findings.map((f: { rule: string }) => f.rule)).not.toContain(
      "brief.link-missing",
    );
  });

  it("lets only the creator accept, with their typed name, consent and a record of exactly what they saw", async () => {
    const creator = await addCreator(api, campaignId, "sia.signs", false);
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/offers`,
      payload: { terms: sponsoredTerms },
    });
    const { id: offerId, termsSha256 } = offer.json() as { id: string; termsSha256: string };
    expect(termsSha256).toBe(createHash("sha256").update(canonicalJson(offer.json().terms)).digest("hex"));
    // Today's brand route that accepted "as the creator" is gone.
    const asCreator = await api({
      method: "POST",
      url: "/api/v1/contracts",
      payload: { offerId, acceptedName: "Sia Signs", acceptedBy: "creator" },
    });
    expect(asCreator.statusCode).toBe(404);

    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creator));
    const shown = await portal({
      method: "GET",
      url: `/api/portal/campaigns/${campaignId}/offers/${offerId}/pdf`,
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers["content-type"]).toBe("application/pdf");
    const again = await portal({
      method: "GET",
      url: `/api/portal/campaigns/${campaignId}/offers/${offerId}/pdf`,
    });
    expect(Buffer.compare(again.rawPayload, shown.rawPayload)).toBe(0);

    const accept = (payload: Record<string, unknown>) =>
      portal({
        method: "POST",
        url: `/api/portal/campaigns/${campaignId}/offers/${offerId}/accept`,
        payload,
        remoteAddress: "198.51.100.23",
        headers: { "user-agent": "Mozilla/5.0 (Sia's phone)" },
      });
    const noName = await accept({ acceptedName: " ", consent: true, termsSha256 });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors.map((e: { field: string }) => e.field)).toContain("acceptedName");
    const noConsent = await accept({ acceptedName: "Sia Signs", consent: false, termsSha256 });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors.map((e: { field: string }) => e.field)).toContain("consent");

    // The brand changes the offer after the creator loaded it: the old hash is refused.
    const changed = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/offers`,
      payload: { terms: { ...sponsoredTerms, disclosure: "#ad at the start" } },
    });
    const stale = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers/${changed.json().id}/accept`,
      payload: { acceptedName: "Sia Signs", consent: true, termsSha256 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");
    expect((await accept({ acceptedName: "Sia Signs", consent: true, termsSha256 })).statusCode).toBe(409);

    const current = changed.json() as { id: string; termsSha256: string };
    const pdf = await portal({
      method: "GET",
      url: `/api/portal/campaigns/${campaignId}/offers/${current.id}/pdf`,
    });
    const accepted = await portal({
      method: "POST",
      url: `/api/portal/campaigns/${campaignId}/offers/${current.id}/accept`,
      payload: { acceptedName: "  Sia Signs ", consent: true, termsSha256: current.termsSha256 },
      remoteAddress: "198.51.100.23",
      headers: { "user-agent": "Mozilla/5.0 (Sia's phone)" },
    });
    expect(accepted.statusCode).toBe(201);
    const contract = accepted.json();
    expect(contract).toMatchObject({
      acceptedBy: "creator",
      acceptanceMethod: "portal",
      acceptedName: "Sia Signs",
      acceptedIp: "198.51.100.23",
      acceptedUserAgent: "Mozilla/5.0 (Sia's phone)",
      termsSha256: current.termsSha256,
      pdfSha256: createHash("sha256").update(pdf.rawPayload).digest("hex"),
      hasSignedDocument: false,
    });
    expect(Date.parse(contract.acceptedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(contract.acceptedAt).toMatch(/Z$/);

    const brandView = await api({ method: "GET", url: `/api/v1/contracts/${contract.id}` });
    expect(brandView.json().acceptance).toBe(
      'Accepted by the creator in the Amplio portal: typed name "Sia Signs" and ticked "I agree to these terms"',
    );
    const text = pdfText(
      (await api({ method: "GET", url: `/api/v1/contracts/${contract.id}/pdf` })).rawPayload,
    );
    expect(text).toContain('typed name "Sia Signs" and ticked "I agree to these terms"');
    expect(text).toContain("from 198.51.100.23");
    expect(text).toContain(current.termsSha256);

    const mine = await portal({ method: "GET", url: "/api/portal/contracts" });
    expect(mine.json().items.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    expect(mine.json().items[0]).toMatchObject({ campaignName: "Glow Summer", brand: "Glow" });
    const download = await portal({ method: "GET", url: `/api/portal/contracts/${contract.id}/pdf` });
    expect(download.statusCode).toBe(200);
    expect(pdfText(download.rawPayload)).toContain(current.termsSha256);

    const otherCreator = await addCreator(api, campaignId, "ola.other");
    const other = await portalSignIn(
      t.app,
      await sendPortalLink(t.database.db, api, campaignId, otherCreator),
    );
    const othersList = await other({ method: "GET", url: "/api/portal/contracts" });
    expect(othersList.json().items.map((c: { id: string }) => c.id)).not.toContain(contract.id);
    expect((await other({ method: "GET", url: `/api/portal/contracts/${contract.id}/pdf` })).statusCode).toBe(
      404,
    );
  });

  it("labels an acceptance made outside Amplio in the API, the portal and the PDF", async () => {
    const creator = await addCreator(api, campaignId, "olu.paper", false);
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/offers`,
      payload: { terms: sponsoredTerms },
    });
    const recorded = await recordSignedDocument(api, offer.json().id);
    expect(recorded.statusCode).toBe(201);
    const label = recorded.json().acceptance as string;
    expect(label).toMatch(/^Accepted outside Amplio — signed document uploaded by /);
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, campaignId, creator));
    const mine = await portal({ method: "GET", url: "/api/portal/contracts" });
    expect(mine.json().items[0]).toMatchObject({ acceptanceMethod: "signed_document", acceptance: label });
    const pdf = await portal({ method: "GET", url: `/api/portal/contracts/${recorded.json().id}/pdf` });
    expect(pdfText(pdf.rawPayload)).toContain(label);
  });

  it("sends portal links and never shows a usable one to the team", async () => {
    const creator = await addCreator(api, campaignId, "vik.viewer");
    const sent = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/portal-link`,
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.body).not.toMatch(/token/i);
    const email = "vik.viewer.member@example.com";
    const viewer = await signUp(t.app, { email, inviteToken: await createInvite(owner, email, "viewer") });
    const asViewer = asUser(t.app, viewer);
    const outbox = await asViewer({ method: "GET", url: `/api/v1/outreach/outbox?campaignId=${campaignId}` });
    expect(outbox.statusCode).toBe(200);
    const thread = await asViewer({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/thread`,
    });
    const messages = [...outbox.json().items, ...thread.json().messages] as Array<{
      text: string;
      html: string;
    }>;
    const linkMails = messages.filter((m) => m.text.includes(portalLinkShownAs));
    expect(linkMails.length).toBeGreaterThanOrEqual(2);
    for (const m of messages) {
      expect(m.text).not.toContain("#token=");
      expect(m.html ?? "").not.toContain("#token=");
    }
    // A reply quoting the link email does not bring the token back into the thread.
    const token = await sendPortalLink(t.database.db, api, campaignId, creator);
    const reply = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/replies`,
      payload: { text: `Thanks!\n> http://amplio.test/portal/sign-in#token=${token}` },
    });
    expect(reply.statusCode).toBe(201);
    const after = await asViewer({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/creators/${creator}/thread`,
    });
    expect(after.body).not.toContain(token);
    expect(after.body).toContain("#token=[removed]");
  });

  it("refuses to leave a portal link in the outbox when no SMTP server is configured", async () => {
    const ctx = { organisationId, actor: systemActor() };
    const creator = await addCreator(api, campaignId, "no.smtp");
    const env = { publicUrl: "http://amplio.test", smtpUrl: null };
    await expect(issueMagicLink(t.database.db, ctx, env, campaignId, creator)).rejects.toMatchObject({
      code: "conflict",
    });
    const tokens = await t.database.db
      .selectFrom("portal_tokens")
      .select("id")
      .where("creator_id", "=", creator)
      .execute();
    expect(tokens).toEqual([]);
  });
});
