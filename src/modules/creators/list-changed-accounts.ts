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
  // The page comes from the accounts alone, then names and audiences by id: joined in one statement, PostgreSQL
  // hashes the whole creators table for every page.
  const rows = await db
    .selectFrom("social_accounts")
    .select([
      "id",
      "creator_id",
      "handle",
      "bio",
      "platform",
      "tier",
      "followers",
      "engagement_rate",
      "engagement_rate_views",
      "quality_score",
      "country",
      "language",
      "niches",
      "contact_email",
      "sponsored_brands",
      "change_seq",
    ])
    .where("organisation_id", "=", organisationId)
    // A row-value comparison, so both databases walk the (organisation_id, change_seq, id) index from this point.
    .where((eb) => eb(eb.refTuple("change_seq", "id"), ">", eb.tuple(after.seq, after.id)))
    .orderBy("change_seq")
    .orderBy("id")
    .limit(limit)
    .execute();
  const creators = new Map<string, { name: string; email: string | null }>();
  const audiences = new Map<string, { countries: string; ages: string; genders: string }>();
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    const [creatorRows, audienceRows] = await Promise.all([
      db
        .selectFrom("creators")
        .select(["id", "name", "email"])
        .where("organisation_id", "=", organisationId)
        .where("id", "in", [...new Set(chunk.map((r) => r.creator_id))])
        .execute(),
      db
        .selectFrom("account_audiences")
        .select(["account_id", "countries", "ages", "genders"])
        .where("organisation_id", "=", organisationId)
        .where(
          "account_id",
          "in",
          chunk.map((r) => r.id),
        )
        .execute(),
    ]);
    for (const c of creatorRows) creators.set(c.id, c);
    for (const a of audienceRows) audiences.set(a.account_id, a);
  }
  return rows.map((r) => {
    const creator = creators.get(r.creator_id);
    const audience = audiences.get(r.id);
    return {
      id: r.id,
      creatorId: r.creator_id,
      name: creator?.name ?? "",
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
      hasEmail: Boolean(creator?.email || r.contact_email),
      sponsoredBrands: JSON.parse(r.sponsored_brands) as string[],
      audience: audience
        ? {
            countries: JSON.parse(audience.countries) as Record<string, number>,
            ages: JSON.parse(audience.ages) as Record<string, number>,
            genders: JSON.parse(audience.genders) as Record<string, number>,
          }
        : null,
      changeSeq: Number(r.change_seq),
    };
  });
}
