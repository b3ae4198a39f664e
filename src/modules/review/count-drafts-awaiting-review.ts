import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Deliverables whose latest draft waits for the team's decision (in review), per campaign and creator. */
export async function countDraftsAwaitingReview(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Array<{ campaignId: string; creatorId: string; count: number }>> {
  const rows = await db
    .selectFrom("deliverables")
    .select(({ fn }) => ["campaign_id", "creator_id", fn.countAll<number | string>().as("count")])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "in_review")
    .groupBy(["campaign_id", "creator_id"])
    .execute();
  // PostgreSQL answers a count as a bigint string.
  return rows.map((r) => ({ campaignId: r.campaign_id, creatorId: r.creator_id, count: Number(r.count) }));
}
