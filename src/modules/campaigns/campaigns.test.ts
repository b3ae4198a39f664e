import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedPdf } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, asUser, createApiKey, type SignedInUser, signUp } from "../../test-support/http.js";
import { pdfText } from "../../test-support/pdf-text.js";
import { systemActor } from "../audit/actor.js";
import { addCreatorsToCampaign } from "./add-creators-to-campaign.js";
import { getCampaign } from "./get-campaign.js";
import { getCampaignCreator } from "./get-campaign-creator.js";
import { getCampaignTargeting } from "./get-campaign-targeting.js";
import { assertStageMove } from "./stages.js";

const fieldOf = (body: string) =>
  (JSON.parse(body) as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field);

describe("pipeline rules", () => {
  const signed = { hasSignedContract: true };
  const unsigned = { hasSignedContract: false };
  it("lets outreach stages move freely but needs a contract to enter contracted", () => {
    expect(() => assertStageMove("shortlisted", "negotiating", unsigned)).not.toThrow();
    expect(() => assertStageMove("negotiating", "contacted", unsigned)).not.toThrow();
    expect(() => assertStageMove("negotiating", "contracted", unsigned)).toThrow(/signed contract/);
    expect(() => assertStageMove("negotiating", "contracted", signed)).not.toThrow();
  });
  it("takes post-contract steps in order and never walks back signed terms", () => {
    expect(() => assertStageMove("contracted", "live", signed)).toThrow(/comes after in production/);
    expect(() => assertStageMove("contracted", "in_production", signed)).not.toThrow();
    expect(() => assertStageMove("live", "completed", signed)).not.toThrow();
    expect(() => assertStageMove("live", "negotiating", signed)).toThrow(/amend the contract/);
    expect(() => assertStageMove("completed", "dropped", { ...signed, reason: "x" })).toThrow(/completed/);
  });
  it("needs a reason to decline or drop, and only pre-contract creators decline", () => {
    expect(() => assertStageMove("contacted", "declined", unsigned)).toThrow(/say why/);
    expect(() => assertStageMove("contacted", "declined", { ...unsigned, reason: "busy" })).not.toThrow();
    expect(() => assertStageMove("contracted", "declined", { ...signed, reason: "busy" })).toThrow(
      /drop them/,
    );
    expect(() => assertStageMove("live", "dropped", { ...signed, reason: "missed posts" })).not.toThrow();
    expect(() => assertStageMove("dropped", "contacted", unsigned)).toThrow(/shortlisted again/);
    expect(() => assertStageMove("dropped", "shortlisted", unsigned)).not.toThrow();
  });
});

const campaignBody = {
  name: "Spring Trail Launch",
  goal: "conversion",
  startDate: "2026-03-01",
  endDate: "2026-04-30",
  currency: "EUR",
  budget: 5_000_000,
  kpis: [
    { metric: "impressions", comparison: "gte", target: 2_000_000 },
    { metric: "engagement_rate", comparison: "gte", target: 0.03 },
    { metric: "conversions", comparison: "gte", target: 500 },
    { metric: "cac", comparison: "lte", target: 2500 },
  ],
};

const flatFeeTerms = {
  collaborationType: "sponsored_post",
  deliverables: [
    { platform: "instagram", format: "reel", quantity: 2, dueDate: "2026-03-20", draftDueDate: "2026-03-15" },
  ],
  usageRights: { channels: ["instagram", "website"], durationDays: 90, paidAds: true, whitelisting: false },
  exclusivity: { category: "outdoor apparel", periodDays: 60 },
  compensation: {
    model: "flat_fee",
    amount: 150_001,
    schedule: [
      { trigger: "on_signing", share: 0.5 },
      { trigger: "on_live", share: 0.5 },
    ],
  },
};

