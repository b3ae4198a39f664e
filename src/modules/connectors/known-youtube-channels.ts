import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { findAccountsByHandles } from "../creators/find-accounts-by-handles.js";
import { getAccountsByIds } from "../creators/get-accounts-by-ids.js";

export interface KnownChannel {
  creatorId: string;
  accountId: string;
  /** False when the account matched by handle only (added by hand or by import), so no link is stored yet. */
  linked: boolean;
}

/**
 * Which of these channels the organisation already has: by channel id (channels added from a search), else by
 * handle (a YouTube account added by hand, by import or through a creator's application).
 */
export async function findKnownYouTubeChannels(
  db: Kysely<Database>,
  organisationId: string,
  channels: Array<{ channelId: string; handle: string | null }>,
): Promise<Map<string, KnownChannel>> {
  const known = new Map<string, KnownChannel>();
  if (channels.length === 0) return known;
  const links = await db
    .selectFrom("youtube_channels")
    .select(["channel_id", "account_id"])
    .where("organisation_id", "=", organisationId)
    .where(
      "channel_id",
      "in",
      channels.map((c) => c.channelId),
    )
    .execute();
  const accounts = await getAccountsByIds(
    db,
    organisationId,
    links.map((l) => l.account_id),
  );
  const creatorOf = new Map(accounts.map((a) => [a.id, a.creatorId]));
  for (const link of links) {
    const creatorId = creatorOf.get(link.account_id);
    if (creatorId) known.set(link.channel_id, { creatorId, accountId: link.account_id, linked: true });
  }
  const byHandle = new Map(
    (
      await findAccountsByHandles(
        db,
        organisationId,
        "youtube",
        channels.flatMap((c) => (c.handle && !known.has(c.channelId) ? [c.handle] : [])),
      )
    ).map((a) => [a.handle, a]),
  );
  for (const channel of channels) {
    const account = channel.handle ? byHandle.get(channel.handle) : undefined;
    if (account && !known.has(channel.channelId))
      known.set(channel.channelId, {
        creatorId: account.creatorId,
        accountId: account.accountId,
        linked: false,
      });
  }
  return known;
}
