import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Kysely } from "kysely";
import { expect } from "vitest";
import type { Database } from "../db/schema.js";
import { asApiKey, asUser, createApiKey, signUp } from "./http.js";

// Signed documents and uploads go to a directory of the test run's own, never ./data.
process.env.AMPLIO_MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), "amplio-media-"));

/**
 * Portal links go by SMTP only. Tests that send them configure this address and never run the delivery jobs, so the
 * mail stays queued and sendPortalLink reads the link from the database.
 */
export const queuedSmtpUrl = "smtp://127.0.0.1:9";

/** The smallest file that reads as a PDF: what a brand uploads as a document the creator signed elsewhere. */
export const signedPdf = Buffer.from("%PDF-1.7\n% signed by the creator\n%%EOF\n");

export const sponsoredTerms = {
  collaborationType: "sponsored_post",
  deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-12-10" }],
  usageRights: { channels: ["organic", "paid social"], durationDays: 90, paidAds: true, whitelisting: false },
  compensation: {
    model: "flat_fee",
    amount: 80_000,
    schedule: [
      { trigger: "on_signing", share: 0.5 },
      { trigger: "on_live", share: 0.5 },
    ],
  },
};

export type Api = ReturnType<typeof asApiKey>;

/** An organisation with a campaign for `brand`, reached by API key (a member) or as its owner. */
export async function brandWithCampaign(app: FastifyInstance, brand = "Glow") {
  const user = await signUp(app, { organisationName: `${brand} Ltd` });
  const api = asApiKey(app, await createApiKey(app, user));
  const campaign = await api({
    method: "POST",
    url: "/api/v1/campaigns",
    payload: {
      name: `${brand} Summer`,
      brand,
      goal: "awareness",
      startDate: "2026-11-01",
      endDate: "2027-01-31",
      currency: "EUR",
    },
  });
  expect(campaign.statusCode).toBe(201);
  return { api, owner: asUser(app, user), ownerEmail: user.email, campaignId: campaign.json().id as string };
}

/** A creator with an email, in the campaign; with `signed`, under terms they signed outside Amplio. */
export async function addCreator(
  api: Api,
  campaignId: string,
  handle: string,
  signed = true,
): Promise<string> {
  const created = await api({
    method: "POST",
    url: "/api/v1/creators",
    payload: {
      name: `${handle} Person`,
      email: `${handle}@example.com`,
      accounts: [{ platform: "instagram", handle, followers: 40_000 }],
    },
  });
  expect(created.statusCode).toBe(201);
  const creatorId = created.json().id as string;
  const added = await api({
    method: "POST",
    url: `/api/v1/campaigns/${campaignId}/creators`,
    payload: { creatorId },
  });
  expect(added.statusCode).toBe(201);
  if (signed) {
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
      payload: { terms: sponsoredTerms },
    });
    expect(offer.statusCode).toBe(201);
    const contract = await recordSignedDocument(api, offer.json().id);
    expect(contract.statusCode).toBe(201);
  }
  return creatorId;
}

/** The brand uploads the document the creator signed outside Amplio for an open offer. */
export function recordSignedDocument(api: Api, offerId: string, bytes: Buffer = signedPdf) {
  return api({
    method: "POST",
    url: `/api/v1/offers/${offerId}/signed-document`,
    payload: bytes,
    headers: { "content-type": "application/pdf" },
  });
}

export async function addDeliverable(
  api: Api,
  campaignId: string,
  creatorId: string,
  dueDate = "2026-12-01",
) {
  const response = await api({
    method: "POST",
    url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/deliverables`,
    payload: { title: "Summer reel", platform: "instagram", format: "reel", dueDate },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

/**
 * Sends a portal link and reads the token from the mail queued for SMTP (the app runs with queuedSmtpUrl). Only a
 * test reads it there: every view of the message shows the link removed.
 */
export async function sendPortalLink(
  db: Kysely<Database>,
  api: Api,
  campaignId: string,
  creatorId: string,
): Promise<string> {
  const sent = await api({
    method: "POST",
    url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/portal-link`,
  });
  expect(sent.statusCode).toBe(201);
  const mails = await db
    .selectFrom("email_messages")
    .innerJoin("email_threads", "email_threads.id", "email_messages.thread_id")
    .select("email_messages.delivery_text")
    .where("email_threads.campaign_id", "=", campaignId)
    .where("email_threads.creator_id", "=", creatorId)
    .orderBy("email_messages.id", "desc")
    .execute();
  const token = mails.map((m) => m.delivery_text?.match(/#token=([\w-]+)/)?.[1]).find(Boolean);
  if (!token) throw new Error("no portal link queued for the creator");
  return token;
}

/** What a creator's browser holds after opening the magic link: the portal cookie and the CSRF token. */
export async function portalSignIn(app: FastifyInstance, token: string) {
  const response = await app.inject({ method: "POST", url: "/api/portal/sign-in", payload: { token } });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === "amplio_portal");
  if (!cookie) throw new Error("no portal cookie");
  const csrfToken = response.json().csrfToken as string;
  return (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: {
        cookie: `amplio_portal=${cookie.value}`,
        "x-csrf-token": csrfToken,
        ...(options.headers ?? {}),
      },
    });
}
