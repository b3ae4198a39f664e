import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * Threads whose last word is the creator's: a reply marks a thread "replied" and our next message opens it again,
 * so a replied thread is one the team still has to answer. Per campaign and creator.
 */
export async function countRepliesToAnswer(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Array<{ campaignId: string; creatorId: string; count: number }>> {
  const rows = await db
    .selectFrom("email_threads")
    .select(({ fn }) => ["campaign_id", "creator_id", fn.countAll<number | string>().as("count")])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "replied")
    .groupBy(["campaign_id", "creator_id"])
    .execute();
  // PostgreSQL answers a count as a bigint string.
  return rows.map((r) => ({ campaignId: r.campaign_id, creatorId: r.creator_id, count: Number(r.count) }));
}
