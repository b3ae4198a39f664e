import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Platform, Tier } from "./tiers.js";

export interface PlanningAccount {
  accountId: string;
  creatorId: string;
  name: string;
  platform: Platform;
  handle: string;
  followers: number;
  tier: Tier;
  country: string | null;
  /** ER by followers (Instagram, LinkedIn) or by views (TikTok, YouTube), M2. */
  engagementRate: number | null;
  postsCount: number | null;
  qualityScore: number;
  /** Brands in the account's sponsored posts of the last 180 days (M5). */
  sponsoredBrands: string[];
}

const videoFirst = new Set<Platform>(["tiktok", "youtube"]);

/** The accounts a campaign planner chooses among: the given creators', or the organisation's largest. */
export async function listAccountsForPlanning(
  db: Kysely<Database>,
  organisationId: string,
  options: { creatorIds?: string[]; limit: number },
): Promise<PlanningAccount[]> {
  let query = db
    .selectFrom("social_accounts")
    .innerJoin("creators", "creators.id", "social_accounts.creator_id")
    .selectAll("social_accounts")
    .select("creators.name")
    .where("social_accounts.organisation_id", "=", organisationId)
    .orderBy("social_accounts.followers", "desc")
    .orderBy("social_accounts.id")
    .limit(options.limit);
  if (options.creatorIds) {
    if (options.creatorIds.length === 0) return [];
    query = query.where("social_accounts.creator_id", "in", options.creatorIds);
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    accountId: row.id,
    creatorId: row.creator_id,
    name: row.name,
    platform: row.platform,
    handle: row.handle,
    followers: row.followers,
    tier: row.tier,
    country: row.country,
    engagementRate: videoFirst.has(row.platform)
      ? (row.engagement_rate_views ?? row.engagement_rate)
      : row.engagement_rate,
    postsCount: row.posts_count,
    qualityScore: row.quality_score,
    sponsoredBrands: JSON.parse(row.sponsored_brands) as string[],
  }));
}
