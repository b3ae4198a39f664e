import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * Ledger entries a person can approve now: pending and payable (their trigger or refund lock has passed), per
 * campaign and creator, as the ledger stands (it is brought up to date when a campaign's ledger or report is read).
 */
export async function countPayoutsToApprove(
  db: Kysely<Database>,
  organisationId: string,
  now: Date,
): Promise<Array<{ campaignId: string; creatorId: string; count: number }>> {
  const rows = await db
    .selectFrom("payout_entries")
    .select(({ fn }) => ["campaign_id", "creator_id", fn.countAll<number | string>().as("count")])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "pending")
    .where("payable_from", "<=", now.toISOString())
    .groupBy(["campaign_id", "creator_id"])
    .execute();
  // PostgreSQL answers a count as a bigint string.
  return rows.map((r) => ({ campaignId: r.campaign_id, creatorId: r.creator_id, count: Number(r.count) }));
}
