import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * Counter-offers from creators that the brand has not answered: still proposed (a newer version supersedes one, and
 * acceptance or withdrawal closes it) and proposed by the creator. Our own open offers wait on the creator, not on
 * the team. Per campaign and creator.
 */
export async function countOffersAwaitingResponse(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Array<{ campaignId: string; creatorId: string; count: number }>> {
  const rows = await db
    .selectFrom("offers")
    .select(({ fn }) => ["campaign_id", "creator_id", fn.countAll<number | string>().as("count")])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "proposed")
    .where("proposed_by", "=", "creator")
    .groupBy(["campaign_id", "creator_id"])
    .execute();
  // PostgreSQL answers a count as a bigint string.
  return rows.map((r) => ({ campaignId: r.campaign_id, creatorId: r.creator_id, count: Number(r.count) }));
}
