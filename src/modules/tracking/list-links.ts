import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { type LinkView, toLinkView } from "./link-view.js";

export interface LinkWithCounts extends LinkView {
  clicks: number;
  botClicks: number;
}

/** A campaign's links (optionally one creator's), newest first, with their all-time click counts from the rollup. */
export async function listLinks(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  publicUrl: string,
  creatorId?: string,
): Promise<LinkWithCounts[]> {
  await getCampaign(db, organisationId, campaignId);
  const rows = await db
    .selectFrom("tracking_links")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .$if(Boolean(creatorId), (q) => q.where("creator_id", "=", creatorId as string))
    .orderBy("id", "desc")
    .execute();
  if (rows.length === 0) return [];
  const counts = await db
    .selectFrom("tracking_link_hourly")
    .select((eb) => [
      "link_id",
      eb.fn.sum<number>("clicks").as("clicks"),
      eb.fn.sum<number>("bot_clicks").as("bot_clicks"),
    ])
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .groupBy("link_id")
    .execute();
  const byLink = new Map(counts.map((c) => [c.link_id, c]));
  return rows.map((row) => ({
    ...toLinkView(row, publicUrl),
    clicks: Number(byLink.get(row.id)?.clicks ?? 0),
    botClicks: Number(byLink.get(row.id)?.bot_clicks ?? 0),
  }));
}
