import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * When the campaign's first link was created; null without links. A campaign's clicks are counted from here on
 * (M13 One window): no click of its links can be older, and one before the campaign's start date still counts.
 */
export async function firstLinkCreatedAt(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("tracking_links")
    .select((eb) => eb.fn.min<string>("created_at").as("first"))
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
  return row?.first ?? null;
}
