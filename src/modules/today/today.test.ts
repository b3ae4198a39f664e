import { afterAll, beforeAll, expect, it } from "vitest";
import { addDays, dayOf } from "../../shared/time.js";
import {
  type Api,
  addCreator,
  addDeliverable,
  portalSignIn,
  queuedSmtpUrl,
  recordSignedDocument,
  sendPortalLink,
  sponsoredTerms,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";
import { setConnectorStatus } from "../connectors/connector-settings.js";

const today = dayOf(new Date());
const caption = "#ad My morning routine with Glow's new serum";

async function createCampaign(api: Api, name: string, startDate: string, endDate: string) {
  const created = await api({
    method: "POST",
    url: "/api/v1/campaigns",
    payload: {
      name,
      goal: "conversion",
      startDate,
      endDate,
      currency: "EUR",
      budget: 500_000,
      kpis: [{ metric: "clicks", comparison: "gte", target: 100 }],
    },
  });
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
}

/** A creator in the campaign with a counter-offer of their own waiting for the brand. */
async function creatorWithCounterOffer(api: Api, campaignId: string, handle: string) {
  const creatorId = await addCreator(api, campaignId, handle, false);
  const url = `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`;
  expect((await api({ method: "POST", url, payload: { terms: sponsoredTerms } })).statusCode).toBe(201);
  const counter = await api({
    method: "POST",
    url,
    payload: {
      terms: { ...sponsoredTerms, compensation: { ...sponsoredTerms.compensation, amount: 95_000 } },
      proposedBy: "creator",
    },
  });
  expect(counter.statusCode).toBe(201);
  return creatorId;
}

describeEachDatabase("today (the home page)", (dialect) => {
  let t: TestApp;
  let user: SignedInUser;
  let api: Api;
  let live: string;
  let starting: string;
  let signed: string;
  let countering: string;

  beforeAll(async () => {
    t = await openTestApp(dialect, { smtpUrl: queuedSmtpUrl });
    user = await signUp(t.app, { organisationName: "Glow Ltd" });
    api = asApiKey(t.app, await createApiKey(t.app, user));
    live = await createCampaign(api, "Glow Winter", addDays(today, -10), addDays(today, 20));
    starting = await createCampaign(api, "Glow Spring", addDays(today, 5), addDays(today, 40));
    await createCampaign(api, "Glow Autumn", addDays(today, -60), addDays(today, -1));
    await createCampaign(api, "Glow Summer", addDays(today, 15), addDays(today, 60));

    // Signed under a fee half paid on signing (a payout to approve) and 20 days of usage rights.
    signed = await addCreator(api, live, "mira.glow", false);
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${live}/creators/${signed}/offers`,
      payload: {
        terms: { ...sponsoredTerms, usageRights: { ...sponsoredTerms.usageRights, durationDays: 20 } },
      },
    });
    expect((await recordSignedDocument(api, offer.json().id)).statusCode).toBe(201);
    const approved = await addDeliverable(api, live, signed, addDays(today, 3));
    const inReview = await addDeliverable(api, live, signed, addDays(today, 4));
    await addDeliverable(api, live, signed, addDays(today, -2));
    // The portal link is the first message of the thread; the creator's reply leaves it to answer.
    const portal = await portalSignIn(t.app, await sendPortalLink(t.database.db, api, live, signed));
    for (const deliverableId of [approved, inReview]) {
      const draft = await portal({
        method: "POST",
        url: `/api/portal/deliverables/${deliverableId}/drafts`,
        payload: { caption, media: [{ kind: "link", url: "https://drive.example.com/reel.mp4" }] },
      });
      expect(draft.statusCode).toBe(201);
    }
    const decision = await api({
      method: "POST",
      url: `/api/v1/deliverables/${approved}/decision`,
      payload: { decision: "approve" },
    });
    expect(decision.statusCode).toBe(200);
    const reply = await api({
      method: "POST",
      url: `/api/v1/campaigns/${live}/creators/${signed}/replies`,
      payload: { text: "Thanks, could we move the second reel by a week?" },
    });
    expect(reply.statusCode).toBe(201);
    countering = await creatorWithCounterOffer(api, live, "noor.reviews");

    const connector = await asUser(
      t.app,
      user,
    )({
      method: "PUT",
      url: "/api/v1/connectors/instagram",
      payload: { accessToken: "token-that-expired", businessAccountId: "17841400000000000" },
    });
    expect(connector.statusCode).toBe(200);
    // What a failed refresh leaves behind (connectors.test.ts drives the refresh itself).
    await setConnectorStatus(t.database.db, user.organisationId, "instagram", {
      status: "error",
      status_detail: "The access token has expired.",
    });
  });
  afterAll(async () => t.close());

  it("shows the live and starting campaigns with budget, spend, days and KPI progress", async () => {
    const response = await api({ method: "GET", url: "/api/v1/today" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.today).toBe(today);
    expect(body.campaigns.map((c: { id: string }) => c.id)).toEqual([live, starting]);
    expect(body.campaigns[0]).toMatchObject({
      name: "Glow Winter",
      status: "live",
      daysLeft: 21,
      daysUntilStart: null,
      currency: "EUR",
      budget: 500_000,
      // The flat fee of the contract in force; half of it fell due on signing, the rest waits for the post.
      committed: 80_000,
      spent: 40_000,
      kpis: [
        {
          metric: "clicks",
          comparison: "gte",
          target: 100,
          actual: 0,
          progress: 0,
          met: false,
          unit: "count",
        },
      ],
    });
    expect(body.campaigns[1]).toMatchObject({
      name: "Glow Spring",
      status: "starting",
      daysLeft: null,
      daysUntilStart: 5,
      committed: 0,
      spent: 0,
    });
  });

  it("lists one of each action with its count, words and link", async () => {
    const response = await asUser(t.app, user)({ method: "GET", url: "/api/v1/today" });
    expect(response.statusCode).toBe(200);
    const campaign = { campaignId: live, campaignName: "Glow Winter" };
    expect(response.json().actions).toEqual([
      {
        kind: "draftsAwaitingReview",
        count: 1,
        label: "1 draft awaiting review",
        path: `/campaigns/${live}/creators/${signed}/review`,
        ...campaign,
      },
      {
        kind: "overdueDeliverables",
        count: 1,
        label: "1 overdue deliverable",
        path: `/campaigns/${live}/creators/${signed}/review`,
        ...campaign,
      },
      {
        kind: "repliesToAnswer",
        count: 1,
        label: "1 reply to answer",
        path: `/campaigns/${live}/creators/${signed}`,
        ...campaign,
      },
      {
        kind: "offersAwaitingResponse",
        count: 1,
        label: "1 counter-offer awaiting your response",
        path: `/campaigns/${live}/creators/${countering}`,
        ...campaign,
      },
      {
        kind: "payoutsToApprove",
        count: 1,
        label: "1 payout to approve",
        path: `/reports/${live}#payouts-title`,
        ...campaign,
      },
      {
        kind: "usageRightsExpiring",
        count: 1,
        label: "Usage rights of 1 piece of content expire within 30 days",
        path: "/content-library",
        ...campaign,
      },
      {
        kind: "connectorErrors",
        count: 1,
        label: "1 connector failed",
        path: "/creators/connectors",
        campaignId: null,
        campaignName: null,
      },
    ]);
  });

  it("groups a campaign's items of one kind and links to the campaign when several creators share them", async () => {
    await creatorWithCounterOffer(api, starting, "lea.counter");
    await creatorWithCounterOffer(api, starting, "sam.counter");
    const offers = (await api({ method: "GET", url: "/api/v1/today" }))
      .json()
      .actions.filter((a: { kind: string }) => a.kind === "offersAwaitingResponse");
    expect(offers).toEqual([
      expect.objectContaining({ campaignName: "Glow Spring", count: 2, path: `/campaigns/${starting}` }),
      expect.objectContaining({ campaignName: "Glow Winter", count: 1 }),
    ]);
  });

  it("never shows another organisation's campaigns or items, and a new one has nothing", async () => {
    const rival = await signUp(t.app, { organisationName: "Rival Ltd" });
    const rivalApi = asApiKey(t.app, await createApiKey(t.app, rival));
    const empty = await rivalApi({ method: "GET", url: "/api/v1/today" });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ today, campaigns: [], actions: [] });

    const rivalCampaign = await createCampaign(
      rivalApi,
      "Rival Winter",
      addDays(today, -1),
      addDays(today, 9),
    );
    await creatorWithCounterOffer(rivalApi, rivalCampaign, "rival.creator");
    const theirs = (await rivalApi({ method: "GET", url: "/api/v1/today" })).json();
    expect(theirs.campaigns.map((c: { id: string }) => c.id)).toEqual([rivalCampaign]);
    expect(theirs.actions).toEqual([
      expect.objectContaining({ kind: "offersAwaitingResponse", campaignId: rivalCampaign, count: 1 }),
    ]);
    const ours = (await api({ method: "GET", url: "/api/v1/today" })).json();
    expect(ours.campaigns.map((c: { id: string }) => c.id)).toEqual([live, starting]);
    expect(ours.actions.map((a: { campaignId: string | null }) => a.campaignId)).not.toContain(rivalCampaign);
  });

  it("answers requests that bring the same payout ledger up to date at the same moment", async () => {
    const creatorId = await addCreator(api, live, "ada.concurrent");
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => api({ method: "GET", url: "/api/v1/today" })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const payouts = await api({
      method: "GET",
      url: `/api/v1/campaigns/${live}/payouts?creatorId=${creatorId}`,
    });
    // The signing fee once, however many requests wrote it (the fee due on going live is not owed yet).
    expect(payouts.json().items).toMatchObject([{ description: expect.any(String), amount: 40_000 }]);
  });

  it("answers 401 without credentials", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/today" })).statusCode).toBe(401);
  });
});
