import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import { type SocialAccountView, toAccountView } from "./creators.js";

export interface AccountWithCreator extends SocialAccountView {
  creatorId: string;
  name: string;
  email: string | null;
}

/** The organisation's accounts with these ids, in the order asked; ids of other organisations are left out. */
export async function getAccountsByIds(
  db: Kysely<Database>,
  organisationId: string,
  ids: string[],
): Promise<AccountWithCreator[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("social_accounts")
    .innerJoin("creators", "creators.id", "social_accounts.creator_id")
    .selectAll("social_accounts")
    .select(["creators.name", "creators.email"])
    // Compared as an expression so no index on organisation_id can win: SQLite's planner otherwise scans the whole
    // organisation through one instead of looking up the ids (40 ms instead of 0.1 ms for 50 ids of 100,000).
    .where(sql<string>`${sql.ref("social_accounts.organisation_id")} || ''`, "=", organisationId)
    .where("social_accounts.id", "in", ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row
      ? [{ ...toAccountView(row), creatorId: row.creator_id, name: row.name, email: row.email }]
      : [];
  });
}
