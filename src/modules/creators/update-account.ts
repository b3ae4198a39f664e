import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { dayMs } from "../../shared/time.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import {
  type AudienceInput,
  audienceRow,
  type PostInput,
  postMetrics,
  postRow,
  type SnapshotInput,
  snapshotRow,
  toSnapshot,
} from "./account-data.js";
import { computeAccountSignals } from "./account-signals.js";
import { type SocialAccountView, toAccountView } from "./creators.js";
import { nextChangeSeq } from "./next-change-seq.js";
import { verifiedAudienceSource } from "./verified-source.js";

export interface AccountUpdate {
  followers?: number;
  following?: number | null;
  postsCount?: number | null;
  country?: string | null;
  city?: string | null;
  language?: string | null;
  niches?: string[];
  bio?: string | null;
  contactEmail?: string | null;
  engagementRate?: number | null;
  /** Upserted by externalId. */
  posts?: PostInput[];
  /** Upserted by day. */
  snapshots?: SnapshotInput[];
  /** Replaces the audience. */
  audience?: AudienceInput;
}

/**
 * Writes new facts about an account (by hand, from an import or a connector) and recomputes its signals (M1, M2,
 * M4, M5) in the same transaction. 404 when the account is not the organisation's or not the creator's.
 */
export async function updateAccount(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  target: { creatorId?: string; accountId: string },
  update: AccountUpdate,
  options: { now?: Date; enriched?: boolean; audit?: boolean } = {},
): Promise<SocialAccountView> {
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    let query = trx
      .selectFrom("social_accounts")
      .selectAll()
      .where("organisation_id", "=", ctx.organisationId)
      .where("id", "=", target.accountId);
    if (target.creatorId) query = query.where("creator_id", "=", target.creatorId);
    const account = await query.executeTakeFirst();
    if (!account) throw notFound("Account");

    for (const post of update.posts ?? []) {
      const row = postRow(ctx.organisationId, account.id, post, newId());
      const {
        id: _id,
        organisation_id: _org,
        account_id: _account,
        external_id: _external,
        ...changes
      } = row;
      await trx
        .insertInto("creator_posts")
        .values(row)
        .onConflict((oc) => oc.columns(["account_id", "external_id"]).doUpdateSet(changes))
        .execute();
    }
    for (const snapshot of update.snapshots ?? [])
      await trx
        .insertInto("follower_snapshots")
        .values(snapshotRow(ctx.organisationId, account.id, snapshot))
        .onConflict((oc) =>
          oc.columns(["account_id", "taken_on"]).doUpdateSet({ followers: snapshot.followers }),
        )
        .execute();
    // Audience the creator verified from their own account (record-verified-account.ts) is not replaced by an
    // import or an estimate while it stands; only another verified reading replaces it.
    const verifiedStands =
      update.audience !== undefined &&
      update.audience.source !== verifiedAudienceSource &&
      (
        await trx
          .selectFrom("account_audiences")
          .select("source")
          .where("account_id", "=", account.id)
          .executeTakeFirst()
      )?.source === verifiedAudienceSource;
    if (update.audience && !verifiedStands) {
      const row = audienceRow(ctx.organisationId, account.id, update.audience, nowIso());
      const { account_id: _account, ...changes } = row;
      await trx
        .insertInto("account_audiences")
        .values(row)
        .onConflict((oc) => oc.column("account_id").doUpdateSet(changes))
        .execute();
    }

    const followers = update.followers ?? Number(account.followers);
    const [posts, snapshots, audience] = await Promise.all([
      trx
        .selectFrom("creator_posts")
        .selectAll()
        .where("account_id", "=", account.id)
        .orderBy("posted_at", "desc")
        .limit(300)
        .execute(),
      trx
        .selectFrom("follower_snapshots")
        .selectAll()
        .where("account_id", "=", account.id)
        .where("taken_on", ">=", new Date(now.getTime() - 200 * dayMs).toISOString().slice(0, 10))
        .execute(),
      trx
        .selectFrom("account_audiences")
        .select("credibility")
        .where("account_id", "=", account.id)
        .executeTakeFirst(),
    ]);
    const signals = computeAccountSignals(
      {
        platform: account.platform,
        followers,
        suppliedEngagementRate:
          update.engagementRate !== undefined ? update.engagementRate : account.engagement_rate,
        posts: posts.map(postMetrics),
        snapshots: snapshots.map(toSnapshot),
        credibility: audience?.credibility ?? null,
      },
      now,
    );
    const changeSeq = await nextChangeSeq(trx, ctx.organisationId);
    const updated = await trx
      .updateTable("social_accounts")
      .set({
        followers,
        ...(update.following !== undefined ? { following: update.following } : {}),
        ...(update.postsCount !== undefined ? { posts_count: update.postsCount } : {}),
        ...(update.country !== undefined ? { country: update.country } : {}),
        ...(update.city !== undefined ? { city: update.city } : {}),
        ...(update.language !== undefined ? { language: update.language } : {}),
        ...(update.niches !== undefined ? { niches: JSON.stringify(update.niches) } : {}),
        ...(update.bio !== undefined ? { bio: update.bio } : {}),
        ...(update.contactEmail !== undefined ? { contact_email: update.contactEmail } : {}),
        ...(options.enriched ? { last_enriched_at: now.toISOString() } : {}),
        tier: signals.tier,
        engagement_rate: signals.engagementRate,
        engagement_rate_views: signals.engagementRateViews,
        quality_score: signals.qualityScore,
        quality_flags: JSON.stringify(signals.qualityFlags),
        sponsored_share: signals.sponsoredShare,
        sponsored_brands: JSON.stringify(signals.sponsoredBrands),
        change_seq: changeSeq,
        updated_at: nowIso(),
      })
      .where("id", "=", account.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (options.audit !== false)
      await recordAuditEvent(trx, {
        organisationId: ctx.organisationId,
        actor: ctx.actor,
        action: "creator.account_updated",
        targetType: "creator",
        targetId: account.creator_id,
        details: {
          account: `${account.platform}:${account.handle}`,
          fields: Object.keys(update),
          posts: update.posts?.length ?? 0,
        },
      });
    return toAccountView(updated);
  });
}
