import type { Kysely } from "kysely";
import { decodeCursor, encodeCursor } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import { getCampaignTargeting } from "../campaigns/get-campaign-targeting.js";
import type { AgeBucket } from "../campaigns/ideal-customer-profile.js";
import { type AccountWithCreator, getAccountsByIds } from "../creators/get-accounts-by-ids.js";
import { conflictingBrands } from "../creators/sponsorship.js";
import type { Platform, Tier } from "../creators/tiers.js";
import { audienceFit } from "./audience-fit.js";
import { creatorIndexFor } from "./creator-index-registry.js";
import { listCreatorIdsInList } from "./list-membership.js";
import { type Facet, type IndexQuery, runIndexQuery, type SearchSort } from "./run-index-query.js";

export interface SearchCreatorsQuery {
  q?: string;
  platform?: Platform[];
  niche?: string[];
  country?: string[];
  language?: string[];
  tier?: Tier[];
  minFollowers?: number;
  maxFollowers?: number;
  minEngagementRate?: number;
  maxEngagementRate?: number;
  minQuality?: number;
  hasEmail?: boolean;
  audienceCountry?: string;
  minAudienceCountryShare?: number;
  audienceAge?: AgeBucket;
  minAudienceAgeShare?: number;
  audienceGender?: string;
  minAudienceGenderShare?: number;
  /** Leaves out creators already in this campaign; enables `sort=fit`, fit scores and conflicts. */
  campaignId?: string;
  /** With campaignId: also leaves out accounts with a conflict (M5). */
  excludeConflicts?: boolean;
  /** Leaves out creators already in this list. */
  excludeListId?: string;
  sort?: SearchSort;
  limit: number;
  cursor?: string;
}

export interface CreatorSearchItem extends AccountWithCreator {
  hasEmail: boolean;
  /** M6 audience fit for the campaign, 0–100; null without a campaign or when nothing is known. */
  fit: number | null;
  /** M5: brands of the campaign's competitors this account was paid by recently. */
  conflicts: string[];
}

export interface CreatorSearchResult {
  total: number;
  items: CreatorSearchItem[];
  nextCursor: string | null;
  facets: { platform: Facet[]; tier: Facet[]; country: Facet[]; niche: Facet[] };
}

// The index sorts in memory, so the cursor names the sort it came from; the key travels as text to keep every digit.
function afterCursor(cursor: string, sort: SearchSort): { key: number; id: string } {
  const [cursorSort, key, id] = decodeCursor(cursor, ["text", "text", "text"]) as string[];
  if (cursorSort !== sort || Number.isNaN(Number(key)))
    throw invalidField(
      "cursor",
      "is not a cursor from this search (it belongs to another sort or is damaged)",
    );
  return { key: Number(key), id: id as string };
}

/**
 * Creator search (issue 3): filters, full text, sort, exact total and facets answered from the in-memory index,
 * then the page's rows read from the database. Pass the root database handle (the index outlives transactions).
 */
export async function searchCreators(
  db: Kysely<Database>,
  organisationId: string,
  query: SearchCreatorsQuery,
): Promise<CreatorSearchResult> {
  const sort = query.sort ?? (query.q?.trim() ? "relevance" : "followers");
  if (sort === "fit" && !query.campaignId) throw invalidField("sort", "sorting by fit needs a campaignId");
  if (query.excludeConflicts && !query.campaignId)
    throw invalidField("excludeConflicts", "needs a campaignId whose competitors to check");
  const targeting = query.campaignId
    ? await getCampaignTargeting(db, organisationId, query.campaignId)
    : null;
  const listed = query.excludeListId
    ? await listCreatorIdsInList(db, organisationId, query.excludeListId)
    : [];
  const index = await creatorIndexFor(db, organisationId);

  const indexQuery: IndexQuery = {
    ...query,
    sort,
    after: query.cursor ? afterCursor(query.cursor, sort) : undefined,
    excludeCreatorIds: [...(targeting?.creatorIds ?? []), ...listed],
    excludeBrands: query.excludeConflicts
      ? targeting?.competitorBrands.map((b) => b.trim().toLowerCase())
      : undefined,
    fitProfile: targeting?.profile,
  };
  const result = runIndexQuery(index, indexQuery);
  const rows = await getAccountsByIds(
    db,
    organisationId,
    result.page.map((p) => index.ids[p.row] as string),
  );
  const last = result.page.at(-1);
  return {
    total: result.total,
    items: rows.map((row) => {
      const pageRow = result.page.find((p) => index.ids[p.row] === row.id);
      const audience = pageRow ? (index.audience[pageRow.row] ?? null) : null;
      return {
        ...row,
        hasEmail: Boolean(row.email || row.contactEmail),
        fit: targeting
          ? audienceFit(
              { niches: row.niches, language: row.language, tier: row.tier, audience },
              targeting.profile,
            ).score
          : null,
        conflicts: targeting ? conflictingBrands(row.sponsoredBrands, targeting.competitorBrands) : [],
      };
    }),
    nextCursor:
      result.hasMore && last ? encodeCursor([sort, String(last.key), index.ids[last.row] as string]) : null,
    facets: result.facets,
  };
}
