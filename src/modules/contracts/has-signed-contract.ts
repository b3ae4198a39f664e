import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** True when the creator has signed terms in force (a contract not superseded by an amendment) in the campaign. */
export async function hasSignedContract(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("contracts")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("creator_id", "=", creatorId)
    .where("superseded_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}
