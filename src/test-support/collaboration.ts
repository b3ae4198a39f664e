import type { FastifyInstance, InjectOptions } from "fastify";
import { expect } from "vitest";
import { asApiKey, asUser, createApiKey, signUp } from "./http.js";

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

/** A creator with an email, in the campaign; with `signed`, under accepted terms. */
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
    const contract = await api({
      method: "POST",
      url: "/api/v1/contracts",
      payload: { offerId: offer.json().id, acceptedName: `${handle} Person`, acceptedBy: "creator" },
    });
    expect(contract.statusCode).toBe(201);
  }
  return creatorId;
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

/** Sends a portal link and reads the token from the email waiting in the outbox (no SMTP in tests). */
export async function sendPortalLink(api: Api, campaignId: string, creatorId: string): Promise<string> {
  const sent = await api({
    method: "POST",
    url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/portal-link`,
  });
  expect(sent.statusCode).toBe(201);
  const outbox = await api({ method: "GET", url: `/api/v1/outreach/outbox?campaignId=${campaignId}` });
  const items = outbox.json().items as Array<{ creatorId: string; text: string; createdAt: string }>;
  const mail = items.find((m) => m.creatorId === creatorId && m.text.includes("/portal/sign-in#token="));
  const token = mail?.text.match(/#token=([\w-]+)/)?.[1];
  if (!token) throw new Error("no portal link in the outbox");
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
