import type { AgeBucket, IdealCustomerProfile } from "../campaigns/ideal-customer-profile.js";
import { type Platform, platforms, type Tier, tiers } from "../creators/tiers.js";
import { audienceFit } from "./audience-fit.js";
import { type CreatorIndex, tokenize } from "./creator-index.js";

export const searchSorts = ["relevance", "followers", "engagementRate", "quality", "fit"] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface IndexQuery {
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
  sort: SearchSort;
  limit: number;
  /** Keyset position: the sort key and account id of the last row of the previous page. */
  after?: { key: number; id: string };
  /** Creators to leave out (already in the campaign or list). */
  excludeCreatorIds?: string[];
  /** Leave out accounts with sponsored posts for these brands (M5 conflicts), lower-cased. */
  excludeBrands?: string[];
  /** Ranks by audience fit (M6) for this profile. */
  fitProfile?: IdealCustomerProfile;
}

export interface Facet {
  value: string;
  count: number;
}

export interface IndexResult {
  total: number;
  /** Row numbers of the page, best first, with their sort keys. */
  page: Array<{ row: number; key: number }>;
  hasMore: boolean;
  facets: { platform: Facet[]; tier: Facet[]; country: Facet[]; niche: Facet[] };
}

// Reused between queries: a stamp per row marks text matches without clearing a million entries each time.
let stamps = new Uint32Array(0);
let stamp = 0;

function nextStamp(size: number): number {
  if (stamps.length < size) {
    stamps = new Uint32Array(Math.max(size, stamps.length * 2));
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  return stamp;
}

/** Rows matching every query term (AND; each term matches words it begins), with a relevance score each. */
function textMatches(index: CreatorIndex, q: string): { rows: number[]; relevance: Float64Array } {
  const terms = [...new Set(tokenize(q.replace(/^@+/, "")))];
  if (terms.length === 0) return { rows: [], relevance: new Float64Array(0) };
  let candidates: number[] | null = null;
  const termWords: Array<Set<number>> = [];
  for (const term of terms) {
    const mark = nextStamp(index.size);
    const words = index.matchingWords(term);
    termWords.push(new Set(words));
    const found: number[] = [];
    for (const word of words) {
      const list = index.postings[word] as number[];
      for (const row of list) {
        if (stamps[row] === mark) continue;
        if (index.rewritten[row] === 1 && !index.rowHasWord(row, word)) continue;
        stamps[row] = mark;
        found.push(row);
      }
    }
    if (candidates === null) candidates = found;
    else {
      const keep = nextStamp(index.size);
      for (const row of found) stamps[row] = keep;
      candidates = candidates.filter((row) => stamps[row] === keep);
    }
    if (candidates.length === 0) break;
  }
  const rows = candidates ?? [];
  const handle = q.trim().replace(/^@+/, "").toLowerCase();
  const handleWord = index.vocabulary.find(handle);
  const relevance = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as number;
    // A term found in the name or handle weighs three times one found only in the bio; an exact handle wins.
    let score = 0;
    const start = index.words.offsets[row] as number;
    const titleEnd = start + (index.titleWords[row] as number);
    for (const words of termWords) {
      let inTitle = false;
      for (let i = start; i < titleEnd && !inTitle; i++) inTitle = words.has(index.words.flat[i] as number);
      score += inTitle ? 3 : 1;
    }
    if (handleWord !== undefined) {
      for (let i = start; i < titleEnd; i++)
        if (index.words.flat[i] === handleWord) {
          score += 10;
          break;
        }
    }
    relevance[r] = score;
  }
  return { rows, relevance };
}

