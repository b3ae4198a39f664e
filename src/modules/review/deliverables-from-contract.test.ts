import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type Api,
  addCreator,
  brandWithCampaign,
  recordSignedDocument,
  sponsoredTerms,
} from "../../test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";

const terms = {
  ...sponsoredTerms,
  deliverables: [
    { platform: "instagram", format: "reel", quantity: 2, dueDate: "2026-12-10", draftDueDate: "2026-12-03" },
    { platform: "tiktok", format: "short", quantity: 1, dueDate: "2026-12-20" },
  ],
};

describeEachDatabase("deliverables made from the contract", (dialect) => {
  let t: TestApp;
  let api: Api;
  let campaignId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    ({ api, campaignId } = await brandWithCampaign(t.app));
  });
  afterAll(async () => t.close());

  const fromContract = (creatorId: string, as: Api = api, campaign = campaignId) =>
    as({
      method: "POST",
      url: `/api/v1/campaigns/${campaign}/creators/${creatorId}/deliverables/from-contract`,
    });

  async function sign(creatorId: string, offerTerms: unknown) {
    const offer = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
      payload: { terms: offerTerms },
    });
    expect(offer.statusCode).toBe(201);
    expect((await recordSignedDocument(api, offer.json().id)).statusCode).toBe(201);
  }

  it("makes one deliverable per contracted unit, due on its draft date, and never twice", async () => {
    const creatorId = await addCreator(api, campaignId, "lea.makes", false);
    const none = await fromContract(creatorId);
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toMatch(/no contract in force/);

    await sign(creatorId, terms);
    const made = await fromContract(creatorId);
    expect(made.statusCode).toBe(201);
    expect(made.json().contractVersion).toBe(1);
    expect(made.json().alreadyCreated).toBe(0);
    expect(
      made
        .json()
        .created.map((d: { title: string; dueDate: string; status: string; format: string }) => [
          d.title,
          d.format,
          d.dueDate,
          d.status,
        ]),
    ).toEqual([
      ["Instagram reel 1 of 2", "reel", "2026-12-03", "awaiting_draft"],
      ["Instagram reel 2 of 2", "reel", "2026-12-03", "awaiting_draft"],
      ["TikTok short", "short", "2026-12-20", "awaiting_draft"],
    ]);

    const again = await fromContract(creatorId);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ created: [], alreadyCreated: 3 });

    // An amendment adding a story adds only the story.
    await sign(creatorId, {
      ...terms,
      deliverables: [
        ...terms.deliverables,
        { platform: "instagram", format: "story", quantity: 1, dueDate: "2026-12-24" },
      ],
    });
    const amended = await fromContract(creatorId);
    expect(amended.json().contractVersion).toBe(2);
    expect(amended.json().created.map((d: { title: string }) => d.title)).toEqual(["Instagram story"]);
    expect(amended.json().alreadyCreated).toBe(3);

    const listed = await api({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/deliverables?creatorId=${creatorId}`,
    });
    expect(listed.json().items).toHaveLength(4);
  });

  it("answers 404 for another organisation's creator", async () => {
    const creatorId = await addCreator(api, campaignId, "sam.signed");
    const other = await brandWithCampaign(t.app, "Other");
    const foreign = await fromContract(creatorId, other.api, other.campaignId);
    expect(foreign.statusCode).toBe(404);
    const elsewhere = await fromContract(creatorId, other.api);
    expect(elsewhere.statusCode).toBe(404);
  });
});
