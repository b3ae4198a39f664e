import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * Takes the organisation's next change number, inside the writing transaction. The counter row stays locked until
 * commit, so writers commit in counter order and a search index that has seen number N has seen every change ≤ N.
 */
export async function nextChangeSeq(db: Kysely<Database>, organisationId: string): Promise<number> {
  const row = await db
    .insertInto("creator_change_counters")
    .values({ organisation_id: organisationId, seq: 1 })
    .onConflict((oc) =>
      oc.column("organisation_id").doUpdateSet({ seq: sql<number>`creator_change_counters.seq + 1` }),
    )
    .returning("seq")
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

/** The organisation's latest change number; 0 before any write. */
export async function currentChangeSeq(db: Kysely<Database>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom("creator_change_counters")
    .select("seq")
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}
