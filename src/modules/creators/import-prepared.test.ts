import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../test-support/databases.js";
import { systemActor } from "../audit/actor.js";
import { createOrganisation } from "../organisations/organisations.js";
import { importCreators } from "./import-creators.js";

/** 250 rows: a few rejected, a few repeated (the last wins), so prepared statements of 64 rows and of 1 both run. */
function csv(): string {
  const lines = ["name,handle,platform,followers,engagement rate,country,niches,bio,email"];
  for (let i = 0; i < 250; i++) {
    const platform = ["instagram", "tiktok", "youtube", "myspace"][i % 17 === 0 ? 3 : i % 3];
    const handle = i % 41 === 0 ? "repeated.handle" : `creator.${i}`;
    lines.push(
      `Creator ${i},${handle},${platform},${1_000 + i * 997},${(1 + (i % 9)) / 100},${["US", "DE", "Narnia"][i % 23 === 0 ? 2 : i % 2]},"hiking;food",bio ${i},c${i}@example.com`,
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("creator import through prepared statements (SQLite)", () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of opened) await database.drop();
  });

  async function importInto(prepared: boolean) {
    const test = await openTestDatabase("sqlite");
    opened.push(test);
    const { db, sqlite } = test.database;
    const organisation = await db
      .transaction()
      .execute((trx) =>
        createOrganisation(trx, { name: "Import Co", slug: "import", kind: "brand", actor: systemActor() }),
      );
    const ctx = { organisationId: organisation.id, actor: systemActor() };
    const options = { format: "csv" as const, batchSize: 100, sqlite: prepared ? sqlite : undefined };
    const summaries = [
      await importCreators(db, ctx, Readable.from([csv()]), options),
      await importCreators(db, ctx, Readable.from([csv()]), options),
    ];
    const accounts = await db
      .selectFrom("social_accounts")
      .innerJoin("creators", "creators.id", "social_accounts.creator_id")
      .select([
        "creators.name",
        "creators.email",
        "platform",
        "handle",
        "followers",
        "engagement_rate",
        "country",
        "niches",
        "bio",
        "tier",
        "quality_score",
        "change_seq",
      ])
      .orderBy("platform")
      .orderBy("handle")
      .execute();
    return { summaries, accounts };
  }

  it("stores what the Kysely statements store, on a first import and a re-import", async () => {
    const viaKysely = await importInto(false);
    const viaPrepared = await importInto(true);
    expect(viaPrepared.summaries).toEqual(viaKysely.summaries);
    expect(viaPrepared.summaries[0]).toMatchObject({ imported: 222, updated: 3 });
    expect(viaPrepared.accounts).toEqual(viaKysely.accounts);
    expect(viaPrepared.accounts.length).toBeGreaterThan(200);
  });
});
