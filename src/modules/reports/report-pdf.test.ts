import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase, openTestApp, type TestApp } from "../../test-support/databases.js";
import { asApiKey, createApiKey, signUp } from "../../test-support/http.js";

describeEachDatabase("campaign report PDF", (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof asApiKey>;
  let campaignId: string;

  beforeAll(async () => {
    t = await openTestApp(dialect);
    api = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    campaignId = (
      await api({
        method: "POST",
        url: "/api/v1/campaigns",
        payload: {
          name: "Harbour Lights PDF",
          goal: "awareness",
          startDate: "2026-11-01",
          endDate: "2026-11-30",
          currency: "GBP",
          kpis: [{ metric: "impressions", comparison: "gte", target: 20_000 }],
        },
      })
    ).json().id;
    const creatorId = (
      await api({
        method: "POST",
        url: "/api/v1/creators",
        payload: {
          name: "Pia Pdf",
          accounts: [{ platform: "tiktok", handle: "pia.pdf", followers: 80_000 }],
        },
      })
    ).json().id;
    await api({ method: "POST", url: `/api/v1/campaigns/${campaignId}/creators`, payload: { creatorId } });
    const post = (
      await api({
        method: "POST",
        url: `/api/v1/campaigns/${campaignId}/posts`,
        payload: {
          creatorId,
          platform: "tiktok",
          format: "short_video",
          url: "https://www.tiktok.com/@pia.pdf/video/1",
          postedAt: "2026-11-10T12:00:00Z",
        },
      })
    ).json();
    await api({
      method: "POST",
      url: `/api/v1/posts/${post.id}/metrics`,
      payload: { capturedAt: "2026-11-12T12:00:00Z", views: 50_000, likes: 3_000, comments: 100 },
    });
  });
  afterAll(async () => t.close());

  it("answers a PDF of the report named for the campaign, as a download", async () => {
    const response = await api({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report.pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="campaign-report-${campaignId}.pdf"`,
    );
    const pdf = response.rawPayload.toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toContain("(Harbour Lights PDF: campaign report)"); // the document title, in the info dictionary
    // Totals and KPI on the first page, the charts and leaderboard after them.
    expect(pdf).toMatch(/\/Type \/Pages\s+\/Count 2/);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
  });

  it("answers 404 for another organisation's campaign", async () => {
    const other = asApiKey(t.app, await createApiKey(t.app, await signUp(t.app)));
    const response = await other({ method: "GET", url: `/api/v1/campaigns/${campaignId}/report.pdf` });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
  });
});
