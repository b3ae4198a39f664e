import { afterAll, beforeAll, expect, it } from "vitest";
import { listDeliverables } from "../modules/review/list-deliverables.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { seedLightDemo } from "../test-support/demo.js";

describeEachDatabase("demo review queue", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("leaves one draft that fails the disclosure check in review, and one approved", async () => {
    const { db } = test.database;
    const { organisationId, measured: summit } = await seedLightDemo(db);
    const { items } = await listDeliverables(db, organisationId, { campaignId: summit.id });
    expect(items.map((d) => d.status).sort()).toEqual(["approved", "in_review"]);
    const inReview = items.find((d) => d.status === "in_review");
    expect(inReview?.latestDraft?.compliant).toBe(false);
    expect(inReview?.latestDraft?.findings.map((f) => f.rule)).toContain("brief.forbidden-term");
  });
});
