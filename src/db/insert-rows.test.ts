import { afterAll, beforeAll, expect, it } from "vitest";
import { systemActor } from "../modules/audit/actor.js";
import { createOrganisation } from "../modules/organisations/organisations.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { newIds } from "./ids.js";
import { insertColumns, insertRows } from "./insert-rows.js";

describeEachDatabase("bulk inserts", (dialect) => {
  let test: TestDatabase;
  let organisationId: string;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    const organisation = await test.database.db
      .transaction()
      .execute((trx) =>
        createOrganisation(trx, { name: "Bulk", slug: "bulk", kind: "brand", actor: systemActor() }),
      );
    organisationId = organisation.id;
  });
  afterAll(async () => test.drop());

  const stored = (prefix: string) =>
    test.database.db
      .selectFrom("creators")
      .select(["id", "organisation_id", "name", "email", "created_at"])
      .where("name", "like", `${prefix}%`)
      .orderBy("id")
      .execute();

  // 12,000 rows take several statements on either database (SQLite by bound parameters, PostgreSQL by rows).
  const count = 12_000;

  it("inserts from one array per column, with a value given once for every row, across statements", async () => {
    const ids = newIds(count);
    const names = ids.map((_, i) => `columns ${i}`);
    const emails = ids.map((_, i) => (i % 3 === 0 ? null : `c${i}@example.com`));
    await insertColumns(
      test.database.db,
      "creators",
      {
        id: ids,
        organisation_id: { every: organisationId },
        name: names,
        email: emails,
        created_at: { every: "2026-12-02T00:00:00.000Z" },
        updated_at: { every: "2026-12-02T00:00:00.000Z" },
      },
      count,
    );
    const rows = await stored("columns ");
    expect(rows).toHaveLength(count);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const mismatched = ids.filter(
      (id, i) => byId.get(id)?.name !== names[i] || byId.get(id)?.email !== emails[i],
    );
    expect(mismatched).toEqual([]);
    expect(new Set(rows.map((r) => r.organisation_id))).toEqual(new Set([organisationId]));
    expect(new Set(rows.map((r) => r.created_at))).toEqual(new Set(["2026-12-02T00:00:00.000Z"]));
  });

  it("inserts row objects by column name, across statements", async () => {
    const rows = newIds(count).map((id, i) => ({
      id,
      organisation_id: organisationId,
      name: `objects ${i}`,
      email: null,
      created_at: "2026-12-02T00:00:00.000Z",
      updated_at: "2026-12-02T00:00:00.000Z",
    }));
    await insertRows(
      test.database.db,
      "creators",
      ["id", "organisation_id", "name", "email", "created_at", "updated_at"],
      rows,
    );
    const byId = new Map((await stored("objects ")).map((r) => [r.id, r.name]));
    expect(byId.size).toBe(count);
    expect(rows.filter((row) => byId.get(row.id) !== row.name)).toEqual([]);
  });

  it("inserts nothing for no rows", async () => {
    await insertColumns(test.database.db, "creators", { id: [], name: [] }, 0);
    await insertRows(test.database.db, "creators", ["id"], []);
    expect(await stored("")).toHaveLength(2 * count);
  });
});
