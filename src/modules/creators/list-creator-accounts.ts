import type { Kysely } from "kysely";
import { keysetPage } from "../../db/keyset-page.js";
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
 * Accounts by followers, largest first, one page of them.
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

  const page = await keysetPage(
    base.selectAll("social_accounts").select("creators.name"),
    [
      { by: "social_accounts.followers", direction: "desc", value: (row) => row.followers, numeric: true },
      { by: "social_accounts.id", direction: "desc", value: (row) => row.id },
    ],
    { limit: query.limit, cursor: query.cursor },
  );
  return {
    total: Number(totalRow.n),
    items: page.items.map((row) => ({ ...toAccountView(row), creatorId: row.creator_id, name: row.name })),
    nextCursor: page.nextCursor,
  };
}
