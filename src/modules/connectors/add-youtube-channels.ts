import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { type CreatorInput, insertCreators } from "../creators/creators.js";
import { isValidHandle } from "../creators/handles.js";
import { addToList } from "../discovery/creator-lists.js";
import { findList } from "../discovery/list-membership.js";
import { queueEnrichment } from "./connector-jobs.js";
import { findKnownYouTubeChannels } from "./known-youtube-channels.js";
import { askYouTube, youtubeAccess } from "./youtube-access.js";
import { fetchYouTubeChannelsByIds, type YouTubeChannelDetails } from "./youtube-client.js";
import { type YouTubeQuotaView, youtubeQuotaToday } from "./youtube-quota.js";

/** How creators found through the YouTube search are marked (the channel link's source and the audit entry). */
export const youtubeSearchSource = "youtube-search";

export interface YouTubeChannelOutcome {
  channelId: string;
  title: string | null;
  /** created: a new creator; existing: the channel was in the database already; skipped: see reason. */
  outcome: "created" | "existing" | "skipped";
  creatorId: string | null;
  reason: string | null;
}

export interface AddYouTubeChannelsResult {
  channels: YouTubeChannelOutcome[];
  created: number;
  existing: number;
  skipped: number;
  /** What adding to the list did; null when no list was given. */
  list: { id: string; added: number; alreadyIn: number } | null;
  quota: YouTubeQuotaView;
}

type AddableChannel = YouTubeChannelDetails & { handle: string; subscribers: number };

/** The channel, when it can become a creator account as YouTube describes it; else why not. */
function addable(channel: YouTubeChannelDetails): AddableChannel | { reason: string } {
  const { handle, subscribers } = channel;
  // A follower count is required and a hidden one is unknown, never 0 (M2).
  if (subscribers === null)
    return {
      reason: "The channel hides its subscriber count; add the creator by hand with a follower count.",
    };
  if (!handle) return { reason: "The channel has no @handle; add the creator by hand." };
  if (!isValidHandle(handle))
    return {
      reason: `The handle @${handle} has characters Amplio does not take in handles; add the creator by hand.`,
    };
  return { ...channel, handle, subscribers };
}

/**
 * Adds YouTube channels to the database as creators with a YouTube account (followers = subscribers, handle,
 * country, bio), fresh from channels.list (1 quota unit) rather than from what the browser shows; channels already
 * in the database (by channel id, else by handle) are not added twice. Then adds them all, new and existing, to the
 * list when one is given, and queues the new accounts for enrichment (their latest videos give engagement rates).
 */
export async function addYouTubeChannels(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: { channelIds: string[]; listId?: string },
): Promise<AddYouTubeChannelsResult> {
  const channelIds = [...new Set(input.channelIds)];
  const { settings, options } = await youtubeAccess(db, ctx.organisationId);
  // An unknown list is refused before any quota is spent.
  if (input.listId) await findList(db, ctx.organisationId, input.listId);
  const channels = await askYouTube(db, ctx.organisationId, () =>
    fetchYouTubeChannelsByIds(options, channelIds),
  );
  const byId = new Map(channels.map((c) => [c.channelId, c]));
  const result = await inTransaction(db, async (trx) => {
    const known = await findKnownYouTubeChannels(trx, ctx.organisationId, channels);
    const outcomes = new Map<string, YouTubeChannelOutcome>();
    const toCreate: AddableChannel[] = [];
    const now = nowIso();
    for (const channelId of channelIds) {
      const channel = byId.get(channelId);
      const found = known.get(channelId);
      if (!channel) {
        outcomes.set(channelId, {
          channelId,
          title: null,
          outcome: "skipped",
          creatorId: null,
          reason: "YouTube has no channel with this id.",
        });
      } else if (found) {
        // A channel matched by handle gets its link now, so it is still recognised if its handle changes.
        if (!found.linked)
          await trx
            .insertInto("youtube_channels")
            .values({
              organisation_id: ctx.organisationId,
              channel_id: channelId,
              account_id: found.accountId,
              source: youtubeSearchSource,
              created_at: now,
            })
            .execute();
        outcomes.set(channelId, {
          channelId,
          title: channel.title,
          outcome: "existing",
          creatorId: found.creatorId,
          reason: null,
        });
      } else {
        const candidate = addable(channel);
        if ("reason" in candidate)
          outcomes.set(channelId, {
            channelId,
            title: channel.title,
            outcome: "skipped",
            creatorId: null,
            reason: candidate.reason,
          });
        else toCreate.push(candidate);
      }
    }
    const today = now.slice(0, 10);
    const creators = await insertCreators(
      trx,
      ctx.organisationId,
      toCreate.map(
        (c): CreatorInput => ({
          name: c.title,
          accounts: [
            {
              platform: "youtube",
              handle: c.handle,
              followers: c.subscribers,
              country: c.country,
              language: c.language,
              bio: c.description || null,
              postsCount: c.videos,
              snapshots: [{ takenOn: today, followers: c.subscribers }],
            },
          ],
        }),
      ),
    );
    const newAccountIds: string[] = [];
    for (const [index, channel] of toCreate.entries()) {
      const creator = creators[index];
      const account = creator?.accounts[0];
      if (!creator || !account) throw new Error("insertCreators returned fewer creators than asked");
      newAccountIds.push(account.id);
      await trx
        .insertInto("youtube_channels")
        .values({
          organisation_id: ctx.organisationId,
          channel_id: channel.channelId,
          account_id: account.id,
          source: youtubeSearchSource,
          created_at: now,
        })
        .execute();
      outcomes.set(channel.channelId, {
        channelId: channel.channelId,
        title: channel.title,
        outcome: "created",
        creatorId: creator.id,
        reason: null,
      });
    }
    const ordered = channelIds.flatMap((id) => {
      const outcome = outcomes.get(id);
      return outcome ? [outcome] : [];
    });
    const creatorIds = [...new Set(ordered.flatMap((o) => (o.creatorId ? [o.creatorId] : [])))];
    const list =
      input.listId && creatorIds.length > 0
        ? {
            id: input.listId,
            ...(await addToList(
              trx,
              ctx,
              input.listId,
              creatorIds.map((creatorId) => ({ creatorId })),
            )),
          }
        : input.listId
          ? { id: input.listId, added: 0, alreadyIn: 0 }
          : null;
    await queueEnrichment(trx, ctx.organisationId, "youtube", newAccountIds, settings.backoff_until);
    const count = (outcome: YouTubeChannelOutcome["outcome"]) =>
      ordered.filter((o) => o.outcome === outcome).length;
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "creator.added_from_youtube",
      targetType: "connector",
      targetId: "youtube",
      details: {
        source: youtubeSearchSource,
        created: ordered.filter((o) => o.outcome === "created").map((o) => o.creatorId),
        existing: count("existing"),
        skipped: count("skipped"),
        listId: input.listId ?? null,
      },
    });
    return {
      channels: ordered,
      created: count("created"),
      existing: count("existing"),
      skipped: count("skipped"),
      list,
    };
  });
  return { ...result, quota: await youtubeQuotaToday(db, ctx.organisationId, new Date()) };
}
