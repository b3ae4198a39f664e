import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addCreator, addDeliverable, brandWithCampaign } from "../../src/test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";

type Brand = Awaited<ReturnType<typeof brandWithCampaign>> & {
  creatorId: string;
  deliverableId: string;
  templateId: string;
  listId: string;
};

/** Another organisation's ids, sent in a request body, are refused as unknown: never stored, never followed. */
describeEachDatabase("foreign ids in request bodies", (dialect) => {
  let t: TestApp;
  let mine: Brand;
  let theirs: Brand;

  async function brand(name: string): Promise<Brand> {
    const base = await brandWithCampaign(t.app as FastifyInstance, name);
    const creatorId = await addCreator(base.api, base.campaignId, `${name.toLowerCase()}.creator`);
    const deliverableId = await addDeliverable(base.api, base.campaignId, creatorId);
    const templateId = (
      await base.api({
        method: "POST",
        url: "/api/v1/templates",
        payload: {
          name: `${name} intro`,
          subject: "Hello {{creator.firstName}}",
          body: "Hi {{creator.firstName}}",
        },
      })
    ).json().id as string;
    const listId = (
      await base.api({ method: "POST", url: "/api/v1/creator-lists", payload: { name: `${name} list` } })
    ).json().id as string;
    return { ...base, creatorId, deliverableId, templateId, listId };
  }

  beforeAll(async () => {
    t = await openTestApp(dialect);
    mine = await brand("Mine");
    theirs = await brand("Theirs");
  });
  afterAll(() => t.close());

  async function expectUnknown(request: Parameters<Brand["api"]>[0]) {
    const response = await mine.api(request);
    expect([400, 404], `${request.method} ${request.url}: ${response.statusCode} ${response.body}`).toContain(
      response.statusCode,
    );
    expect(response.headers["content-type"]).toContain("application/problem+json");
  }

  it("refuses another organisation's deliverable on a tracking link", async () => {
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/links`,
      payload: {
        creatorId: mine.creatorId,
        destinationUrl: "https://shop.example.com/",
        deliverableId: theirs.deliverableId,
      },
    });
    const links = await mine.api({ method: "GET", url: `/api/v1/campaigns/${mine.campaignId}/links` });
    expect(links.json().items).toEqual([]);
  });

  it("refuses another campaign's deliverable on a tracking link", async () => {
    const other = (
      await mine.api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Other",
          brand: "Mine",
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2027-01-31",
          currency: "EUR",
        },
      })
    ).json().id as string;
    await mine.api({
      method: "POST",
      url: `/api/v1/campaigns/${other}/creators`,
      payload: { creatorId: mine.creatorId },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${other}/links`,
      payload: {
        creatorId: mine.creatorId,
        destinationUrl: "https://shop.example.com/",
        deliverableId: mine.deliverableId,
      },
    });
  });

  it("refuses another organisation's template, creator, campaign and list", async () => {
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/creators/${mine.creatorId}/emails`,
      payload: { subject: "Hi", body: "Hello", templateId: theirs.templateId },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/creators/${mine.creatorId}/emails`,
      payload: { subject: "Hi", body: "Hello", followUps: [{ templateId: theirs.templateId, afterDays: 3 }] },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/creators`,
      payload: { creatorId: theirs.creatorId },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/creator-lists/${mine.listId}/items`,
      payload: { items: [{ creatorId: theirs.creatorId }] },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/creator-lists/${mine.listId}/add-to-campaign`,
      payload: { campaignId: theirs.campaignId },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/discount-codes`,
      payload: { creatorId: theirs.creatorId, code: "THEIRS10", valueType: "percent", value: 0.1 },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/posts`,
      payload: {
        creatorId: theirs.creatorId,
        platform: "instagram",
        format: "reel",
        url: "https://instagram.com/p/theirs",
        postedAt: "2026-11-10T10:00:00Z",
      },
    });
    await expectUnknown({
      method: "POST",
      url: `/api/v1/campaigns/${mine.campaignId}/plan`,
      payload: { creatorIds: [theirs.creatorId] },
    });
  });
});
