import { afterAll, beforeAll, expect, it } from "vitest";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import { getCampaignConversions } from "../modules/conversions/campaign-conversions.js";
import { getCampaignSentiment } from "../modules/posts/campaign-sentiment.js";
import { getLinkAnalytics } from "../modules/tracking/link-analytics.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { demoOrganisationSlug, seedDemo } from "./seed-demo.js";

describeEachDatabase("demo tracking", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("gives the measured campaign clicks whose rollups match the raw rows, and attributed orders", async () => {
    const { db } = test.database;
    await seedDemo(db, { creatorCount: 300, measuredVolume: "light" });
    const org = await db
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", demoOrganisationSlug)
      .executeTakeFirstOrThrow();
    const summit = (await listCampaigns(db, org.id)).find((c) => c.name === "Summer Summit Series");
    if (!summit) throw new Error("no demo campaign");
    const analytics = await getLinkAnalytics(
      db,
      org.id,
      { campaignId: summit.id },
      { from: "2020-01-01T00:00:00.000Z", to: "2030-01-01T00:00:00.000Z", granularity: "day" },
    );
    const raw = await db
      .selectFrom("tracking_clicks")
      .select(["is_bot"])
      .where("organisation_id", "=", org.id)
      .execute();
    expect(raw.length).toBeGreaterThan(100);
    expect(analytics.totals.clicks).toBe(raw.filter((c) => c.is_bot === 0).length);
    expect(analytics.totals.botClicks).toBe(raw.filter((c) => c.is_bot === 1).length);
    expect(analytics.byCreator.length).toBeGreaterThan(0);
    const conversions = await getCampaignConversions(db, org.id, summit.id);
    expect(conversions.totals.byCode).toBeGreaterThan(0);
    expect(conversions.totals.byClick).toBeGreaterThan(0);
    expect(conversions.totals.refunded).toBeGreaterThan(0);
    // Its posts have comments, scored, with warm and critical ones to show.
    const sentiment = await getCampaignSentiment(db, org.id, summit.id);
    expect(sentiment.totals.comments).toBeGreaterThan(100);
    expect(sentiment.totals.positive).toBeGreaterThan(sentiment.totals.negative);
    expect(sentiment.examples.negative.length).toBeGreaterThanOrEqual(2);
  });
});
