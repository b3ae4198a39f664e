import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { open, seal } from "../../security/encryption.js";
import { systemActor } from "../audit/actor.js";
import { recordVerifiedAccount } from "../creators/record-verified-account.js";
import { listPostsForMetrics, type PostForMetrics } from "../posts/list-posts-for-metrics.js";
import { markMetricsFetched } from "../posts/mark-metrics-fetched.js";
import { instagramShortcode, youtubeVideoId } from "../posts/platform-post-ids.js";
import { recordPostMetrics } from "../posts/record-post-metrics.js";
import type {
  ClientCredentials,
  ConnectionPlatformClient,
  TokenSet,
  VerifiedPost,
  VerifiedSnapshot,
} from "./platform.js";
import type { CreatorConnectionsTable } from "./schema.js";

/** How long before the access token ends it is renewed: longer than the gap between two syncs. */
export const syncIntervalMs = 24 * 3_600_000;
export const refreshMarginMs = syncIntervalMs + 3_600_000;

export function tokensOf(key: Buffer, row: CreatorConnectionsTable): TokenSet {
  return {
    accessToken: open(key, row.access_token_sealed),
    refreshToken: row.refresh_token_sealed ? open(key, row.refresh_token_sealed) : null,
    accessExpiresAt: row.access_expires_at,
    refreshExpiresAt: row.refresh_expires_at,
    scopes: row.scopes,
  };
}

export function sealedTokens(key: Buffer, tokens: TokenSet) {
  return {
    access_token_sealed: seal(key, tokens.accessToken),
    refresh_token_sealed: tokens.refreshToken ? seal(key, tokens.refreshToken) : null,
    access_expires_at: tokens.accessExpiresAt,
    refresh_expires_at: tokens.refreshExpiresAt,
    scopes: tokens.scopes,
  };
}

const tiktokVideoId = (url: string) => url.match(/\/video\/(\d+)/)?.[1] ?? null;

/** Whether a campaign's live post is this post of the creator's account: by the id found before, or by its link. */
function isSamePost(live: PostForMetrics, post: VerifiedPost): boolean {
  if (live.platformMediaId) return live.platformMediaId === post.externalId;
  if (live.platform === "youtube") return youtubeVideoId(live.url) === post.externalId;
  if (live.platform === "tiktok") return tiktokVideoId(live.url) === post.externalId;
  const shortcode = instagramShortcode(live.url);
  return shortcode !== null && post.url !== null && instagramShortcode(post.url) === shortcode;
}

/**
 * Renews the access token when it would end before the next sync. Written only if the row still holds the token it
 * started from, so two renewals at once (a sync and the job) leave one winner and no lost token.
 */
export async function renewIfDue(
  db: Kysely<Database>,
  key: Buffer,
  platform: ConnectionPlatformClient,
  client: ClientCredentials,
  row: CreatorConnectionsTable,
  now = new Date(),
): Promise<TokenSet> {
  const tokens = tokensOf(key, row);
  if (!tokens.accessExpiresAt || Date.parse(tokens.accessExpiresAt) - now.getTime() > refreshMarginMs)
    return tokens;
  const renewed = await platform.refresh(client, tokens);
  const written = await db
    .updateTable("creator_connections")
    .set({ ...sealedTokens(key, renewed), updated_at: nowIso() })
    .where("id", "=", row.id)
    .where("access_token_sealed", "=", row.access_token_sealed)
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) {
    const current = await db
      .selectFrom("creator_connections")
      .selectAll()
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    return tokensOf(key, current);
  }
  return renewed;
}

/**
 * Reads the creator's account with their token and writes it as verified: profile counts, audience and recent posts
 * on their account, and the metrics of their campaign posts (source "creator"). Failures are shown on the
 * connection; the tokens stay until the creator disconnects.
 */
export async function syncConnection(
  db: Kysely<Database>,
  key: Buffer,
  platform: ConnectionPlatformClient,
  client: ClientCredentials,
  row: CreatorConnectionsTable,
  now = new Date(),
  /** A reading just made (on connecting), so the account is not read twice. */
  alreadyRead?: VerifiedSnapshot,
): Promise<void> {
  const actor = systemActor(`${platform.label} (connected by the creator)`);
  const ctx = { organisationId: row.organisation_id, actor };
  try {
    const snapshot =
      alreadyRead ?? (await platform.read(await renewIfDue(db, key, platform, client, row, now)));
    const accountId = await recordVerifiedAccount(
      db,
      ctx,
      {
        creatorId: row.creator_id,
        platform: row.platform,
        accountId: row.account_id,
        handle: snapshot.handle,
        bio: snapshot.bio,
        followers: snapshot.followers,
        following: snapshot.following,
        postsCount: snapshot.postsCount,
        audience: snapshot.audience,
        posts: snapshot.posts.map((p) => ({
          externalId: p.externalId,
          postedAt: p.postedAt,
          caption: p.caption,
          likes: p.likes,
          comments: p.comments,
          shares: p.shares,
          saves: p.saves,
          views: p.views,
        })),
      },
      now,
    );
    const live = (await listPostsForMetrics(db, row.organisation_id, { platforms: [row.platform] })).filter(
      (p) => p.creatorId === row.creator_id,
    );
    await inTransaction(db, async (trx) => {
      for (const post of live) {
        const match = snapshot.posts.find((p) => isSamePost(post, p));
        if (!match || Date.parse(post.postedAt) > now.getTime()) continue;
        await recordPostMetrics(
          trx,
          ctx,
          post.id,
          {
            source: "creator",
            capturedAt: now.toISOString(),
            views: match.views,
            reach: match.reach,
            likes: match.likes,
            comments: match.comments,
            shares: match.shares,
            saves: match.saves,
          },
          "",
          { audit: false },
        );
        await markMetricsFetched(trx, row.organisation_id, post.id, now.toISOString(), match.externalId);
      }
      await trx
        .updateTable("creator_connections")
        .set({
          handle: snapshot.handle,
          account_id: accountId,
          status: "connected",
          status_detail: null,
          last_synced_at: now.toISOString(),
          updated_at: nowIso(),
        })
        .where("id", "=", row.id)
        .execute();
    });
  } catch (error) {
    await db
      .updateTable("creator_connections")
      .set({
        status: "error",
        status_detail: (error instanceof Error ? error.message : String(error)).slice(0, 1_000),
        updated_at: nowIso(),
      })
      .where("id", "=", row.id)
      .execute();
    throw error;
  }
}