describeEachDatabase("campaigns and pipeline", (dialect) => {
  let test: TestApp;
  let user: SignedInUser;
  let other: SignedInUser;
  let as: ReturnType<typeof asUser>;
  let campaignId: string;
  let creatorId: string;

  async function newCreator(name: string, handle: string, followers = 25_000) {
    const response = await as({
      method: "POST",
      url: "/api/v1/creators",
      payload: {
        name,
        email: `${handle}@example.com`,
        accounts: [{ platform: "instagram", handle, followers }],
      },
    });
    expect(response.statusCode).toBe(201);
    return (response.json() as { id: string }).id;
  }

  beforeAll(async () => {
    test = await openTestApp(dialect);
    user = await signUp(test.app, { organisationName: "Northwind" });
    other = await signUp(test.app, { organisationName: "Elsewhere" });
    as = asUser(test.app, user);
  });
  afterAll(async () => test.close());

  it("creates a campaign with KPIs through an API key and lists it", async () => {
    const key = await createApiKey(test.app, user);
    const response = await asApiKey(
      test.app,
      key,
    )({ method: "POST", url: "/api/v1/campaigns", payload: campaignBody });
    expect(response.statusCode).toBe(201);
    const campaign = response.json() as Record<string, unknown> & { id: string };
    expect(campaign).toMatchObject({
      slug: "spring-trail-launch",
      brand: "Northwind",
      goal: "conversion",
      attributionWindowDays: 30,
      budget: 5_000_000,
      currency: "EUR",
    });
    expect(campaign.kpis).toEqual([
      { metric: "impressions", comparison: "gte", target: 2_000_000, unit: "count" },
      { metric: "engagement_rate", comparison: "gte", target: 0.03, unit: "fraction" },
      { metric: "conversions", comparison: "gte", target: 500, unit: "count" },
      { metric: "cac", comparison: "lte", target: 2500, unit: "money" },
    ]);
    campaignId = campaign.id;
    const again = await as({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: { ...campaignBody, kpis: [] },
    });
    expect((again.json() as { slug: string }).slug).toBe("spring-trail-launch-2");
    const list = await as({ method: "GET", url: "/api/v1/campaigns" });
    expect((list.json() as { items: Array<{ id: string }> }).items.map((c) => c.id)).toContain(campaignId);
  });

  it("rejects bad input with a 4xx naming the field", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startDate: "2026-05-01", endDate: "2026-04-01" }, "endDate"],
      [{ budget: -1 }, "budget"],
      [{ currency: "XXY" }, "currency"],
      [{ startDate: "2026-02-30" }, "startDate"],
      [{ kpis: [{ metric: "engagement_rate", comparison: "gte", target: 3 }] }, "kpis.0.target"],
      [{ kpis: [{ metric: "cac", comparison: "lte", target: 25.5 }] }, "kpis.0.target"],
      [{ goal: "fame" }, "goal"],
    ];
    for (const [change, field] of cases) {
      const response = await as({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: { ...campaignBody, ...change },
      });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(fieldOf(response.body)).toContain(field);
    }
  });

  it("moves a creator through the pipeline, refusing a jump past the contract, and records every move", async () => {
    creatorId = await newCreator("Ava Stone", "ava.trails");
    const add = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators`,
      payload: { creatorId },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ creatorId, stage: "shortlisted", name: "Ava Stone" });
    const dup = await as({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators`,
      payload: { creatorId },
    });
    expect(dup.statusCode).toBe(409);

    const move = (stage: string, reason?: string) =>
      as({
        method: "PATCH",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}`,
        payload: { stage, ...(reason ? { reason } : {}) },
      });
    const jump = await move("live");
    expect(jump.statusCode).toBe(400);
    expect(fieldOf(jump.body)).toEqual(["stage"]);
    expect((await move("contacted")).json()).toMatchObject({ stage: "contacted" });
    expect((await move("contracted")).statusCode).toBe(400);
    const declined = await move("declined");
    expect(fieldOf(declined.body)).toEqual(["reason"]);

    const history = await as({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/stage-changes?creatorId=${creatorId}`,
    });
    const items = (
      history.json() as { items: Array<{ from: string | null; to: string; actor: { label: string } }> }
    ).items;
    expect(items.map((i) => [i.from, i.to])).toEqual([
      ["shortlisted", "contacted"],
      [null, "shortlisted"],
    ]);
    expect(items[0]?.actor.label).toBe("Test Person");
  });

  it("offers, counters and freezes the accepted version into a contract; an amendment is a new version", async () => {
    const offers = `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`;
    const bad = await as({
      method: "POST",
      url: offers,
      payload: {
        terms: {
          ...flatFeeTerms,
          collaborationType: "affiliate",
          compensation: {
            model: "affiliate",
            basis: "percent_of_net_revenue",
            rate: 1.5,
            attributionWindowDays: 30,
            cookie: true,
          },
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldOf(bad.body)).toContain("terms.compensation.rate");
    const v1 = await as({ method: "POST", url: offers, payload: { terms: flatFeeTerms } });
    expect(v1.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({
      version: 1,
      status: "proposed",
      proposedBy: "brand",
      committedAmount: 150_001,
    });
    const counter = await as({
      method: "POST",
      url: offers,
      payload: {
        terms: { ...flatFeeTerms, compensation: { ...flatFeeTerms.compensation, amount: 180_000 } },
        proposedBy: "creator",
        note: "Two reels take a full day each",
      },
    });
    const v2 = counter.json() as { id: string; version: number };
    expect(v2.version).toBe(2);
    const pipeline = await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` });
    expect((pipeline.json() as { items: Array<{ stage: string }> }).items[0]?.stage).toBe("negotiating");

    const signedDocument = (offerId: string) =>
      as({
        method: "POST",
        url: `/api/v1/offers/${offerId}/signed-document`,
        payload: signedPdf,
        headers: { "content-type": "application/pdf" },
      });
    // The brand cannot accept for the creator: that route is gone, and only a signed document records acceptance.
    const asCreator = await as({
      method: "POST",
      url: "/api/v1/contracts",
      payload: { offerId: v2.id, acceptedName: "Ava Stone", acceptedBy: "creator" },
    });
    expect(asCreator.statusCode).toBe(404);
    const stale = await signedDocument((v1.json() as { id: string }).id);
    expect(stale.statusCode).toBe(409);
    const notPdf = await as({
      method: "POST",
      url: `/api/v1/offers/${v2.id}/signed-document`,
      payload: Buffer.from("I, Ava Stone, agree."),
      headers: { "content-type": "application/pdf" },
    });
    expect(notPdf.statusCode).toBe(415);
    const signed = await signedDocument(v2.id);
    expect(signed.statusCode).toBe(201);
    const contract = signed.json() as { id: string; terms: { compensation: { amount: number } } };
    expect(signed.json()).toMatchObject({
      version: 1,
      status: "in_force",
      committedAmount: 180_000,
      acceptedBy: "creator",
      acceptanceMethod: "signed_document",
      acceptance: "Accepted outside Amplio — signed document uploaded by Test Person",
      hasSignedDocument: true,
      installments: [
        { trigger: "on_signing", amount: 90_000 },
        { trigger: "on_live", amount: 90_000 },
      ],
    });
    const document = await as({ method: "GET", url: `/api/v1/contracts/${contract.id}/signed-document` });
    expect(document.statusCode).toBe(200);
    expect(Buffer.compare(document.rawPayload, signedPdf)).toBe(0);
    const entry = (await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/creators` })).json() as {
      items: Array<{ stage: string; collaborationType: string }>;
    };
    expect(entry.items[0]).toMatchObject({ stage: "contracted", collaborationType: "sponsored_post" });

    const amend = await as({
      method: "POST",
      url: offers,
      payload: {
        terms: { ...flatFeeTerms, compensation: { ...flatFeeTerms.compensation, amount: 200_000 } },
      },
    });
    const amended = await signedDocument((amend.json() as { id: string }).id);
    expect(amended.json()).toMatchObject({ version: 2, status: "in_force", committedAmount: 200_000 });
    const first = (await as({ method: "GET", url: `/api/v1/contracts/${contract.id}` })).json() as Record<
      string,
      unknown
    >;
    expect(first).toMatchObject({
      version: 1,
      status: "superseded",
      committedAmount: 180_000,
      acceptanceMethod: "signed_document",
    });
    expect((first.terms as { compensation: { amount: number } }).compensation.amount).toBe(180_000);

    const pdf = await as({ method: "GET", url: `/api/v1/contracts/${contract.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfText(pdf.rawPayload)).toContain("signed document uploaded by Test Person");

    const budget = (await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/budget` })).json();
    expect(budget).toMatchObject({
      budget: 5_000_000,
      committed: 200_000,
      forecast: 200_000,
      remaining: 4_800_000,
    });

    expect(
      (
        await as({
          method: "PATCH",
          url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}`,
          payload: { stage: "in_production" },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await as({
          method: "PATCH",
          url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}`,
          payload: { stage: "live" },
        })
      ).json(),
    ).toMatchObject({ stage: "live" });
  });

  it("shows the planning phases and what each still lacks", async () => {
    const plan = (await as({ method: "GET", url: `/api/v1/campaigns/${campaignId}/plan` })).json() as {
      currentPhase: string;
      phases: Array<{ phase: string; missing: string[]; status: string }>;
    };
    expect(plan.phases.map((p) => p.phase)).toEqual([
      "objectives",
      "discovery",
      "collaboration",
      "activation",
      "measurement",
    ]);
    expect(plan.phases[0]?.missing).toEqual(["no ideal customer profile"]);
    expect(plan.currentPhase).toBe("objectives");
    const bare = await as({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: { ...campaignBody, kpis: [], budget: null },
    });
    const barePlan = (
      await as({ method: "GET", url: `/api/v1/campaigns/${(bare.json() as { id: string }).id}/plan` })
    ).json() as typeof plan;
    expect(barePlan.phases[0]?.missing).toEqual(["no KPI set", "no budget set", "no ideal customer profile"]);
    expect(barePlan.phases[1]?.missing).toEqual(["no creators shortlisted"]);
  });

  it("gives other modules the campaign's targeting, membership and creator links", async () => {
    const { db } = test.database;
    const ctx = { organisationId: user.organisationId, actor: systemActor("test") };
    const second = await newCreator("Ben Ridge", "ben.ridge", 600_000);
    await expect(addCreatorsToCampaign(db, ctx, campaignId, [creatorId, second, second])).resolves.toEqual({
      added: 1,
      alreadyIn: 1,
    });
    await expect(addCreatorsToCampaign(db, ctx, campaignId, ["no-such-creator"])).rejects.toMatchObject({
      status: 404,
    });
    await db
      .updateTable("campaigns")
      .set({
        ideal_customer_profile: JSON.stringify({
          countries: ["DE"],
          ageMin: 18,
          ageMax: 34,
          genders: [],
          niches: ["hiking"],
          languages: ["de"],
          tiers: ["micro"],
        }),
        competitor_brands: JSON.stringify(["Summit Co"]),
      })
      .where("id", "=", campaignId)
      .execute();
    const targeting = await getCampaignTargeting(db, user.organisationId, campaignId);
    expect(targeting).toEqual({
      campaignId,
      profile: {
        countries: ["DE"],
        ageMin: 18,
        ageMax: 34,
        genders: [],
        niches: ["hiking"],
        languages: ["de"],
        tiers: ["micro"],
      },
      competitorBrands: ["Summit Co"],
      creatorIds: [creatorId, second],
    });
    expect(await getCampaignCreator(db, user.organisationId, campaignId, second)).toEqual({
      campaignId,
      campaignSlug: "spring-trail-launch",
      currency: "EUR",
      attributionWindowDays: 30,
      creatorId: second,
      stage: "shortlisted",
      collaborationType: null,
      primaryAccount: { platform: "instagram", handle: "ben.ridge" },
    });
    expect((await getCampaign(db, user.organisationId, campaignId)).kpis).toHaveLength(4);
  });

  it("answers 404 for another organisation's campaigns, creators and contracts", async () => {
    const { db } = test.database;
    const asOther = asUser(test.app, other);
    const contracts = (
      await as({ method: "GET", url: `/api/v1/contracts?campaignId=${campaignId}` })
    ).json() as {
      items: Array<{ id: string }>;
    };
    expect(contracts.items).toHaveLength(2);
    for (const [method, url, payload] of [
      ["GET", `/api/v1/campaigns/${campaignId}`],
      ["PATCH", `/api/v1/campaigns/${campaignId}`, { name: "Mine now" }],
      ["GET", `/api/v1/campaigns/${campaignId}/creators`],
      ["GET", `/api/v1/campaigns/${campaignId}/plan`],
      ["PATCH", `/api/v1/campaigns/${campaignId}/creators/${creatorId}`, { stage: "completed" }],
      ["GET", `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`],
      ["GET", `/api/v1/contracts/${contracts.items[0]?.id}`],
      ["GET", `/api/v1/contracts/${contracts.items[0]?.id}/pdf`],
    ] as const) {
      const response = await asOther({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const mine = await asOther({ method: "POST", url: "/api/v1/campaigns", payload: campaignBody });
    const theirCampaign = (mine.json() as { id: string }).id;
    const intoMine = await asOther({
      method: "POST",
      url: `/api/v1/campaigns/${theirCampaign}/creators`,
      payload: { creatorId },
    });
    expect(intoMine.statusCode).toBe(404);
    await expect(getCampaignTargeting(db, other.organisationId, campaignId)).rejects.toMatchObject({
      status: 404,
    });
    await expect(getCampaignCreator(db, other.organisationId, campaignId, creatorId)).rejects.toMatchObject({
      status: 404,
    });
    expect((await asOther({ method: "GET", url: "/api/v1/contracts" })).json()).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it("documents the stable API shapes in OpenAPI", async () => {
    const doc = (await test.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths["/api/v1/campaigns"] ?? {})).toEqual(
      expect.arrayContaining(["get", "post"]),
    );
    expect(doc.paths["/api/v1/campaigns/{campaignId}/creators"]?.post).toBeDefined();
    expect(doc.paths["/api/v1/campaigns/{campaignId}/creators/{creatorId}"]?.patch).toBeDefined();
    expect(doc.paths["/api/v1/offers/{offerId}/signed-document"]?.post).toBeDefined();
    expect(doc.paths["/api/v1/contracts"]?.post).toBeUndefined();
  });
});
