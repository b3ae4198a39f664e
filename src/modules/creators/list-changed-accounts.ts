import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Platform, Tier } from "./tiers.js";

/** The searchable fields of an account, as a search index holds them. */
export interface SearchableAccount {
  id: string;
  creatorId: string;
  name: string;
  handle: string;
  bio: string | null;
  platform: Platform;
  tier: Tier;
  followers: number;
  engagementRate: number | null;
  engagementRateViews: number | null;
  qualityScore: number;
  country: string | null;
  language: string | null;
  niches: string[];
  hasEmail: boolean;
  sponsoredBrands: string[];
  audience: {
    countries: Record<string, number>;
    ages: Record<string, number>;
    genders: Record<string, number>;
  } | null;
  changeSeq: number;
}

/**
 * Accounts changed after a point of the organisation's change counter, oldest change first, a page at a time
 * (keyset on change number and id). A search index loads with it and then catches up with it.
 */
export async function listChangedAccounts(
  db: Kysely<Database>,
  organisationId: string,
  after: { seq: number; id: string },
  limit: number,
): Promise<SearchableAccount[]> {
  const rows = await db
    .selectFrom("social_accounts as a")
    .innerJoin("creators as c", "c.id", "a.creator_id")
    .leftJoin("account_audiences as au", "au.account_id", "a.id")
    .select([
      "a.id",
      "a.creator_id",
      "c.name",
      "c.email",
      "a.handle",
      "a.bio",
      "a.platform",
      "a.tier",
      "a.followers",
      "a.engagement_rate",
      "a.engagement_rate_views",
      "a.quality_score",
      "a.country",
      "a.language",
      "a.niches",
      "a.contact_email",
      "a.sponsored_brands",
      "a.change_seq",
      "au.countries",
      "au.ages",
      "au.genders",
    ])
    .where("a.organisation_id", "=", organisationId)
    .where((eb) =>
      eb.or([
        eb("a.change_seq", ">", after.seq),
        eb.and([eb("a.change_seq", "=", after.seq), eb("a.id", ">", after.id)]),
      ]),
    )
    .orderBy("a.change_seq")
    .orderBy("a.id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    creatorId: r.creator_id,
    name: r.name,
    handle: r.handle,
    bio: r.bio,
    platform: r.platform,
    tier: r.tier,
    followers: Number(r.followers),
    engagementRate: r.engagement_rate,
    engagementRateViews: r.engagement_rate_views,
    qualityScore: r.quality_score,
    country: r.country,
    language: r.language,
    niches: JSON.parse(r.niches) as string[],
    hasEmail: Boolean(r.email || r.contact_email),
    sponsoredBrands: JSON.parse(r.sponsored_brands) as string[],
    audience:
      r.countries === null
        ? null
        : {
            countries: JSON.parse(r.countries) as Record<string, number>,
            ages: JSON.parse(r.ages ?? "{}") as Record<string, number>,
            genders: JSON.parse(r.genders ?? "{}") as Record<string, number>,
          },
    changeSeq: Number(r.change_seq),
  }));
}
