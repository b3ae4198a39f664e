import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../http/errors.js";
import { systemActor } from "../modules/audit/actor.js";
import { createOrganisation } from "../modules/organisations/organisations.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { newIds, nowIso } from "./ids.js";
import { decodeCursor, encodeCursor, keysetPage, type SortKey } from "./keyset-page.js";

function cursorError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("cursors", () => {
  it("round-trip the sort-key values of a row", () => {
    const cursor = encodeCursor(["2026-11-24T09:00:00.000Z", 42, "0193a-id"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ["text", "number", "text"])).toEqual([
      "2026-11-24T09:00:00.000Z",
      42,
      "0193a-id",
    ]);
  });

  it.each([
    ["not base64 JSON", "%%%not-a-cursor", ["text"]],
    ["JSON that is no array", Buffer.from('{"a":1}').toString("base64url"), ["text"]],
    ["too few values", encodeCursor(["a"]), ["text", "text"]],
    ["too many values", encodeCursor(["a", "b", "c"]), ["text", "text"]],
    ["a number where text belongs", encodeCursor([1, "b"]), ["text", "text"]],
    ["text where a number belongs", encodeCursor(["1", "b"]), ["number", "text"]],
    ["a null", Buffer.from('[null,"b"]').toString("base64url"), ["text", "text"]],
    ["an object", Buffer.from('[{},"b"]').toString("base64url"), ["text", "text"]],
  ] as const)("refuse %s as a 400 naming the cursor", (_, cursor, kinds) => {
    const error = cursorError(() => decodeCursor(cursor, kinds));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ field: "cursor", message: expect.any(String) }]);
  });
});

describeEachDatabase("keyset pages", (dialect) => {
  let test: TestDatabase;
  let organisationId: string;
  // Names with ties, so the id must break them; lengths with ties too, for a numeric expression key.
  const names = ["Ada", "Bo", "Bo", "Cy", "Dee", "Dee", "Dee", "Eve", "Flo", "Gus", "Hal"];
  let rows: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    const organisation = await test.database.db
      .transaction()
      .execute((trx) =>
        createOrganisation(trx, { name: "Pages", slug: "pages", kind: "brand", actor: systemActor() }),
      );
    organisationId = organisation.id;
    const ids = newIds(names.length);
    rows = names.map((name, i) => ({ id: ids[i] as string, name }));
    const now = nowIso();
    await test.database.db
      .insertInto("creators")
      .values(
        rows.map((row) => ({
          ...row,
          organisation_id: organisationId,
          email: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });
  afterAll(async () => test.drop());

  const query = () =>
    test.database.db
      .selectFrom("creators")
      .select(["id", "name"])
      .where("organisation_id", "=", organisationId);

  async function everyPage(order: SortKey<{ id: string; name: string }>[], limit: number) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await keysetPage(query(), order, { limit, cursor });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      // A cursor that does not move on would page forever: fail instead.
      expect(pages).toBeLessThanOrEqual(names.length + 1);
    } while (cursor);
    return { seen, pages };
  }

  it("pages through a list with ties in order, every row once, and ends with a null cursor", async () => {
    const order: SortKey<{ id: string; name: string }>[] = [
      { by: "name", direction: "asc", value: (row) => row.name },
      { by: "id", direction: "desc", value: (row) => row.id },
    ];
    const expected = [...rows]
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? 1 : -1) : a.name < b.name ? -1 : 1))
      .map((row) => row.id);
    for (const limit of [1, 2, 3, 4, names.length, names.length + 1]) {
      const { seen, pages } = await everyPage(order, limit);
      expect(seen).toEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(names.length / limit)));
    }
  });

  it("sorts by a numeric expression, descending", async () => {
    const order: SortKey<{ id: string; name: string }>[] = [
      { by: sql`length(name)`, direction: "desc", value: (row) => row.name.length, numeric: true },
      { by: "id", direction: "asc", value: (row) => row.id },
    ];
    const expected = [...rows]
      .sort((a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    expect((await everyPage(order, 3)).seen).toEqual(expected);
  });

  it("returns every row, with no cursor, when no page is asked for", async () => {
    const all = await keysetPage(query(), [{ by: "id", direction: "asc", value: (row) => row.id }]);
    expect(all.items.map((row) => row.id)).toEqual(rows.map((row) => row.id).sort());
    expect(all.nextCursor).toBeNull();
  });

  it("refuses a cursor of the wrong shape before it reaches the database", async () => {
    const order: SortKey<{ id: string; name: string }>[] = [
      { by: sql`length(name)`, direction: "desc", value: (row) => row.name.length, numeric: true },
      { by: "id", direction: "asc", value: (row) => row.id },
    ];
    await expect(
      keysetPage(query(), order, { limit: 2, cursor: encodeCursor(["x", "y"]) }),
    ).rejects.toMatchObject({
      status: 400,
      errors: [{ field: "cursor" }],
    });
  });
});