/** A small binary heap keeping the best `size` rows: higher key first, then higher account id. */
class TopRows {
  private readonly rows: number[] = [];
  private readonly keys: number[] = [];
  /** Once full, the worst kept key: a row with a lower key cannot enter, so callers skip it without a call. */
  floor = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly size: number,
    private readonly ids: string[],
  ) {}

  /** True when a is worse than b (ranks later). */
  private worse(ka: number, ra: number, kb: number, rb: number): boolean {
    if (ka !== kb) return ka < kb;
    return (this.ids[ra] as string) < (this.ids[rb] as string);
  }

  offer(row: number, key: number): void {
    const { rows, keys } = this;
    if (rows.length < this.size) {
      rows.push(row);
      keys.push(key);
      let i = rows.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(keys[i] as number, rows[i] as number, keys[parent] as number, rows[parent] as number))
          break;
        [rows[i], rows[parent]] = [rows[parent] as number, rows[i] as number];
        [keys[i], keys[parent]] = [keys[parent] as number, keys[i] as number];
        i = parent;
      }
      if (rows.length === this.size) this.floor = keys[0] as number;
      return;
    }
    if (!this.worse(keys[0] as number, rows[0] as number, key, row)) return;
    rows[0] = row;
    keys[0] = key;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (
        left < rows.length &&
        this.worse(keys[left] as number, rows[left] as number, keys[worst] as number, rows[worst] as number)
      )
        worst = left;
      if (
        right < rows.length &&
        this.worse(keys[right] as number, rows[right] as number, keys[worst] as number, rows[worst] as number)
      )
        worst = right;
      if (worst === i) break;
      [rows[i], rows[worst]] = [rows[worst] as number, rows[i] as number];
      [keys[i], keys[worst]] = [keys[worst] as number, keys[i] as number];
      i = worst;
    }
    this.floor = keys[0] as number;
  }

  best(): Array<{ row: number; key: number }> {
    return this.rows
      .map((row, i) => ({ row, key: this.keys[i] as number }))
      .sort((a, b) => (this.worse(a.key, a.row, b.key, b.row) ? 1 : -1));
  }
}

function topFacets(counts: Int32Array | number[], names: string[], limit: number): Facet[] {
  const out: Facet[] = [];
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count > 0 && names[i]) out.push({ value: names[i] as string, count });
  }
  return out.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
}

/**
 * Filters, counts, facets and the sorted page in one pass over the index's columns. Unknown rates sort last.
 * Every value of a list filter is "any of"; facets count the rows matching all filters.
 */
