import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addCreator, brandWithCampaign } from "../../src/test-support/collaboration.js";
import { describeEachDatabase, openTestApp, type TestApp } from "../../src/test-support/databases.js";

type Api = Awaited<ReturnType<typeof brandWithCampaign>>["api"];

describeEachDatabase("dates anyone can type", (dialect) => {
  let t: TestApp;
  let api: Api;
  let campaignId: string;
  let creatorId: string;
  beforeAll(async () => {
    t = await openTestApp(dialect);
    ({ api, campaignId } = await brandWithCampaign(t.app as FastifyInstance, "Dates"));
    creatorId = await addCreator(api, campaignId, "dated");
  });
  afterAll(() => t.close());

  async function expectRefused(request: Parameters<Api>[0], field: string) {
    const response = await api(request);
    expect(response.statusCode, `${request.url}: ${response.body}`).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect((response.json().errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
  }

  const campaign = { name: "Odd dates", brand: "Dates", goal: "awareness", currency: "EUR" };

  it("refuses dates that do not exist or fall outside 2000–2100, naming the field", async () => {
    for (const [startDate, endDate, field] of [
      ["2026-13-45", "2026-12-31", "startDate"],
      ["2026-02-30", "2026-12-31", "startDate"],
      ["0000-01-01", "2026-12-31", "startDate"],
      ["2026-01-01", "2101-01-01", "endDate"],
      ["2026-01-01", "2035-01-01", "endDate"],
    ] as const)
      await expectRefused(
        { method: "POST", url: "/api/v1/campaigns", payload: { ...campaign, startDate, endDate } },
        field,
      );

    await expectRefused(
      {
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/deliverables`,
        payload: { title: "Reel", platform: "instagram", format: "reel", dueDate: "2026-13-45" },
      },
      "dueDate",
    );
    await expectRefused(
      {
        method: "PUT",
        url: `/api/v1/campaigns/${campaignId}/brief`,
        payload: { deadlines: [{ label: "Drafts", date: "2026-13-45" }] },
      },
      "deadlines.0.date",
    );
    await expectRefused(
      {
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`,
        payload: {
          terms: {
            collaborationType: "sponsored_post",
            deliverables: [{ platform: "instagram", format: "reel", quantity: 1, dueDate: "2026-13-45" }],
            usageRights: { channels: ["organic"], durationDays: 30, paidAds: false, whitelisting: false },
            compensation: {
              model: "flat_fee",
              amount: 10_000,
              schedule: [{ trigger: "on_signing", share: 1 }],
            },
          },
        },
      },
      "terms.deliverables.0.dueDate",
    );
    await expectRefused(
      {
        method: "POST",
        url: "/api/v1/conversions",
        payload: { orderId: "o-old", occurredAt: "0001-01-01T00:00:00Z", amount: 100, currency: "EUR" },
      },
      "occurredAt",
    );
  });

  it("bounds a paid boost's span, so a report cannot be made to count days by the hundred thousand", async () => {
    const post = (amplification: Record<string, unknown>) => ({
      method: "POST" as const,
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId,
        platform: "instagram",
        format: "reel",
        url: `https://instagram.com/p/${Math.random().toString(36).slice(2)}`,
        postedAt: "2026-11-10T10:00:00Z",
        amplifications: [{ kind: "boost", spend: 5_000, ...amplification }],
      },
    });
    await expectRefused(
      post({ startDate: "0000-01-01", endDate: "2026-11-30" }),
      "amplifications.0.startDate",
    );
    await expectRefused(post({ startDate: "2026-11-30", endDate: "2026-11-01" }), "amplifications.0.endDate");
    await expectRefused(post({ startDate: "2026-01-01", endDate: "2027-06-01" }), "amplifications.0.endDate");
    const fine = await api(post({ startDate: "2026-11-10", endDate: "2026-11-24" }));
    expect(fine.statusCode, fine.body).toBe(201);
  });

  it("bounds a daily series' span", async () => {
    await expectRefused(
      {
        method: "GET",
        url: `/api/v1/campaigns/${campaignId}/link-analytics?from=2000-01-01T00:00:00Z&granularity=day`,
      },
      "from",
    );
    const year = await api({
      method: "GET",
      url: `/api/v1/campaigns/${campaignId}/link-analytics?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z&granularity=day`,
    });
    expect(year.statusCode, year.body).toBe(200);
  });
});
