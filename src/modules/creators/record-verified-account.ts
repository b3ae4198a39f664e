import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import type { AgeBucket, Gender } from "../campaigns/ideal-customer-profile.js";
import type { PostInput } from "./account-data.js";
import { addAccountsToCreator, getCreator } from "./creators.js";
import { normaliseHandle } from "./handles.js";
import { nextChangeSeq } from "./next-change-seq.js";
import type { Platform } from "./tiers.js";
import { updateAccount } from "./update-account.js";
import { verifiedAudienceSource } from "./verified-source.js";

export interface VerifiedAccountInput {
  creatorId: string;
  platform: Platform;
  /** The account written last time, when there was one. */
  accountId: string | null;
  handle: string;
  bio: string | null;
  followers: number | null;
  following: number | null;
  postsCount: number | null;
  audience: {
    countries: Record<string, number>;
    ages: Partial<Record<AgeBucket, number>>;
    genders: Partial<Record<Gender, number>>;
  } | null;
  posts: PostInput[];
}

/**
 * Writes what a creator's connected account reports over the imported or estimated values: counts, recent posts and
 * the audience, marked as verified by the creator with the time it was read. The account is the one written before,
 * else the creator's account with this handle, else their only account on the platform, else a new one. Returns the
 * account's id.
 */
export async function recordVerifiedAccount(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  input: VerifiedAccountInput,
  now = new Date(),
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const creator = await getCreator(trx, ctx.organisationId, input.creatorId);
    const onPlatform = creator.accounts.filter((a) => a.platform === input.platform);
    const handle = normaliseHandle(input.platform, input.handle);
    const existing =
      onPlatform.find((a) => a.id === input.accountId) ??
      onPlatform.find((a) => a.handle === handle) ??
      (onPlatform.length === 1 ? onPlatform[0] : undefined);
    const [added] = existing
      ? [existing]
      : await addAccountsToCreator(trx, ctx.organisationId, input.creatorId, [
          { platform: input.platform, handle, followers: input.followers ?? 0 },
        ]);
    if (!added) throw new Error("addAccountsToCreator returned nothing for one account");
    const accountId = added.id;
    await updateAccount(
      trx,
      ctx,
      { creatorId: input.creatorId, accountId },
      {
        ...(input.followers !== null
          ? {
              followers: input.followers,
              snapshots: [{ takenOn: now.toISOString().slice(0, 10), followers: input.followers }],
            }
          : {}),
        ...(input.following !== null ? { following: input.following } : {}),
        ...(input.postsCount !== null ? { postsCount: input.postsCount } : {}),
        ...(input.bio !== null ? { bio: input.bio } : {}),
        ...(input.audience ? { audience: { ...input.audience, source: verifiedAudienceSource } } : {}),
        posts: input.posts,
      },
      { now, enriched: true, audit: false },
    );
    return accountId;
  });
}

/**
 * The creator withdrew what they shared: their verified audience goes, and search indexes pick the change up. Figures
 * already written to the account stay as the last reading, like any enrichment.
 */
export async function removeVerifiedAudience(
  db: Kysely<Database>,
  organisationId: string,
  accountId: string,
): Promise<void> {
  const removed = await db
    .deleteFrom("account_audiences")
    .where("organisation_id", "=", organisationId)
    .where("account_id", "=", accountId)
    .where("source", "=", verifiedAudienceSource)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) return;
  await db
    .updateTable("social_accounts")
    .set({ change_seq: await nextChangeSeq(db, organisationId) })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", accountId)
    .execute();
}
