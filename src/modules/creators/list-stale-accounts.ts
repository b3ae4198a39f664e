import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Platform } from "./tiers.js";

/** Ids of the organisation's accounts on a platform not enriched since `before`. */
export async function listStaleAccounts(
  db: Kysely<Database>,
  organisationId: string,
  platform: Platform,
  before: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom("social_accounts")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .where((eb) => eb.or([eb("last_enriched_at", "is", null), eb("last_enriched_at", "<", before)]))
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
