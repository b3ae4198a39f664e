import { describe, expect, it } from "vitest";
import { ageBuckets, type IdealCustomerProfile } from "../campaigns/ideal-customer-profile.js";
import type { SearchableAccount } from "../creators/list-changed-accounts.js";
import { platforms, tiers } from "../creators/tiers.js";
import { audienceFit } from "./audience-fit.js";
import { CreatorIndex, tokenize } from "./creator-index.js";
import { type Facet, type IndexQuery, runIndexQuery, searchSorts } from "./run-index-query.js";

/** A seeded generator, so a failing combination can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const some = <T>(values: readonly T[], max: number): T[] =>
    Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(values));
  return { next, pick, some };
}

const firstNames = ["ada", "ben", "chloé", "dev", "eva", "finn", "gia", "hugo"];
const lastNames = ["trail", "kitchen", "berg", "tanaka", "stone", "rivers"];
const bioWords = ["hiking", "coffee", "vegan", "recipes", "gear", "reviews", "studio", "trails", "ad"];
const niches = ["hiking", "food", "travel", "tech", "beauty", "fitness", "gaming"];
const countries = ["US", "GB", "DE", "FR", "IN", "BR", null];
const languages = ["en", "de", "fr", "pt", null];
const brands = ["acme", "globex", "initech"];
const profile: IdealCustomerProfile = {
  countries: ["US", "GB"],
  ageMin: 18,
  ageMax: 34,
  genders: ["female"],
  niches: ["hiking", "travel"],
  languages: ["en"],
  tiers: ["micro", "mid"],
};

function generateAccount(r: ReturnType<typeof random>, i: number, creators: number): SearchableAccount {
  const followers = Math.floor(10 ** (2 + r.next() * 5));
  const name = `${r.pick(firstNames)} ${r.pick(lastNames)}`;
  return {
    id: `acct-${String(i).padStart(6, "0")}`,
    creatorId: `creator-${i % creators}`,
    name,
    handle: `${name.replace(" ", r.pick([".", "_", ""]))}${Math.floor(r.next() * 50)}`,
    bio: r.next() < 0.1 ? null : r.some(bioWords, 5).join(" "),
    platform: r.pick(platforms),
    tier: r.pick(tiers),
    followers,
    // Rates on a grid of hundredths, so range bounds and ties are exercised.
    engagementRate: r.next() < 0.15 ? null : Math.floor(r.next() * 8) / 100,
    engagementRateViews: null,
    qualityScore: Math.floor(r.next() * 101),
    country: r.pick(countries),
    language: r.pick(languages),
    // Duplicates on purpose: a facet counts the account once.
    niches: r.next() < 0.1 ? [] : r.some(niches, 3),
    hasEmail: r.next() < 0.4,
    sponsoredBrands: r.next() < 0.2 ? r.some(brands, 2) : [],
    audience:
      r.next() < 0.4
        ? null
        : {
            countries: { US: r.next(), GB: r.next() / 2 },
            ages: { "18-24": r.next(), "25-34": r.next() / 2 },
            genders: { female: r.next(), male: r.next() },
          },
    changeSeq: 0,
  };
}

function randomQuery(r: ReturnType<typeof random>, accounts: SearchableAccount[]): IndexQuery {
  const query: IndexQuery = { sort: r.pick(searchSorts), limit: 1 + Math.floor(r.next() * 60) };
  if (r.next() < 0.3)
    query.q = r.pick(["hik", "ada", "ben trail", "co", "ad", "@ada.trail7", "st", "zzz", "rev gear"]);
  if (r.next() < 0.4) query.platform = r.some(platforms, 2);
  if (r.next() < 0.3) query.tier = r.some(tiers, 2);
  if (r.next() < 0.4) query.niche = r.some([...niches, "unknown"], 2);
  if (r.next() < 0.3) query.country = r.some(["US", "GB", "DE", "IN", "JP"], 2);
  if (r.next() < 0.2) query.language = r.some(["en", "de", "pt", "xx"], 2);
  if (r.next() < 0.3) query.minFollowers = r.pick([1_000, 3_333, 10_000, 50_000]);
  if (r.next() < 0.2) query.maxFollowers = r.pick([5_000, 77_777, 100_000]);
  if (r.next() < 0.25) query.minEngagementRate = r.pick([0.01, 0.017, 0.03]);
  if (r.next() < 0.15) query.maxEngagementRate = r.pick([0.02, 0.05, 0.055]);
  if (r.next() < 0.2) query.minQuality = r.pick([30, 55, 70]);
  if (r.next() < 0.25) query.hasEmail = r.next() < 0.5;
  if (r.next() < 0.1) {
    query.audienceCountry = "US";
    query.minAudienceCountryShare = 0.3;
  }
  if (r.next() < 0.1) {
    query.audienceAge = r.pick(ageBuckets);
    query.minAudienceAgeShare = 0.2;
  }
  if (r.next() < 0.1) {
    query.audienceGender = "female";
    query.minAudienceGenderShare = 0.5;
  }
  if (r.next() < 0.15) query.excludeCreatorIds = Array.from({ length: 50 }, () => r.pick(accounts).creatorId);
  if (r.next() < 0.15) query.excludeBrands = [r.pick(brands)];
  if (query.sort === "fit" || r.next() < 0.1) query.fitProfile = profile;
  return query;
}

/** The reference: every account tested one by one, every match sorted. */
function bruteForce(accounts: SearchableAccount[], query: IndexQuery) {
  const terms = [...new Set(tokenize((query.q ?? "").replace(/^@+/, "")))];
  const handle = (query.q ?? "").trim().replace(/^@+/, "").toLowerCase();
  const matchesWord = (term: string, word: string) =>
    term.length < 3 ? word === term : word.startsWith(term);
  const matches: Array<{ account: SearchableAccount; key: number }> = [];
  for (const a of accounts) {
    const nicheSet = [...new Set(a.niches)];
    if (query.platform?.length && !query.platform.includes(a.platform)) continue;
    if (query.tier?.length && !query.tier.includes(a.tier)) continue;
    if (query.niche?.length && !nicheSet.some((n) => query.niche?.includes(n))) continue;
    if (query.country?.length && !query.country.includes(a.country ?? "")) continue;
    if (query.language?.length && !query.language.includes(a.language ?? "")) continue;
    if (a.followers < (query.minFollowers ?? 0) || a.followers > (query.maxFollowers ?? Infinity)) continue;
    const rate = a.engagementRate === null ? Number.NaN : Math.fround(a.engagementRate);
    if (query.minEngagementRate !== undefined && !(rate >= query.minEngagementRate - 1e-9)) continue;
    if (query.maxEngagementRate !== undefined && !(rate <= query.maxEngagementRate + 1e-9)) continue;
    if (a.qualityScore < (query.minQuality ?? 0)) continue;
    if (query.hasEmail !== undefined && a.hasEmail !== query.hasEmail) continue;
    if (query.excludeCreatorIds?.includes(a.creatorId)) continue;
    if (a.sponsoredBrands.some((b) => query.excludeBrands?.includes(b.toLowerCase()))) continue;
    if (query.audienceCountry || query.audienceAge || query.audienceGender) {
      const audience = a.audience;
      if (!audience) continue;
      if (
        query.audienceCountry &&
        (audience.countries[query.audienceCountry] ?? 0) < (query.minAudienceCountryShare ?? 0)
      )
        continue;
      if (query.audienceAge && (audience.ages[query.audienceAge] ?? 0) < (query.minAudienceAgeShare ?? 0))
        continue;
      if (
        query.audienceGender &&
        (audience.genders[query.audienceGender] ?? 0) < (query.minAudienceGenderShare ?? 0)
      )
        continue;
    }
    let relevance = 0;
    if (query.q?.trim()) {
      const title = new Set([...tokenize(a.name), a.handle, ...tokenize(a.handle)]);
      const words = [...title, ...tokenize(a.bio ?? "")];
      if (terms.length === 0 || !terms.every((t) => words.some((w) => matchesWord(t, w)))) continue;
      for (const t of terms) relevance += [...title].some((w) => matchesWord(t, w)) ? 3 : 1;
      if (title.has(handle)) relevance += 10;
    }
    let key: number;
    if (query.sort === "followers") key = a.followers;
    else if (query.sort === "engagementRate") key = Number.isNaN(rate) ? -Infinity : rate;
    else if (query.sort === "quality") key = a.qualityScore;
    else if (query.sort === "fit")
      key =
        (query.fitProfile
          ? audienceFit(
              { niches: nicheSet, language: a.language, tier: a.tier, audience: a.audience },
              query.fitProfile,
            ).score
          : null) ?? -Infinity;
    else key = relevance + Math.log10(a.followers + 1) / 100;
    matches.push({ account: a, key });
  }
  const count = (values: Array<string | null>) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
      .map(([value, n]): Facet => ({ value, count: n }))
      .sort((x, y) => y.count - x.count || x.value.localeCompare(y.value))
      .slice(0, 30);
  };
  const facets = {
    platform: count(matches.map((m) => m.account.platform)),
    tier: count(matches.map((m) => m.account.tier)),
    country: count(matches.map((m) => m.account.country)),
    niche: count(matches.flatMap((m) => [...new Set(m.account.niches)])),
  };
  const ordered = matches
    .sort((x, y) => y.key - x.key || (x.account.id < y.account.id ? 1 : -1))
    .map((m) => ({ id: m.account.id, key: m.key }));
  return { total: matches.length, ordered, facets };
}

