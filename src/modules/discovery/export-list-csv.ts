import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getList } from "./get-list.js";

/**
 * A cell safe to open in a spreadsheet: text starting with = + - @ or a tab/carriage return would run as a formula,
 * so it gets a leading apostrophe (OWASP's advice); then it is quoted when it holds a comma, quote or newline.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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
  const lines = [header.join(",")];
  for (const item of list.items) {
    const accounts = item.creator.accounts.length > 0 ? item.creator.accounts : [null];
    for (const account of accounts)
      lines.push(
        [
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
        ]
          .map(csvCell)
          .join(","),
      );
  }
  return `${lines.join("\r\n")}\r\n`;
}
