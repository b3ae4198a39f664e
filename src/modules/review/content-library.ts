import { type Kysely, sql } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { dayMs } from "../../shared/time.js";
import { listContracts } from "../contracts/list-contracts.js";
import type { OfferTerms } from "../contracts/offer-terms.js";
import type { Platform } from "../creators/tiers.js";
import { listCampaignPosts } from "../posts/list-campaign-posts.js";
import { type DraftMedia, toDraftView } from "./deliverable-view.js";
import type { DeliverableStatus } from "./schema.js";
import { usageRightsPeriod } from "./usage-rights-period.js";

/** Days before usage rights lapse when the library starts warning. */
export const rightsWarningDays = 14;

export interface ContentLibraryFilter {
  campaignId?: string;
  creatorId?: string;
  platform?: Platform;
  format?: string;
  /** Approval date range, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export interface ContentLibraryItem {
  deliverableId: string;
  campaignId: string;
  creatorId: string;
  title: string;
  platform: Platform;
  format: string;
  status: Extract<DeliverableStatus, "approved" | "live">;
  caption: string;
  media: DraftMedia[];
  approvedAt: string;
  liveUrl: string | null;
  postedAt: string | null;
  usageRights:
    | (OfferTerms["usageRights"] & {
        /** Rights run from the post going live, or from approval while it is not live yet. */
        startsAt: string;
        expiresAt: string;
        state: "active" | "expiring_soon" | "expired";
      })
    | null;
}

/**
 * Approved and live content, most recently approved first, with the usage rights its contract grants and when they
 * lapse; one page.
 */
export async function listContentLibrary(
  db: Kysely<Database>,
  organisationId: string,
  filter: ContentLibraryFilter,
  page: PageRequest,
  now = new Date(),
): Promise<Page<ContentLibraryItem>> {
  let query = db
    .selectFrom("deliverables")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("status", "in", ["approved", "live"]);
  if (filter.campaignId) query = query.where("campaign_id", "=", filter.campaignId);
  if (filter.creatorId) query = query.where("creator_id", "=", filter.creatorId);
  if (filter.platform) query = query.where("platform", "=", filter.platform);
  if (filter.format) query = query.where("format", "=", filter.format);
  if (filter.from) query = query.where("approved_at", ">=", filter.from);
  if (filter.to)
    query = query.where("approved_at", "<", new Date(Date.parse(filter.to) + dayMs).toISOString());
  const { items: rows, nextCursor } = await keysetPage(
    query,
    [
      // The approval time shown (approved_at, or the last update for rows from before it was recorded): a key never null.
      {
        by: sql`coalesce(approved_at, updated_at)`,
        direction: "desc",
        value: (row) => row.approved_at ?? row.updated_at,
      },
      { by: "id", direction: "desc", value: (row) => row.id },
    ],
    page,
  );
  const items: ContentLibraryItem[] = [];
  const posts = new Map<string, Awaited<ReturnType<typeof listCampaignPosts>>["items"]>();
  const contracts = new Map<string, Awaited<ReturnType<typeof listContracts>>["items"]>();
  for (const row of rows) {
    const draft = await db
      .selectFrom("deliverable_drafts")
      .selectAll()
      .where("deliverable_id", "=", row.id)
      .orderBy("version", "desc")
      .executeTakeFirstOrThrow();
    if (!posts.has(row.campaign_id))
      posts.set(row.campaign_id, (await listCampaignPosts(db, organisationId, row.campaign_id)).items);
    if (!contracts.has(row.campaign_id))
      contracts.set(
        row.campaign_id,
        (await listContracts(db, organisationId, { campaignId: row.campaign_id, inForceOnly: true })).items,
      );
    const post = posts.get(row.campaign_id)?.find((p) => p.id === row.live_post_id) ?? null;
    const contract = contracts.get(row.campaign_id)?.find((c) => c.creatorId === row.creator_id) ?? null;
    const approvedAt = row.approved_at ?? row.updated_at;
    const rights = contract?.terms.usageRights;
    const period = rights ? usageRightsPeriod(rights.durationDays, approvedAt, post?.postedAt ?? null) : null;
    const expires = period ? Date.parse(period.expiresAt) : 0;
    const { caption, media } = toDraftView(draft);
    items.push({
      deliverableId: row.id,
      campaignId: row.campaign_id,
      creatorId: row.creator_id,
      title: row.title,
      platform: row.platform as Platform,
      format: row.format,
      status: row.status as "approved" | "live",
      caption,
      media,
      approvedAt,
      liveUrl: post?.url ?? null,
      postedAt: post?.postedAt ?? null,
      usageRights:
        rights && period
          ? {
              ...rights,
              ...period,
              state:
                expires <= now.getTime()
                  ? "expired"
                  : expires - now.getTime() <= rightsWarningDays * dayMs
                    ? "expiring_soon"
                    : "active",
            }
          : null,
    });
  }
  return { items, nextCursor };
}
