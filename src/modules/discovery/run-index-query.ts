import type { AgeBucket, IdealCustomerProfile } from "../campaigns/ideal-customer-profile.js";
import { type Platform, platforms, type Tier, tiers } from "../creators/tiers.js";
import { audienceFit } from "./audience-fit.js";
import { type CreatorIndex, type RangeBands, tokenize, type ValueBitsets } from "./creator-index.js";

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

/** A text query's terms, as word ids each matches, and the handle it may name exactly: what relevance scores. */
interface TextTerms {
  termWords: Array<Set<number>>;
  handleWord: number | undefined;
}

/**
 * Keeps in `match` only rows having, for every query term (AND), a word the term begins (OR of its words'
 * postings, set as bits). `spare` is a second bitset to collect each further term in.
 */
function intersectText(
  index: CreatorIndex,
  q: string,
  match: Uint32Array,
  spare: Uint32Array,
  words: number,
): TextTerms {
  const terms = [...new Set(tokenize(q.replace(/^@+/, "")))];
  const termWords: Array<Set<number>> = [];
  if (terms.length === 0) match.fill(0, 0, words);
  for (let t = 0; t < terms.length; t++) {
    const wordIds = index.matchingWords(terms[t] as string);
    termWords.push(new Set(wordIds));
    const into = t === 0 ? match : spare;
    into.fill(0, 0, words);
    for (const word of wordIds) {
      for (const row of index.postings[word] as number[]) {
        if (index.rewritten[row] === 1 && !index.rowHasWord(row, word)) continue;
        into[row >>> 5] = (into[row >>> 5] as number) | (1 << (row & 31));
      }
    }
    if (t > 0) for (let w = 0; w < words; w++) match[w] = (match[w] as number) & (spare[w] as number);
  }
  const handle = q.trim().replace(/^@+/, "").toLowerCase();
  return { termWords, handleWord: index.vocabulary.find(handle) };
}

