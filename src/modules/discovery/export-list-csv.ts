import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type CsvCell, toCsv } from "../../http/csv.js";
import { getList } from "./get-list.js";

/** One row per account of each creator in the list, with the list note; rates as fractions. */
export async function exportListCsv(
  db: Kysely<Database>,
  organisationId: string,
  listId: string,
): Promise<string> {
  const list = await getList(db, organisationId, listId);
  const header = [
    "creator",
    "email",
    "platform",
    "handle",
    "profile_url",
    "followers",
    "tier",
    "engagement_rate",
    "quality_score",
    "country",
    "niches",
    "note",
  ];
  const rows: CsvCell[][] = [];
  for (const item of list.items) {
    const accounts = item.creator.accounts.length > 0 ? item.creator.accounts : [null];
    for (const account of accounts)
      rows.push([
        item.creator.name,
        item.creator.email,
        account?.platform ?? null,
        account?.handle ?? null,
        account?.profileUrl ?? null,
        account?.followers ?? null,
        account?.tier ?? null,
        account?.engagementRate ?? null,
        account?.qualityScore ?? null,
        account?.country ?? null,
        account ? account.niches.join("; ") : null,
        item.note,
      ]);
  }
  return toCsv(header, rows);
}