export function runIndexQuery(index: CreatorIndex, query: IndexQuery): IndexResult {
  const text = query.q?.trim() ? textMatches(index, query.q) : null;

  const wantPlatform = query.platform?.length ? new Uint8Array(platforms.length) : null;
  for (const p of query.platform ?? []) if (wantPlatform) wantPlatform[platforms.indexOf(p)] = 1;
  const wantTier = query.tier?.length ? new Uint8Array(tiers.length) : null;
  for (const t of query.tier ?? []) if (wantTier) wantTier[tiers.indexOf(t)] = 1;
  const lookup = (values: string[] | undefined, find: (v: string) => number | undefined, size: number) => {
    if (!values?.length) return null;
    const wanted = new Uint8Array(size);
    for (const v of values) {
      const id = find(v);
      if (id !== undefined) wanted[id] = 1;
    }
    return wanted;
  };
  const wantCountry = lookup(query.country, (v) => index.countries.find(v), index.countries.size);
  const wantLanguage = lookup(query.language, (v) => index.languages.find(v), index.languages.size);
  const wantNiche = lookup(query.niche, (v) => index.nicheNames.find(v), index.nicheNames.size);
  const excluded = query.excludeCreatorIds?.length ? new Uint8Array(index.creatorIds.length) : null;
  for (const id of query.excludeCreatorIds ?? []) {
    const creator = index.creatorIndexOf(id);
    if (excluded && creator !== undefined) excluded[creator] = 1;
  }
  const rivalBrands = query.excludeBrands?.length ? new Set(query.excludeBrands) : null;
  const minFollowers = query.minFollowers ?? 0;
  const maxFollowers = query.maxFollowers ?? Number.POSITIVE_INFINITY;
  const minRate = query.minEngagementRate;
  const maxRate = query.maxEngagementRate;
  const minQuality = query.minQuality ?? 0;
  const audienceFilter =
    query.audienceCountry !== undefined ||
    query.audienceAge !== undefined ||
    query.audienceGender !== undefined;

  const platformCounts = new Int32Array(platforms.length);
  const tierCounts = new Int32Array(tiers.length);
  const countryCounts = new Int32Array(index.countries.size);
  const nicheCounts = new Int32Array(index.nicheNames.size);
  const top = new TopRows(query.limit + 1, index.ids);
  const after = query.after;
  let total = 0;

  const { followers, engagementRate, quality, platform, tier, country, language, hasEmail, creatorOf } =
    index;
  const nicheOffsets = index.niches.offsets;
  const nicheLengths = index.niches.lengths;
  const nicheFlat = index.niches.flat;
  const candidates = text ? text.rows : null;
  const count = candidates ? candidates.length : index.size;

  for (let i = 0; i < count; i++) {
    const row = candidates ? (candidates[i] as number) : i;
    const f = followers[row] as number;
    if (f < minFollowers || f > maxFollowers) continue;
    if (wantPlatform && wantPlatform[platform[row] as number] !== 1) continue;
    if (wantTier && wantTier[tier[row] as number] !== 1) continue;
    if (wantCountry && wantCountry[country[row] as number] !== 1) continue;
    if (wantLanguage && wantLanguage[language[row] as number] !== 1) continue;
    if ((quality[row] as number) < minQuality) continue;
    if (minRate !== undefined || maxRate !== undefined) {
      const rate = engagementRate[row] as number;
      if (Number.isNaN(rate)) continue;
      if (minRate !== undefined && rate < minRate - 1e-9) continue;
      if (maxRate !== undefined && rate > maxRate + 1e-9) continue;
    }
    if (query.hasEmail !== undefined && (hasEmail[row] === 1) !== query.hasEmail) continue;
    if (excluded && excluded[creatorOf[row] as number] === 1) continue;
    const nicheStart = nicheOffsets[row] as number;
    const nicheEnd = nicheStart + (nicheLengths[row] as number);
    if (wantNiche) {
      let any = false;
      for (let n = nicheStart; n < nicheEnd && !any; n++) any = wantNiche[nicheFlat[n] as number] === 1;
      if (!any) continue;
    }
    if (rivalBrands) {
      const brands = index.brands[row];
      if (brands?.some((b) => rivalBrands.has(b))) continue;
    }
    if (audienceFilter) {
      const audience = index.audience[row];
      if (!audience) continue;
      if (
        query.audienceCountry !== undefined &&
        (audience.countries[query.audienceCountry] ?? 0) < (query.minAudienceCountryShare ?? 0)
      )
        continue;
      if (
        query.audienceAge !== undefined &&
        (audience.ages[query.audienceAge] ?? 0) < (query.minAudienceAgeShare ?? 0)
      )
        continue;
      if (
        query.audienceGender !== undefined &&
        (audience.genders[query.audienceGender] ?? 0) < (query.minAudienceGenderShare ?? 0)
      )
        continue;
    }

    total += 1;
    (platformCounts[platform[row] as number] as number) += 1;
    (tierCounts[tier[row] as number] as number) += 1;
    (countryCounts[country[row] as number] as number) += 1;
    for (let n = nicheStart; n < nicheEnd; n++) (nicheCounts[nicheFlat[n] as number] as number) += 1;

    let key: number;
    switch (query.sort) {
      case "followers":
        key = f;
        break;
      case "engagementRate": {
        const rate = engagementRate[row] as number;
        key = Number.isNaN(rate) ? Number.NEGATIVE_INFINITY : rate;
        break;
      }
      case "quality":
        key = quality[row] as number;
        break;
      case "fit": {
        const profile = query.fitProfile;
        const score = profile
          ? audienceFit(
              {
                niches: index.nichesOf(row),
                language: index.languages.values[language[row] as number] || null,
                tier: index.tierName(row),
                audience: index.audience[row] ?? null,
              },
              profile,
            ).score
          : null;
        key = score ?? Number.NEGATIVE_INFINITY;
        break;
      }
      default:
        // Relevance: text score first, then followers (log-scaled so it never outweighs one text point).
        key = (text ? (text.relevance[i] as number) : 0) + Math.log10(f + 1) / 100;
    }
    if (key < top.floor) continue;
    if (after && (key > after.key || (key === after.key && (index.ids[row] as string) >= after.id))) continue;
    top.offer(row, key);
  }

  const best = top.best();
  return {
    total,
    page: best.slice(0, query.limit),
    hasMore: best.length > query.limit,
    facets: {
      platform: topFacets(platformCounts, [...platforms], platforms.length),
      tier: topFacets(tierCounts, [...tiers], tiers.length),
      country: topFacets(countryCounts, index.countries.values, 30),
      niche: topFacets(nicheCounts, index.nicheNames.values, 30),
    },
  };
}
