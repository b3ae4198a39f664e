import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

export interface ClickRecord {
  clickId: string;
  linkId: string;
  campaignId: string;
  creatorId: string;
  occurredAt: string;
}

/** The organisation's clicks among these ids (looked up by primary key); unknown or foreign ids are absent. */
export async function findClicks(
  db: Kysely<Database>,
  organisationId: string,
  clickIds: string[],
): Promise<ClickRecord[]> {
  const ids = [...new Set(clickIds)].filter((id) => id.length <= 64);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("tracking_clicks as c")
    .innerJoin("tracking_links as l", "l.id", "c.link_id")
    .select(["c.id", "c.link_id", "c.occurred_at", "l.campaign_id", "l.creator_id"])
    .where("c.organisation_id", "=", organisationId)
    .where("c.id", "in", ids)
    .execute();
  return rows.map((r) => ({
    clickId: r.id,
    linkId: r.link_id,
    campaignId: r.campaign_id,
    creatorId: r.creator_id,
    occurredAt: r.occurred_at,
  }));
}
