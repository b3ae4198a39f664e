import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** The names of the organisation's campaigns among `campaignIds`, by id; ids of other organisations are left out. */
export async function campaignNames(
  db: Kysely<Database>,
  organisationId: string,
  campaignIds: string[],
): Promise<Map<string, string>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("campaigns")
    .select(["id", "name"])
    .where("organisation_id", "=", organisationId)
    .where("id", "in", campaignIds)
    .execute();
  return new Map(rows.map((c) => [c.id, c.name]));
}
