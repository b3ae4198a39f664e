import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";

/** The organisation a campaign belongs to, for operator tools (the CLI) that are given only a campaign id. */
export async function findCampaignOrganisation(db: Kysely<Database>, campaignId: string): Promise<string> {
  const row = await db
    .selectFrom("campaigns")
    .select("organisation_id")
    .where("id", "=", campaignId)
    .executeTakeFirst();
  if (!row) throw notFound("Campaign");
  return row.organisation_id;
}
