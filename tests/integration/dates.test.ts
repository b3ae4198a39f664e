import { monitorEventLoopDelay } from "node:perf_hooks";
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

describeEachDatabase("the largest report the bounds allow", (dialect) => {
  let t: TestApp;
  afterAll(() => t.close());

  it("builds a five-year campaign with year-long boosts as JSON, CSV and PDF, quickly and small", async () => {
    t = await openTestApp(dialect);
    const { api } = await brandWithCampaign(t.app as FastifyInstance, "Longest");
    const campaign = await api({
      method: "POST",
      url: "/api/v1/campaigns",
      payload: {
        name: "Always on",
        brand: "Longest",
        goal: "conversion",
        startDate: "2026-01-01",
        endDate: "2030-12-31",
        attributionWindowDays: 365,
        currency: "EUR",
      },
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    const campaignId = campaign.json().id as string;
    const creatorId = await addCreator(api, campaignId, "always.on");
    const post = await api({
      method: "POST",
      url: `/api/v1/campaigns/${campaignId}/posts`,
      payload: {
        creatorId,
        platform: "instagram",
        format: "reel",
        url: "https://instagram.com/p/always-on",
        postedAt: "2026-01-02T10:00:00Z",
        amplifications: Array.from({ length: 20 }, (_, i) => ({
          kind: "boost",
          spend: 10_000 + i,
          startDate: "2026-01-01",
          endDate: "2027-01-01",
        })),
      },
    });
    expect(post.statusCode, post.body).toBe(201);

    for (const format of ["report", "report.csv", "report.pdf"]) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const started = performance.now();
      const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/${format}` });
      const took = performance.now() - started;
      loop.disable();
      console.info(
        `${format}: ${took.toFixed(0)} ms, longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms`,
      );
      expect(response.statusCode, `${format}: ${response.body.slice(0, 300)}`).toBe(200);
      expect(response.rawPayload.length, format).toBeLessThan(2_000_000);
      // Generous for a loaded two-core machine: the unbounded report took seconds and 22 MB.
      expect(took, format).toBeLessThan(5_000);
      expect(loop.max / 1e6, `${format}: event-loop stall`).toBeLessThan(500);
    }
  }, 60_000);
});
