import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { doneStatuses, overdueBefore } from "./deliverable-view.js";

/** Deliverables overdue on `now` (as each deliverable's `overdue` flag), per campaign and creator. */
export async function countOverdueDeliverables(
  db: Kysely<Database>,
  organisationId: string,
  now: Date,
): Promise<Array<{ campaignId: string; creatorId: string; count: number }>> {
  const rows = await db
    .selectFrom("deliverables")
    .select(({ fn }) => ["campaign_id", "creator_id", fn.countAll<number | string>().as("count")])
    .where("organisation_id", "=", organisationId)
    .where("status", "not in", doneStatuses)
    .where("due_date", "<", overdueBefore(now))
    .groupBy(["campaign_id", "creator_id"])
    .execute();
  // PostgreSQL answers a count as a bigint string.
  return rows.map((r) => ({ campaignId: r.campaign_id, creatorId: r.creator_id, count: Number(r.count) }));
}
