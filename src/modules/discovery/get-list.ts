import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type CreatorView, getCreator } from "../creators/creators.js";
import { findList } from "./list-membership.js";

export interface CreatorListDetail {
  id: string;
  name: string;
  description: string | null;
  items: Array<{ creator: CreatorView; note: string | null; addedAt: string }>;
}

/** A list with its creators and notes, oldest addition first. */
export async function getList(
  db: Kysely<Database>,
  organisationId: string,
  listId: string,
): Promise<CreatorListDetail> {
  const list = await findList(db, organisationId, listId);
  const rows = await db
    .selectFrom("creator_list_items")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("list_id", "=", listId)
    .orderBy("added_at")
    .orderBy("creator_id")
    .execute();
  const items = [];
  for (const row of rows)
    items.push({
      creator: await getCreator(db, organisationId, row.creator_id),
      note: row.note,
      addedAt: row.added_at,
    });
  return { id: list.id, name: list.name, description: list.description, items };
}
