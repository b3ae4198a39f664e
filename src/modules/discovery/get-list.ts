import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { type CreatorView, getCreator } from "../creators/creators.js";
import { findList } from "./list-membership.js";

export interface CreatorListDetail
  extends Page<{ creator: CreatorView; note: string | null; addedAt: string }> {
  id: string;
  name: string;
  description: string | null;
}

/** A list with its creators and notes, oldest addition first; one page of them, or all without a page. */
export async function getList(
  db: Kysely<Database>,
  organisationId: string,
  listId: string,
  page?: PageRequest,
): Promise<CreatorListDetail> {
  const list = await findList(db, organisationId, listId);
  const rows = await keysetPage(
    db
      .selectFrom("creator_list_items")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("list_id", "=", listId),
    [
      { by: "added_at", direction: "asc", value: (row) => row.added_at },
      { by: "creator_id", direction: "asc", value: (row) => row.creator_id },
    ],
    page,
  );
  const items = [];
  for (const row of rows.items)
    items.push({
      creator: await getCreator(db, organisationId, row.creator_id),
      note: row.note,
      addedAt: row.added_at,
    });
  return { id: list.id, name: list.name, description: list.description, items, nextCursor: rows.nextCursor };
}
