import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { CreatorListsTable } from "./schema.js";

/** The organisation's list, or 404 (another organisation's list included). */
export async function findList(
  db: Kysely<Database>,
  organisationId: string,
  listId: string,
): Promise<CreatorListsTable> {
  const list = await db
    .selectFrom("creator_lists")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", listId)
    .executeTakeFirst();
  if (!list) throw notFound("List");
  return list;
}

export async function listCreatorIdsInList(
  db: Kysely<Database>,
  organisationId: string,
  listId: string,
): Promise<string[]> {
  await findList(db, organisationId, listId);
  const rows = await db
    .selectFrom("creator_list_items")
    .select("creator_id")
    .where("organisation_id", "=", organisationId)
    .where("list_id", "=", listId)
    .execute();
  return rows.map((r) => r.creator_id);
}
