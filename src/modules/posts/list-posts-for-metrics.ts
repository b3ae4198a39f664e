import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Platform } from "../creators/tiers.js";

/** What a connector needs to fetch a live post's metrics, and when it last did. */
export interface PostForMetrics {
  id: string;
  campaignId: string;
  creatorId: string;
  platform: Platform;
  url: string;
  postedAt: string;
  platformMediaId: string | null;
  metricsFetchedAt: string | null;
}

/** The organisation's live posts on the given platforms, optionally of one campaign, oldest first. */
export async function listPostsForMetrics(
  db: Kysely<Database>,
  organisationId: string,
  filter: { platforms: readonly Platform[]; campaignId?: string },
): Promise<PostForMetrics[]> {
  if (filter.platforms.length === 0) return [];
  let query = db
    .selectFrom("live_posts")
    .select([
      "id",
      "campaign_id",
      "creator_id",
      "platform",
      "url",
      "posted_at",
      "platform_media_id",
      "metrics_fetched_at",
    ])
    .where("organisation_id", "=", organisationId)
    .where("platform", "in", [...filter.platforms]);
  if (filter.campaignId) query = query.where("campaign_id", "=", filter.campaignId);
  const rows = await query.orderBy("posted_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    platform: row.platform,
    url: row.url,
    postedAt: row.posted_at,
    platformMediaId: row.platform_media_id,
    metricsFetchedAt: row.metrics_fetched_at,
  }));
}
