import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type SocialAccountView, toAccountView } from "./creators.js";
import type { Platform } from "./tiers.js";

export interface CreatorAccountRow extends SocialAccountView {
  creatorId: string;
  name: string;
}

export interface CreatorAccountQuery {
  q?: string;
  platform?: Platform;
  limit: number;
  cursor?: string;
}

/**
 * Accounts by followers, largest first. The cursor is `<followers>:<id>`, so pages stay stable while rows are added.
 * Discovery's indexed search replaces this listing.
 */
export async function listCreatorAccounts(
  db: Kysely<Database>,
  organisationId: string,
  query: CreatorAccountQuery,
): Promise<{ total: number; items: CreatorAccountRow[]; nextCursor: string | null }> {
  let base = db
    .selectFrom("social_accounts")
    .innerJoin("creators", "creators.id", "social_accounts.creator_id")
    .where("social_accounts.organisation_id", "=", organisationId);
  if (query.platform) base = base.where("social_accounts.platform", "=", query.platform);
  if (query.q) {
    // LIKE wildcards are dropped rather than escaped: the two databases disagree on LIKE's escape character.
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, "")}%`;
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["creators.name"]), "like", eb.val(pattern)),
        eb("social_accounts.handle", "like", pattern),
      ]),
    );
  }
  const totalRow = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();

  let page = base.selectAll("social_accounts").select("creators.name");
  if (query.cursor) {
    const [followersText, id] = query.cursor.split(":");
    const followers = Number(followersText);
    if (id && Number.isFinite(followers)) {
      page = page.where((eb) =>
        eb.or([
          eb("social_accounts.followers", "<", followers),
          eb.and([eb("social_accounts.followers", "=", followers), eb("social_accounts.id", "<", id)]),
        ]),
      );
    }
  }
  const rows = await page
    .orderBy("social_accounts.followers", "desc")
    .orderBy("social_accounts.id", "desc")
    .limit(query.limit + 1)
    .execute();
  const items = rows
    .slice(0, query.limit)
    .map((row) => ({ ...toAccountView(row), creatorId: row.creator_id, name: row.name }));
  const last = items.at(-1);
  return {
    total: Number(totalRow.n),
    items,
    nextCursor: rows.length > query.limit && last ? `${last.followers}:${last.id}` : null,
  };
}
