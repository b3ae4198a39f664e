import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { dayMs } from "../../shared/time.js";
import { listContracts } from "../contracts/list-contracts.js";
import { listCampaignPosts } from "../posts/list-campaign-posts.js";
import { usageRightsPeriod } from "./usage-rights-period.js";

/**
 * Approved and live content whose usage rights (under the creator's contract in force) are still running on `now` but
 * lapse within `withinDays`, per campaign and creator: the content library's reading of each item's rights.
 */
export async function countExpiringUsageRights(
  db: Kysely<Database>,
  organisationId: string,
  withinDays: number,
  now: Date,
): Promise<Array<{ campaignId: string; creatorId: string; count: number }>> {
  const rows = await db
    .selectFrom("deliverables")
    .select(["campaign_id", "creator_id", "live_post_id", "approved_at", "updated_at"])
    .where("organisation_id", "=", organisationId)
    .where("status", "in", ["approved", "live"])
    .execute();
  if (rows.length === 0) return [];
  const { items: contracts } = await listContracts(db, organisationId, { inForceOnly: true });
  const rights = new Map(contracts.map((c) => [`${c.campaignId}|${c.creatorId}`, c.terms.usageRights]));
  const postedAt = new Map<string, string>();
  for (const campaignId of new Set(rows.filter((r) => r.live_post_id).map((r) => r.campaign_id)))
    for (const post of (await listCampaignPosts(db, organisationId, campaignId)).items)
      postedAt.set(post.id, post.postedAt);
  const counts = new Map<string, { campaignId: string; creatorId: string; count: number }>();
  for (const row of rows) {
    const key = `${row.campaign_id}|${row.creator_id}`;
    const granted = rights.get(key);
    if (!granted) continue;
    const { expiresAt } = usageRightsPeriod(
      granted.durationDays,
      row.approved_at ?? row.updated_at,
      (row.live_post_id && postedAt.get(row.live_post_id)) || null,
    );
    const left = Date.parse(expiresAt) - now.getTime();
    if (left <= 0 || left > withinDays * dayMs) continue;
    const entry = counts.get(key) ?? { campaignId: row.campaign_id, creatorId: row.creator_id, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
