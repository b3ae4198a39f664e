import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { type LinkView, toLinkView } from "./link-view.js";

export interface LinkWithCounts extends LinkView {
  clicks: number;
  botClicks: number;
}

/**
 * A campaign's links (optionally one creator's), newest first (ids are time-ordered), with their all-time click
 * counts from the rollup; one page, or all of them without one.
 */
export async function listLinks(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  publicUrl: string,
  creatorId?: string,
  page?: PageRequest,
): Promise<Page<LinkWithCounts>> {
  await getCampaign(db, organisationId, campaignId);
  const { items: rows, nextCursor } = await keysetPage(
    db
      .selectFrom("tracking_links")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("campaign_id", "=", campaignId)
      .$if(Boolean(creatorId), (q) => q.where("creator_id", "=", creatorId as string)),
    [{ by: "id", direction: "desc", value: (row) => row.id }],
    page,
  );
  if (rows.length === 0) return { items: [], nextCursor };
  const counts = await db
    .selectFrom("tracking_link_hourly")
    .select((eb) => [
      "link_id",
      eb.fn.sum<number>("clicks").as("clicks"),
      eb.fn.sum<number>("bot_clicks").as("bot_clicks"),
    ])
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where(
      "link_id",
      "in",
      rows.map((row) => row.id),
    )
    .groupBy("link_id")
    .execute();
  const byLink = new Map(counts.map((c) => [c.link_id, c]));
  return {
    items: rows.map((row) => ({
      ...toLinkView(row, publicUrl),
      clicks: Number(byLink.get(row.id)?.clicks ?? 0),
      botClicks: Number(byLink.get(row.id)?.bot_clicks ?? 0),
    })),
    nextCursor,
  };
}
