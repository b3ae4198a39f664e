import type { SearchableAccount } from "../creators/list-changed-accounts.js";
import { type Platform, platforms, type Tier, tiers } from "../creators/tiers.js";

/** Lower-case words of a text, without accents; a handle also yields its parts ("jane.doe_92" → jane, doe, 92). */
export function tokenize(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function growInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

/** A string ↔ small integer dictionary (countries, languages, niches, words). */
class Dictionary {
  readonly values: string[] = [""];
  private readonly ids = new Map<string, number>();

  idOf(value: string | null): number {
    if (value === null || value === "") return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

/** A growable list of small integers per row, stored flat (each row's values are contiguous). */
class RowLists {
  offsets = new Int32Array(1024);
  lengths = new Uint8Array(1024);
  flat = new Int32Array(4096);
  used = 0;

  ensureRows(capacity: number): void {
    if (capacity <= this.offsets.length) return;
    this.offsets = growInt32(this.offsets, capacity);
    const lengths = new Uint8Array(capacity);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }

  set(row: number, values: number[]): void {
    const count = Math.min(values.length, 255);
    // A row that grows moves to the end; the few bytes it leaves behind are not worth compacting.
    if (count > (this.lengths[row] as number)) {
      if (this.used + count > this.flat.length)
        this.flat = growInt32(this.flat, Math.max(this.flat.length * 2, this.used + count));
      this.offsets[row] = this.used;
      this.used += count;
    }
    const start = this.offsets[row] as number;
    for (let i = 0; i < count; i++) this.flat[start + i] = values[i] as number;
    this.lengths[row] = count;
  }
}

/**
 * One bitset per value of a categorical field: bit `row` of value v's set is on when the row has v. Queries AND
 * these word by word and count with popcount instead of visiting rows. A value's set is made when it first occurs.
 */
export class ValueBitsets {
  private readonly sets: Array<Uint32Array | undefined> = [];
  private words = 0;

  grow(rows: number): void {
    const words = (rows + 31) >>> 5;
    if (words <= this.words) return;
    for (let v = 0; v < this.sets.length; v++) {
      const old = this.sets[v];
      if (!old) continue;
      const next = new Uint32Array(words);
      next.set(old);
      this.sets[v] = next;
    }
    this.words = words;
  }

  add(value: number, row: number): void {
    let set = this.sets[value];
    if (!set) {
      set = new Uint32Array(this.words);
      this.sets[value] = set;
    }
    const w = row >>> 5;
    set[w] = (set[w] as number) | (1 << (row & 31));
  }

  remove(value: number, row: number): void {
    const set = this.sets[value];
    if (!set) return;
    const w = row >>> 5;
    set[w] = (set[w] as number) & ~(1 << (row & 31));
  }

  /** The rows with this value; undefined when no row ever had it. */
  of(value: number): Uint32Array | undefined {
    return this.sets[value];
  }

  /** One more than the largest value seen. */
  get values(): number {
    return this.sets.length;
  }
}

/**
 * Rows by band of a numeric field (band b holds bounds[b] ≤ value < bounds[b + 1]; unknown values have a band of
 * their own), so a range filter takes whole bands and checks single rows only in the bands its bounds cut.
 */
export class RangeBands {
  readonly bits = new ValueBitsets();

  /** Ascending; the first is -Infinity. */
  constructor(readonly bounds: readonly number[]) {}

  bandOf(value: number): number {
    if (Number.isNaN(value)) return this.bounds.length;
    let band = 0;
    while (band + 1 < this.bounds.length && value >= (this.bounds[band + 1] as number)) band += 1;
    return band;
  }
}

/** 1-2-5 steps: the round numbers filters are typed with (5,000 or 50,000 followers) fall on band edges. */
function roundSteps(from: number, to: number): number[] {
  const steps = [Number.NEGATIVE_INFINITY];
  for (let decade = from; decade <= to; decade *= 10)
    for (const m of [1, 2, 5]) steps.push(Number((decade * m).toPrecision(6)));
  return steps;
}

export interface AudienceShares {
  countries: Record<string, number>;
  ages: Record<string, number>;
  genders: Record<string, number>;
}

/**
 * The searchable fields of one organisation's accounts in columns of typed arrays, with a word index for names,
 * handles and bios. It answers filters, counts and facets over a million accounts in milliseconds; the page rows
 * themselves come from the database. `seq` is the organisation's change number it has caught up to.
 */
export class CreatorIndex {
  seq = 0;
  lastId = "";
  size = 0;
  private capacity = 0;

  ids: string[] = [];
  creatorOf = new Int32Array(0);
  creatorIds: string[] = [];
  private readonly creatorRow = new Map<string, number>();
  private readonly rowOf = new Map<string, number>();

  platform = new Uint8Array(0);
  tier = new Uint8Array(0);
  followers = new Float64Array(0);
  engagementRate = new Float32Array(0);
  engagementRateViews = new Float32Array(0);
  quality = new Uint8Array(0);
  country = new Uint16Array(0);
  language = new Uint16Array(0);
  hasEmail = new Uint8Array(0);
  niches = new RowLists();
  words = new RowLists();
  /** How many of a row's words come from its name and handle (the rest are from its bio). */
  titleWords = new Uint8Array(0);
  /** Rows whose words changed after they were first indexed: their postings may be stale and are checked. */
  rewritten = new Uint8Array(0);
  audience: Array<AudienceShares | undefined> = [];
  brands: Array<string[] | undefined> = [];

  readonly countries = new Dictionary();
  readonly languages = new Dictionary();
  readonly nicheNames = new Dictionary();
  readonly vocabulary = new Dictionary();
  /** Rows per value of each categorical filter (and facet); `hasEmailBits` has values 0 and 1. */
  readonly platformBits = new ValueBitsets();
  readonly tierBits = new ValueBitsets();
  readonly countryBits = new ValueBitsets();
  readonly languageBits = new ValueBitsets();
  readonly nicheBits = new ValueBitsets();
  readonly hasEmailBits = new ValueBitsets();
  readonly followerBands = new RangeBands(roundSteps(100, 1e9));
  readonly engagementRateBands = new RangeBands([
    Number.NEGATIVE_INFINITY,
    0.001,
    0.002,
    0.005,
    0.01,
    0.015,
    0.02,
    0.025,
    0.03,
    0.04,
    0.05,
    0.06,
    0.08,
    0.1,
    0.15,
    0.2,
    0.3,
    0.5,
    1,
  ]);
  readonly qualityBands = new RangeBands([Number.NEGATIVE_INFINITY, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  /** Whether account ids ascend with rows (UUIDv7 ids loaded in order): ties on a sort key then break by row. */
  idsInRowOrder = true;
  /**
   * Per 32-row block (one bitset word), an upper bound of the block's sort keys, so the top-N pass skips blocks
   * that cannot beat its current floor. Raised on write, never lowered: a lowered value only leaves it loose.
   */
  blockMaxFollowers = new Float64Array(0);
  blockMaxEngagementRate = new Float32Array(0);
  blockMaxQuality = new Uint8Array(0);
  /** Rows per word id. */
  postings: number[][] = [[]];
  /** Word ids by their first three letters, for prefix search. */
  private readonly prefixes = new Map<string, number[]>();

  private ensureCapacity(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(1024, this.capacity * 2, rows);
    const grow = <T extends Uint8Array | Uint16Array | Float32Array | Float64Array | Int32Array>(
      array: T,
      make: (n: number) => T,
    ): T => {
      const next = make(capacity);
      next.set(array);
      return next;
    };
    this.creatorOf = grow(this.creatorOf, (n) => new Int32Array(n));
    this.platform = grow(this.platform, (n) => new Uint8Array(n));
    this.tier = grow(this.tier, (n) => new Uint8Array(n));
    this.followers = grow(this.followers, (n) => new Float64Array(n));
    this.engagementRate = grow(this.engagementRate, (n) => new Float32Array(n));
    this.engagementRateViews = grow(this.engagementRateViews, (n) => new Float32Array(n));
    this.quality = grow(this.quality, (n) => new Uint8Array(n));
    this.country = grow(this.country, (n) => new Uint16Array(n));
    this.language = grow(this.language, (n) => new Uint16Array(n));
    this.hasEmail = grow(this.hasEmail, (n) => new Uint8Array(n));
    this.titleWords = grow(this.titleWords, (n) => new Uint8Array(n));
    this.rewritten = grow(this.rewritten, (n) => new Uint8Array(n));
    this.niches.ensureRows(capacity);
    this.words.ensureRows(capacity);
    const blocks = (capacity + 31) >>> 5;
    this.blockMaxFollowers = grow(this.blockMaxFollowers, () => new Float64Array(blocks));
    this.blockMaxEngagementRate = grow(this.blockMaxEngagementRate, () => new Float32Array(blocks));
    this.blockMaxQuality = grow(this.blockMaxQuality, () => new Uint8Array(blocks));
    for (const bits of this.allBits()) bits.grow(capacity);
    this.capacity = capacity;
  }

  private allBits(): ValueBitsets[] {
    return [
      this.platformBits,
      this.tierBits,
      this.countryBits,
      this.languageBits,
      this.nicheBits,
      this.hasEmailBits,
      this.followerBands.bits,
      this.engagementRateBands.bits,
      this.qualityBands.bits,
    ];
  }

  private nicheIdsOf(row: number): Int32Array {
    const start = this.niches.offsets[row] as number;
    return this.niches.flat.subarray(start, start + (this.niches.lengths[row] as number));
  }

  private wordId(word: string): number {
    const before = this.vocabulary.size;
    const id = this.vocabulary.idOf(word);
    if (id === before) {
      this.postings.push([]);
      if (word.length >= 3) {
        const key = word.slice(0, 3);
        const bucket = this.prefixes.get(key);
        if (bucket) bucket.push(id);
        else this.prefixes.set(key, [id]);
      }
    }
    return id;
  }

  /** Word ids a query term matches: exact for one or two letters, by prefix from three. */
  matchingWords(term: string): number[] {
    if (term.length < 3) {
      const id = this.vocabulary.find(term);
      return id === undefined ? [] : [id];
    }
    const bucket = this.prefixes.get(term.slice(0, 3)) ?? [];
    return term.length === 3
      ? bucket
      : bucket.filter((id) => (this.vocabulary.values[id] as string).startsWith(term));
  }

  /** Adds or replaces rows; called in change order. */
  apply(accounts: SearchableAccount[]): void {
    this.ensureCapacity(this.size + accounts.length);
    for (const account of accounts) {
      let row = this.rowOf.get(account.id);
      const isNew = row === undefined;
      if (row === undefined) {
        if (this.size > 0 && account.id < (this.ids[this.size - 1] as string)) this.idsInRowOrder = false;
        row = this.size++;
        this.rowOf.set(account.id, row);
        this.ids.push(account.id);
        this.audience.push(undefined);
        this.brands.push(undefined);
      }
      let creator = this.creatorRow.get(account.creatorId);
      if (creator === undefined) {
        creator = this.creatorIds.length;
        this.creatorIds.push(account.creatorId);
        this.creatorRow.set(account.creatorId, creator);
      }
      if (!isNew) {
        this.platformBits.remove(this.platform[row] as number, row);
        this.tierBits.remove(this.tier[row] as number, row);
        this.countryBits.remove(this.country[row] as number, row);
        this.languageBits.remove(this.language[row] as number, row);
        this.hasEmailBits.remove(this.hasEmail[row] as number, row);
        for (const niche of this.nicheIdsOf(row)) this.nicheBits.remove(niche, row);
        this.followerBands.bits.remove(this.followerBands.bandOf(this.followers[row] as number), row);
        const rateBand = this.engagementRateBands.bandOf(this.engagementRate[row] as number);
        this.engagementRateBands.bits.remove(rateBand, row);
        this.qualityBands.bits.remove(this.qualityBands.bandOf(this.quality[row] as number), row);
      }
      this.creatorOf[row] = creator;
      this.platform[row] = platforms.indexOf(account.platform);
      this.tier[row] = tiers.indexOf(account.tier);
      this.followers[row] = account.followers;
      this.engagementRate[row] = account.engagementRate ?? Number.NaN;
      this.engagementRateViews[row] = account.engagementRateViews ?? Number.NaN;
      this.quality[row] = account.qualityScore;
      this.country[row] = this.countries.idOf(account.country);
      this.language[row] = this.languages.idOf(account.language);
      this.hasEmail[row] = account.hasEmail ? 1 : 0;
      // Once per niche, so a facet counts accounts, not niche mentions.
      this.niches.set(row, [...new Set(account.niches.map((n) => this.nicheNames.idOf(n)))]);
      this.platformBits.add(this.platform[row] as number, row);
      this.tierBits.add(this.tier[row] as number, row);
      this.countryBits.add(this.country[row] as number, row);
      this.languageBits.add(this.language[row] as number, row);
      this.hasEmailBits.add(this.hasEmail[row] as number, row);
      for (const niche of this.nicheIdsOf(row)) this.nicheBits.add(niche, row);
      this.followerBands.bits.add(this.followerBands.bandOf(this.followers[row] as number), row);
      const rateBand = this.engagementRateBands.bandOf(this.engagementRate[row] as number);
      this.engagementRateBands.bits.add(rateBand, row);
      this.qualityBands.bits.add(this.qualityBands.bandOf(this.quality[row] as number), row);
      const block = row >>> 5;
      const rate = this.engagementRate[row] as number;
      if (account.followers > (this.blockMaxFollowers[block] as number))
        this.blockMaxFollowers[block] = account.followers;
      if (rate > (this.blockMaxEngagementRate[block] as number)) this.blockMaxEngagementRate[block] = rate;
      if (account.qualityScore > (this.blockMaxQuality[block] as number))
        this.blockMaxQuality[block] = account.qualityScore;
      this.audience[row] = account.audience ?? undefined;
      this.brands[row] =
        account.sponsoredBrands.length > 0 ? account.sponsoredBrands.map((b) => b.toLowerCase()) : undefined;

      const title = [...new Set([...tokenize(account.name), account.handle, ...tokenize(account.handle)])];
      const titleSet = new Set(title);
      const bio = [...new Set(tokenize(account.bio ?? ""))].filter((w) => !titleSet.has(w));
      const wordIds = [...title, ...bio].map((w) => this.wordId(w));
      const previous = new Set<number>();
      if (!isNew) {
        const start = this.words.offsets[row] as number;
        for (let i = 0; i < (this.words.lengths[row] as number); i++)
          previous.add(this.words.flat[start + i] as number);
        this.rewritten[row] = 1;
      }
      for (const id of wordIds) if (!previous.has(id)) (this.postings[id] as number[]).push(row);
      this.words.set(row, wordIds);
      this.titleWords[row] = Math.min(title.length, 255);
      this.seq = account.changeSeq;
      this.lastId = account.id;
    }
  }

  /** Whether the row still has the word (postings of rewritten rows may be stale). */
  rowHasWord(row: number, word: number): boolean {
    const start = this.words.offsets[row] as number;
    const end = start + (this.words.lengths[row] as number);
    for (let i = start; i < end; i++) if (this.words.flat[i] === word) return true;
    return false;
  }

  rowOfAccount(accountId: string): number | undefined {
    return this.rowOf.get(accountId);
  }

  creatorIndexOf(creatorId: string): number | undefined {
    return this.creatorRow.get(creatorId);
  }

  platformName(row: number): Platform {
    return platforms[this.platform[row] as number] as Platform;
  }

  tierName(row: number): Tier {
    return tiers[this.tier[row] as number] as Tier;
  }

  nichesOf(row: number): string[] {
    const start = this.niches.offsets[row] as number;
    const out: string[] = [];
    for (let i = 0; i < (this.niches.lengths[row] as number); i++)
      out.push(this.nicheNames.values[this.niches.flat[start + i] as number] as string);
    return out;
  }
}
