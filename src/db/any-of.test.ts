import { afterAll, beforeAll, expect, it } from "vitest";
import { systemActor } from "../modules/audit/actor.js";
import { createOrganisation } from "../modules/organisations/organisations.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { anyOfText, anyOfTextLimit } from "./any-of.js";
import { newIds } from "./ids.js";
import { insertRows } from "./insert-rows.js";

describeEachDatabase("text lists", (dialect) => {
  let test: TestDatabase;
  // Values a list literal could mistake for its own syntax.
  const awkward = ["plain", "with,comma", '"quoted"', "{braced}", "back\\slash", "NULL", "", "ünï 🌮"];

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    const organisation = await test.database.db
      .transaction()
      .execute((trx) =>
        createOrganisation(trx, { name: "Lists", slug: "lists", kind: "brand", actor: systemActor() }),
      );
    const names = [...awkward, ...Array.from({ length: 2_000 }, (_, i) => `many ${i}`)];
    await insertRows(
      test.database.db,
      "creators",
      ["id", "organisation_id", "name", "email", "created_at", "updated_at"],
      newIds(names.length).map((id, i) => ({
        id,
        organisation_id: organisation.id,
        name: names[i] as string,
        email: null,
        created_at: "2026-12-02T00:00:00.000Z",
        updated_at: "2026-12-02T00:00:00.000Z",
      })),
    );
  });
  afterAll(async () => test.drop());

  const namesMatching = async (values: string[]) => {
    const { db } = test.database;
    const rows = await db
      .selectFrom("creators")
      .select("name")
      .where(anyOfText(db, "name", values))
      .execute();
    return rows.map((r) => r.name).sort();
  };

  it("matches exactly the values given, whatever characters they hold", async () => {
    expect(await namesMatching([...awkward, "absent"])).toEqual([...awkward].sort());
    expect(await namesMatching(["with"])).toEqual([]);
  });

  it("takes as many values as its limit says", async () => {
    const limit = anyOfTextLimit(test.database.db);
    const values = Array.from({ length: limit }, (_, i) => `many ${i}`);
    expect(await namesMatching(values)).toHaveLength(Math.min(limit, 2_000));
  });
});
