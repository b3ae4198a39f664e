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
    this.capacity = capacity;
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
      this.niches.set(
        row,
        account.niches.map((n) => this.nicheNames.idOf(n)),
      );
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
