import { afterAll, beforeAll, expect, it } from "vitest";
import { getCampaignPlan } from "../modules/campaigns/campaign-plan.js";
import { listCampaignCreators } from "../modules/campaigns/list-campaign-creators.js";
import { listCampaigns } from "../modules/campaigns/list-campaigns.js";
import { listContracts } from "../modules/contracts/list-contracts.js";
import { listOutbox } from "../modules/outreach/threads.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { demoOrganisationSlug, seedDemo } from "./seed-demo.js";

describeEachDatabase("demo campaigns", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("seeds three campaigns in different phases with conversations and a contract of each model", async () => {
    const { db } = test.database;
    await seedDemo(db, { creatorCount: 300, measuredVolume: "light" });
    const org = await db
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", demoOrganisationSlug)
      .executeTakeFirstOrThrow();
    const { items: campaigns } = await listCampaigns(db, org.id);
    expect(campaigns.map((c) => c.name).sort()).toEqual([
      "Spring Trail Launch",
      "Summer Summit Series",
      "Winter Layers",
    ]);
    const byName = new Map(campaigns.map((c) => [c.name, c]));
    const phase = async (name: string) =>
      (await getCampaignPlan(db, org.id, byName.get(name)?.id ?? "", "2026-04-01")).currentPhase;
    expect(await phase("Winter Layers")).toBe("discovery");
    expect(await phase("Spring Trail Launch")).toBe("collaboration");
    expect(await phase("Summer Summit Series")).toBe("measurement");

    const { items: spring } = await listCampaignCreators(
      db,
      org.id,
      byName.get("Spring Trail Launch")?.id ?? "",
    );
    expect(new Set(spring.map((c) => c.stage))).toEqual(
      new Set(["shortlisted", "contacted", "negotiating", "contracted", "declined"]),
    );
    expect((await listOutbox(db, org.id, undefined, { limit: 1 })).items.length).toBeGreaterThan(0);
    const { items: summerContracts } = await listContracts(db, org.id, {
      campaignId: byName.get("Summer Summit Series")?.id ?? "",
    });
    expect(summerContracts.map((c) => c.terms.compensation.model).sort()).toEqual([
      "affiliate",
      "flat_fee",
      "hybrid",
      "product_seeding",
    ]);
  });
});