/** A term found in the name or handle weighs three times one found only in the bio; an exact handle wins. */
function relevanceOf(index: CreatorIndex, text: TextTerms, row: number): number {
  let score = 0;
  const start = index.words.offsets[row] as number;
  const titleEnd = start + (index.titleWords[row] as number);
  for (const words of text.termWords) {
    let inTitle = false;
    for (let i = start; i < titleEnd && !inTitle; i++) inTitle = words.has(index.words.flat[i] as number);
    score += inTitle ? 3 : 1;
  }
  if (text.handleWord !== undefined) {
    for (let i = start; i < titleEnd; i++)
      if (index.words.flat[i] === text.handleWord) {
        score += 10;
        break;
      }
  }
  return score;
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
    /** Ids ascend with rows: a tie then breaks by row number, no string comparison. */
    private readonly idsInRowOrder: boolean,
  ) {}

  /** True when a is worse than b (ranks later). */
  private worse(ka: number, ra: number, kb: number, rb: number): boolean {
    if (ka !== kb) return ka < kb;
    return this.idsInRowOrder ? ra < rb : (this.ids[ra] as string) < (this.ids[rb] as string);
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

  get full(): boolean {
    return this.rows.length === this.size;
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

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

// Reused between queries (a query runs synchronously): the match bitset, a second one for text terms, and the
// match's non-empty words.
let matchWords = new Uint32Array(0);
let spareWords = new Uint32Array(0);
let activeWords = new Int32Array(0);

/** Keeps in `match` only rows having any of the values (no known value: no row). */
function intersectAnyOf(match: Uint32Array, words: number, bits: ValueBitsets, values: number[]): void {
  const sets: Uint32Array[] = [];
  for (const value of new Set(values)) {
    const set = bits.of(value);
    if (set) sets.push(set);
  }
  if (sets.length === 0) {
    match.fill(0, 0, words);
    return;
  }
  if (sets.length === 1) {
    const set = sets[0] as Uint32Array;
    for (let w = 0; w < words; w++) match[w] = (match[w] as number) & (set[w] as number);
    return;
  }
  for (let w = 0; w < words; w++) {
    let any = 0;
    for (const set of sets) any |= set[w] as number;
    match[w] = (match[w] as number) & any;
  }
}

/**
 * Keeps in `match` only rows whose value lies in [low, high] (unknown values never do): whole bands inside the
 * range are kept by bitset, rows of the bands the bounds cut are checked one by one.
 */
function intersectRange(
  match: Uint32Array,
  words: number,
  bands: RangeBands,
  column: ArrayLike<number>,
  low: number,
  high: number,
): void {
  const inside: Uint32Array[] = [];
  const cut: Uint32Array[] = [];
  for (let band = 0; band < bands.bounds.length; band++) {
    const set = bands.bits.of(band);
    if (!set) continue;
    const from = bands.bounds[band] as number;
    const to = bands.bounds[band + 1] ?? Number.POSITIVE_INFINITY;
    if (from >= low && to <= high) inside.push(set);
    else if (to > low && from <= high) cut.push(set);
  }
  for (let w = 0; w < words; w++) {
    const bits = match[w] as number;
    if (bits === 0) continue;
    let whole = 0;
    for (const set of inside) whole |= set[w] as number;
    let partial = 0;
    for (const set of cut) partial |= set[w] as number;
    let kept = bits & whole;
    partial &= bits & ~whole;
    while (partial !== 0) {
      const bit = partial & -partial;
      partial ^= bit;
      const value = column[(w << 5) | (31 - Math.clz32(bit))] as number;
      if (value >= low && value <= high) kept |= bit;
    }
    match[w] = kept;
  }
}

/** Per-value counts of the matching rows: popcount of the match AND each value's rows, over non-empty words. */
function countByBits(match: Uint32Array, active: Int32Array, activeCount: number, bits: ValueBitsets) {
  const counts = new Int32Array(bits.values);
  for (let v = 0; v < bits.values; v++) {
    const set = bits.of(v);
    if (!set) continue;
    let count = 0;
    for (let a = 0; a < activeCount; a++) {
      const w = active[a] as number;
      count += popcount((match[w] as number) & (set[w] as number));
    }
    counts[v] = count;
  }
  return counts;
}

/**
 * Filters, counts, facets and the sorted page. Categorical filters intersect per-value bitsets word by word; range,
 * exclusion and audience filters then visit only the rows still set; the total and the facets are popcounts (or,
 * when few rows match, counted row by row); the page is a bounded heap over the matches that skips 32-row blocks
 * whose best key cannot enter it. Unknown rates sort last. Every value of a list filter is "any of"; facets count
 * the rows matching all filters.
 */
export function runIndexQuery(index: CreatorIndex, query: IndexQuery): IndexResult {
  const size = index.size;
  const words = (size + 31) >>> 5;
  if (matchWords.length < words) {
    matchWords = new Uint32Array(Math.max(words, matchWords.length * 2));
    spareWords = new Uint32Array(matchWords.length);
    activeWords = new Int32Array(matchWords.length);
  }
  const match = matchWords;
  let text: TextTerms | null = null;
  if (query.q?.trim()) {
    text = intersectText(index, query.q, match, spareWords, words);
  } else {
    match.fill(0xffffffff, 0, words);
    if (size & 31) match[words - 1] = (1 << (size & 31)) - 1;
  }

  if (query.platform?.length)
    intersectAnyOf(
      match,
      words,
      index.platformBits,
      query.platform.map((p) => platforms.indexOf(p)),
    );
  if (query.tier?.length)
    intersectAnyOf(
      match,
      words,
      index.tierBits,
      query.tier.map((t) => tiers.indexOf(t)),
    );
  const idsOf = (values: string[], find: (v: string) => number | undefined) =>
    values.map(find).filter((id): id is number => id !== undefined);
  if (query.country?.length)
    intersectAnyOf(
      match,
      words,
      index.countryBits,
      idsOf(query.country, (v) => index.countries.find(v)),
    );
  if (query.language?.length)
    intersectAnyOf(
      match,
      words,
      index.languageBits,
      idsOf(query.language, (v) => index.languages.find(v)),
    );
  if (query.niche?.length)
    intersectAnyOf(
      match,
      words,
      index.nicheBits,
      idsOf(query.niche, (v) => index.nicheNames.find(v)),
    );
  if (query.hasEmail !== undefined)
    intersectAnyOf(match, words, index.hasEmailBits, [query.hasEmail ? 1 : 0]);

  const excluded = query.excludeCreatorIds?.length ? new Uint8Array(index.creatorIds.length) : null;
  for (const id of query.excludeCreatorIds ?? []) {
    const creator = index.creatorIndexOf(id);
    if (excluded && creator !== undefined) excluded[creator] = 1;
  }
  const rivalBrands = query.excludeBrands?.length ? new Set(query.excludeBrands) : null;
  const { followers, engagementRate, quality } = index;
  if (query.minFollowers !== undefined || query.maxFollowers !== undefined)
    intersectRange(
      match,
      words,
      index.followerBands,
      followers,
      query.minFollowers ?? Number.NEGATIVE_INFINITY,
      query.maxFollowers ?? Number.POSITIVE_INFINITY,
    );
  // Rates compare with a margin for their 32-bit storage.
  if (query.minEngagementRate !== undefined || query.maxEngagementRate !== undefined)
    intersectRange(
      match,
      words,
      index.engagementRateBands,
      engagementRate,
      query.minEngagementRate === undefined ? Number.NEGATIVE_INFINITY : query.minEngagementRate - 1e-9,
      query.maxEngagementRate === undefined ? Number.POSITIVE_INFINITY : query.maxEngagementRate + 1e-9,
    );
  if (query.minQuality)
    intersectRange(match, words, index.qualityBands, quality, query.minQuality, Number.POSITIVE_INFINITY);

  const audienceFilter =
    query.audienceCountry !== undefined ||
    query.audienceAge !== undefined ||
    query.audienceGender !== undefined;
  if (excluded || rivalBrands || audienceFilter) {
    for (let w = 0; w < words; w++) {
      let bits = match[w] as number;
      if (bits === 0) continue;
      let kept = bits;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const row = (w << 5) | (31 - Math.clz32(low));
        let keep = excluded?.[index.creatorOf[row] as number] !== 1;
        if (keep && rivalBrands) keep = !index.brands[row]?.some((b) => rivalBrands.has(b));
        if (keep && audienceFilter) {
          const audience = index.audience[row];
          keep =
            audience !== undefined &&
            (query.audienceCountry === undefined ||
              (audience.countries[query.audienceCountry] ?? 0) >= (query.minAudienceCountryShare ?? 0)) &&
            (query.audienceAge === undefined ||
              (audience.ages[query.audienceAge] ?? 0) >= (query.minAudienceAgeShare ?? 0)) &&
            (query.audienceGender === undefined ||
              (audience.genders[query.audienceGender] ?? 0) >= (query.minAudienceGenderShare ?? 0));
        }
        if (!keep) kept ^= low;
      }
      match[w] = kept;
    }
  }

  const active = activeWords;
  let activeCount = 0;
  let total = 0;
  for (let w = 0; w < words; w++) {
    const bits = match[w] as number;
    if (bits === 0) continue;
    active[activeCount++] = w;
    total += popcount(bits);
  }

  // Facets: a popcount per value and non-empty word, unless visiting the few matching rows costs less.
  const valueCount =
    index.platformBits.values + index.tierBits.values + index.countryBits.values + index.nicheBits.values;
  let platformCounts: Int32Array;
  let tierCounts: Int32Array;
  let countryCounts: Int32Array;
  let nicheCounts: Int32Array;
  if (total * 8 < valueCount * activeCount) {
    platformCounts = new Int32Array(platforms.length);
    tierCounts = new Int32Array(tiers.length);
    countryCounts = new Int32Array(index.countries.size);
    nicheCounts = new Int32Array(index.nicheNames.size);
    const { platform, tier, country } = index;
    const { offsets, lengths, flat } = index.niches;
    for (let a = 0; a < activeCount; a++) {
      const w = active[a] as number;
      let bits = match[w] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const row = (w << 5) | (31 - Math.clz32(low));
        (platformCounts[platform[row] as number] as number) += 1;
        (tierCounts[tier[row] as number] as number) += 1;
        (countryCounts[country[row] as number] as number) += 1;
        const start = offsets[row] as number;
        const end = start + (lengths[row] as number);
        for (let n = start; n < end; n++) (nicheCounts[flat[n] as number] as number) += 1;
      }
    }
  } else {
    platformCounts = countByBits(match, active, activeCount, index.platformBits);
    tierCounts = countByBits(match, active, activeCount, index.tierBits);
    countryCounts = countByBits(match, active, activeCount, index.countryBits);
    nicheCounts = countByBits(match, active, activeCount, index.nicheBits);
  }

  const top = new TopRows(query.limit + 1, index.ids, index.idsInRowOrder);
  const after = query.after;
  const blockBound = blockBoundFor(index, query.sort, text !== null);
  // From the last row back: when ids ascend with rows, a block whose best key only ties the heap's worst holds
  // lower ids than every kept row, so it is skipped too.
  for (let a = activeCount - 1; a >= 0; a--) {
    const w = active[a] as number;
    if (blockBound) {
      const bound = blockBound(w);
      if (bound < top.floor || (index.idsInRowOrder && top.full && bound === top.floor)) continue;
    }
    let bits = match[w] as number;
    while (bits !== 0) {
      const high = 31 - Math.clz32(bits);
      bits ^= 1 << high;
      const row = (w << 5) | high;
      const key = sortKey(index, query, row, text);
      if (key < top.floor) continue;
      if (after && (key > after.key || (key === after.key && (index.ids[row] as string) >= after.id)))
        continue;
      top.offer(row, key);
    }
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

/** The row's sort key: higher ranks first; unknown rates and fits last. */
function sortKey(index: CreatorIndex, query: IndexQuery, row: number, text: TextTerms | null): number {
  switch (query.sort) {
    case "followers":
      return index.followers[row] as number;
    case "engagementRate": {
      const rate = index.engagementRate[row] as number;
      return Number.isNaN(rate) ? Number.NEGATIVE_INFINITY : rate;
    }
    case "quality":
      return index.quality[row] as number;
    case "fit": {
      const profile = query.fitProfile;
      const score = profile
        ? audienceFit(
            {
              niches: index.nichesOf(row),
              language: index.languages.values[index.language[row] as number] || null,
              tier: index.tierName(row),
              audience: index.audience[row] ?? null,
            },
            profile,
          ).score
        : null;
      return score ?? Number.NEGATIVE_INFINITY;
    }
    default:
      // Relevance: text score first, then followers (log-scaled so it never outweighs one text point).
      return (
        (text ? relevanceOf(index, text, row) : 0) + Math.log10((index.followers[row] as number) + 1) / 100
      );
  }
}

/** An upper bound of the sort keys in a 32-row block, when the index keeps one for this sort. */
function blockBoundFor(
  index: CreatorIndex,
  sort: SearchSort,
  hasText: boolean,
): ((block: number) => number) | null {
  switch (sort) {
    case "followers":
      return (block) => index.blockMaxFollowers[block] as number;
    case "engagementRate":
      return (block) => index.blockMaxEngagementRate[block] as number;
    case "quality":
      return (block) => index.blockMaxQuality[block] as number;
    case "relevance":
      // Without text the key is log-scaled followers; the margin covers rounding in log10.
      return hasText
        ? null
        : (block) => Math.log10((index.blockMaxFollowers[block] as number) + 1) / 100 + 1e-12;
    default:
      return null;
  }
}
