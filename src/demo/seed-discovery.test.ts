import { afterAll, beforeAll, expect, it } from "vitest";
import { systemActor } from "../modules/audit/actor.js";
import { insertCreators } from "../modules/creators/creators.js";
import { searchCreators } from "../modules/discovery/search-creators.js";
import { createOrganisation } from "../modules/organisations/organisations.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { generateCreators } from "./generate-creators.js";
import { seedDiscovery } from "./seed-discovery.js";

describeEachDatabase("demo discovery data", (dialect) => {
  let test: TestDatabase;
  let organisationId: string;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    const { db } = test.database;
    const actor = systemActor("Demo data");
    organisationId = await db.transaction().execute(async (trx) => {
      const organisation = await createOrganisation(trx, {
        name: "Demo",
        slug: "demo",
        kind: "brand",
        actor,
      });
      await insertCreators(trx, organisation.id, generateCreators(100));
      await seedDiscovery(trx, { organisationId: organisation.id, actor });
      return organisation.id;
    });
  });
  afterAll(async () => test.drop());

  it("shows every quality and saturation warning somewhere", async () => {
    const result = await searchCreators(test.database.db, organisationId, { limit: 200 });
    expect(result.total).toBeGreaterThan(105);
    const flags = new Set(result.items.flatMap((i) => i.qualityFlags.map((f) => f.code)));
    for (const code of [
      "follower_growth_spike",
      "comments_to_likes_low",
      "comments_to_likes_high",
      "audience_credibility",
    ])
      expect(flags, code).toContain(code);
    expect(result.items.some((i) => i.saturation === "strong")).toBe(true);
    expect(result.items.find((i) => i.handle === "jonahpetrov")?.sponsoredBrands).toEqual(["Summit Co"]);
    // Generated creators carry posts, so their rates are measured (M2), mostly within their benchmarks.
    const generated = result.items.filter((i) => i.qualityFlags.length === 0);
    expect(generated.length).toBeGreaterThan(60);
  });
});
