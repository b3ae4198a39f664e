import { afterAll, beforeAll, expect, it } from "vitest";
import { newClickId } from "../modules/tracking/click-id.js";
import { type ClickRow, clickColumns } from "../modules/tracking/write-clicks.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../test-support/databases.js";
import { insertRows } from "./insert-rows.js";
import { committedThrough, lastAppended, lockAppends } from "./ordered-appends.js";

describeEachDatabase("appends in commit order", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("gives each of several concurrent appends consecutive sequence numbers, below what a reader sees", async () => {
    const rows = (writer: number): ClickRow[] =>
      Array.from({ length: 300 }, (_, i) => ({
        id: newClickId(),
        organisation_id: `org-${writer}`,
        link_id: `link-${writer}`,
        occurred_at: new Date(Date.UTC(2026, 11, 5, 10, 0, i)).toISOString(),
        visitor_hash: `v${i}`,
        device: "mobile",
        referrer_host: null,
        country: null,
        is_bot: 0,
      }));
    // On PostgreSQL these run at once on the pool's connections; without the lock their numbers would interleave.
    const lasts = await Promise.all(
      [0, 1, 2, 3].map((writer) =>
        test.database.db.transaction().execute(async (trx) => {
          await lockAppends(trx, "tracking_clicks");
          await insertRows(trx, "tracking_clicks", clickColumns, rows(writer));
          return lastAppended(trx, "tracking_clicks", "seq");
        }),
      ),
    );
    const stored = await test.database.db
      .selectFrom("tracking_clicks")
      .select(["seq", "link_id"])
      .orderBy("seq")
      .execute();
    lasts.forEach((last, writer) => {
      const own = stored.filter((row) => Number(row.seq) > last - 300 && Number(row.seq) <= last);
      expect(own).toHaveLength(300);
      expect(new Set(own.map((row) => row.link_id))).toEqual(new Set([`link-${writer}`]));
    });
    expect(await committedThrough(test.database.db, "tracking_clicks", "seq")).toBe(Math.max(...lasts));
  });
});