describe("runIndexQuery (bitsets, block bounds) against a brute-force scan", () => {
  it.each([
    ["ids ascending with rows", false],
    ["ids in any order", true],
  ])(
    "answers random filter combinations like a scan of every account, also after rows change (%s)",
    (_, shuffled) => {
      const r = random(shuffled ? 11 : 7);
      const accounts = Array.from({ length: 3_000 }, (_, i) => generateAccount(r, i, 2_200));
      if (shuffled) accounts.sort(() => r.next() - 0.5);
      const index = new CreatorIndex();
      // Loaded in pages as the registry does, then a fifth of the rows rewritten (values, niches, words, email).
      for (let start = 0; start < accounts.length; start += 700)
        index.apply(accounts.slice(start, start + 700));
      for (let i = 0; i < 600; i++) {
        const at = Math.floor(r.next() * accounts.length);
        const old = accounts[at] as SearchableAccount;
        accounts[at] = { ...generateAccount(r, at, 2_200), id: old.id, creatorId: old.creatorId };
        index.apply([accounts[at] as SearchableAccount]);
      }

      expect(index.idsInRowOrder).toBe(!shuffled);
      for (let q = 0; q < 400; q++) {
        const query = randomQuery(r, accounts);
        const expected = bruteForce(accounts, query);
        if (r.next() < 0.3 && expected.ordered.length > 2) {
          const cut = expected.ordered[Math.floor(r.next() * expected.ordered.length)] as {
            id: string;
            key: number;
          };
          query.after = { key: cut.key, id: cut.id };
        }
        const result = runIndexQuery(index, query);
        const page = expected.ordered.filter(
          (m) =>
            !query.after || m.key < query.after.key || (m.key === query.after.key && m.id < query.after.id),
        );
        const context = JSON.stringify(query);
        expect(result.total, context).toBe(expected.total);
        expect(result.facets, context).toEqual(expected.facets);
        expect(
          result.page.map((p) => ({ id: index.ids[p.row], key: p.key })),
          context,
        ).toEqual(page.slice(0, query.limit));
        expect(result.hasMore, context).toBe(page.length > query.limit);
      }
    },
  );
});
