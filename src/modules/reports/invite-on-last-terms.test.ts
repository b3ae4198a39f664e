import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Api, addCreator, brandWithCampaign, sponsoredTerms } from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";

process.env.AMPLIO_MEDIA_DIR ??= await mkdtemp(path.join(tmpdir(), "amplio-media-"));

describeEachDatabase("renewal: invite to another campaign on the last terms (M13)", (dialect) => {
  let t: TestApp;
  let api: Api;
  let campaignId: string;
  let next: string;

  async function createCampaign(name: string, startDate: string, currency = "EUR") {
    const created = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: { name, goal: "awareness", startDate, endDate: "2027-12-31", currency },
    });
    expect(created.statusCode).toBe(201);
    return created.json().id as string;
  }
  const invite = (creatorId: string, targetCampaignId: string, from = campaignId, as = api) =>
    as({
      method: "POST",
      url: `/api/v1/campaigns/${from}/renewals/${creatorId}/invite`,
      payload: { targetCampaignId },
    });

  const stageIn = async (campaign: string, creatorId: string) =>
    (
      (await api({ method: "GET", url: `/api/v1/campaigns/${campaign}/creators` })).json().items as Array<{
        creatorId: string;
        stage: string;
      }>
    ).find((c) => c.creatorId === creatorId)?.stage;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    ({ api, campaignId } = await brandWithCampaign(t.app));
    // Glow Summer starts 2026-11-01; the next campaign 30 days later.
    next = await createCampaign("Glow Winter", "2026-12-01");
  });
  afterAll(async () => t.close());

  it("proposes the signed terms in the new campaign, dates moved with it, and puts them in negotiation", async () => {
    const creatorId = await addCreator(api, campaignId, "rae.renew");
    const answer = await invite(creatorId, next);
    expect(answer.statusCode).toBe(201);
    expect(answer.json().offer).toMatchObject({
      campaignId: next,
      version: 1,
      status: "proposed",
      note: "Renewal on the terms of Glow Summer",
      committedAmount: 80_000,
    });
    expect(answer.json().offer.terms.deliverables[0].dueDate).toBe("2027-01-09");
    expect(answer.json().offer.terms.compensation).toEqual(sponsoredTerms.compensation);
    expect(await stageIn(next, creatorId)).toBe("negotiating");

    const again = await invite(creatorId, next);
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([
      { field: "targetCampaignId", message: "the creator is already in that campaign" },
    ]);
  });

  it("only shortlists a creator who had no terms, and refuses the same campaign, another currency or organisation", async () => {
    const creatorId = await addCreator(api, campaignId, "sol.noterms", false);
    const third = await createCampaign("Glow Spring", "2027-03-01");
    const answer = await invite(creatorId, third);
    expect(answer.json()).toEqual({ targetCampaignId: third, creatorId, offer: null });
    expect(await stageIn(third, creatorId)).toBe("shortlisted");

    expect((await invite(creatorId, campaignId)).json().errors[0].field).toBe("targetCampaignId");
    const signed = await addCreator(api, campaignId, "ulla.dollars");
    const dollars = await createCampaign("Glow US", "2027-01-01", "USD");
    const refused = await invite(signed, dollars);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toEqual({
      field: "targetCampaignId",
      message: "that campaign pays in USD; the last terms are in EUR",
    });
    const stranger = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    expect((await invite(signed, next, campaignId, stranger)).statusCode).toBe(404);
    expect((await invite(signed, "no-such-campaign")).json().errors[0].field).toBe("targetCampaignId");
  });
});
