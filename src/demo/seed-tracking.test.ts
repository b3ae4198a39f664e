import { afterAll, beforeAll, expect, it } from "vitest";
import { getCampaignConversions } from "../modules/conversions/campaign-conversions.js";
import { getCampaignSentiment } from "../modules/posts/campaign-sentiment.js";
import { getCampaignReport } from "../modules/reports/get-campaign-report.js";
import { getLinkAnalytics } from "../modules/tracking/link-analytics.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { seedLightDemo } from "../test-support/demo.js";

describeEachDatabase("demo tracking", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("gives the measured campaign clicks whose rollups match the raw rows, and attributed orders", async () => {
    const { db } = test.database;
    const { organisationId, measured: summit } = await seedLightDemo(db);
    const analytics = await getLinkAnalytics(
      db,
      organisationId,
      { campaignId: summit.id },
      { from: "2020-01-01T00:00:00.000Z", to: "2030-01-01T00:00:00.000Z", granularity: "day" },
    );
    const raw = await db
      .selectFrom("tracking_clicks")
      .select(["is_bot"])
      .where("organisation_id", "=", organisationId)
      .execute();
    expect(raw.length).toBeGreaterThan(100);
    expect(analytics.totals.clicks).toBe(raw.filter((c) => c.is_bot === 0).length);
    expect(analytics.totals.botClicks).toBe(raw.filter((c) => c.is_bot === 1).length);
    expect(analytics.byCreator.length).toBeGreaterThan(0);
    const conversions = await getCampaignConversions(db, organisationId, summit.id);
    expect(conversions.totals.byCode).toBeGreaterThan(0);
    expect(conversions.totals.byClick).toBeGreaterThan(0);
    expect(conversions.totals.refunded).toBeGreaterThan(0);
    // Its posts have comments, scored, with warm and critical ones to show.
    const sentiment = await getCampaignSentiment(db, organisationId, summit.id);
    expect(sentiment.totals.comments).toBeGreaterThan(100);
    expect(sentiment.totals.positive).toBeGreaterThan(sentiment.totals.negative);
    expect(sentiment.examples.negative.length).toBeGreaterThanOrEqual(2);
    // Its spend over time adds up to its cost, commissions following the days' revenue.
    const report = await getCampaignReport(db, organisationId, summit.id);
    expect(report.spendByDay.reduce((sum, d) => sum + d.cost, 0)).toBe(report.totals.cost);
    expect(report.spendByDay.length).toBeGreaterThan(10);
  });
});
