import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";

export interface SavedSearchView {
  id: string;
  name: string;
  /** The search's query parameters, as the discovery page and the API take them. */
  query: Record<string, string | string[]>;
  createdAt: string;
}

export async function saveSearch(
  db: Kysely<Database>,
  ctx: { organisationId: string; userId: string | null },
  input: { name: string; query: Record<string, string | string[]> },
): Promise<SavedSearchView> {
  const row = {
    id: newId(),
    organisation_id: ctx.organisationId,
    name: input.name,
    query: JSON.stringify(input.query),
    created_by: ctx.userId,
    created_at: nowIso(),
  };
  await db.insertInto("saved_searches").values(row).execute();
  return { id: row.id, name: row.name, query: input.query, createdAt: row.created_at };
}

/** Saved searches, newest first. */
export async function listSavedSearches(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<SavedSearchView>> {
  const rows = await keysetPage(
    db.selectFrom("saved_searches").selectAll().where("organisation_id", "=", organisationId),
    newestFirst(),
    page,
  );
  return {
    items: rows.items.map((r) => ({
      id: r.id,
      name: r.name,
      query: JSON.parse(r.query) as SavedSearchView["query"],
      createdAt: r.created_at,
    })),
    nextCursor: rows.nextCursor,
  };
}

export async function deleteSavedSearch(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<void> {
  const result = await db
    .deleteFrom("saved_searches")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound("Saved search");
}
