import { afterAll, beforeAll, expect, it } from "vitest";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import { listDeliverables } from "../modules/review/list-deliverables.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { demoOrganisationSlug, seedDemo } from "./seed-demo.js";

describeEachDatabase("demo review queue", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("leaves one draft that fails the disclosure check in review, and one approved", async () => {
    const { db } = test.database;
    await seedDemo(db, { creatorCount: 300, measuredVolume: "light" });
    const org = await db
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", demoOrganisationSlug)
      .executeTakeFirstOrThrow();
    const summit = (await listCampaigns(db, org.id)).find((c) => c.name === "Summer Summit Series");
    if (!summit) throw new Error("no demo campaign");
    const items = await listDeliverables(db, org.id, { campaignId: summit.id });
    expect(items.map((d) => d.status).sort()).toEqual(["approved", "in_review"]);
    const inReview = items.find((d) => d.status === "in_review");
    expect(inReview?.latestDraft?.compliant).toBe(false);
    expect(inReview?.latestDraft?.findings.map((f) => f.rule)).toContain("brief.forbidden-term");
  });
});
