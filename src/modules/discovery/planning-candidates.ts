import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import { creatorIndexFor } from "./creator-index-registry.js";
import { creatorFiltersSchema } from "./routes.types.js";
import { runIndexQuery } from "./run-index-query.js";
import type { SearchCreatorsQuery } from "./search-creators.js";

/** Discovery's filters without the paging, sorting and campaign options: what a planner's candidates are. */
export type CreatorFilters = Omit<
  SearchCreatorsQuery,
  "campaignId" | "excludeConflicts" | "excludeListId" | "sort" | "limit" | "cursor"
>;

/**
 * The creators whose accounts match discovery's filters, biggest audience first, at most `limit` of them: the
 * candidates a planner chooses among. Pass the root database handle (the index outlives transactions).
 */
export async function creatorIdsMatching(
  db: Kysely<Database>,
  organisationId: string,
  filters: CreatorFilters,
  limit: number,
): Promise<string[]> {
  const index = await creatorIndexFor(db, organisationId);
  const result = runIndexQuery(index, { ...filters, sort: "followers", limit });
  const ids = result.page.map((p) => index.creatorIds[index.creatorOf[p.row] as number] as string);
  return [...new Set(ids)];
}

/** The creators a saved search finds today (it is re-run, not a snapshot); 404 for another organisation's. */
export async function creatorIdsOfSavedSearch(
  db: Kysely<Database>,
  organisationId: string,
  savedSearchId: string,
  limit: number,
): Promise<string[]> {
  const row = await db
    .selectFrom("saved_searches")
    .select("query")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", savedSearchId)
    .executeTakeFirst();
  if (!row) throw notFound("Saved search");
  // A saved search may carry the discovery page's own options (sort, campaign); only its filters choose creators.
  const stored = Object.entries(JSON.parse(row.query) as Record<string, unknown>).filter(
    ([key]) => key in creatorFiltersSchema.shape,
  );
  const filters = creatorFiltersSchema.safeParse(Object.fromEntries(stored));
  if (!filters.success)
    throw invalidField("candidates.savedSearchId", "the saved search holds a filter that is no longer valid");
  return creatorIdsMatching(db, organisationId, filters.data, limit);
}
