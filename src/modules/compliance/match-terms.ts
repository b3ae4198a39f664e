import { compactForm, type Token, type TokenKind, tokenizeCaption } from "./tokenize-caption.js";

/**
 * Terms are written as people write them ("Paid partnership with <brand>", "#<Brand>Partner", "Thanks to <brand>
 * for the free <product>") and matched as whole words or whole hashtags, case-insensitively (C2–C6).
 */
type TermElement =
  | { kind: TokenKind; norm: string }
  /** A word in any of its forms (C8 Word forms): `norm` is its stem, `word` the form the brief wrote. */
  | { kind: "stem"; norm: string; word: string }
  | { kind: "brand" }
  | { kind: "brand-hashtag"; prefix: string; suffix: string }
  | { kind: "product" };

export interface CompiledTerm {
  text: string;
  elements: TermElement[];
}

export interface TermMatch {
  term: CompiledTerm;
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
  start: number;
  end: number;
  /** Where the negation that cancels this match starts ("not sponsored"), or null. */
  negatedFrom: number | null;
}

export interface Negation {
  words: string[];
  fillers: string[];
  maxFillers: number;
}

/** A brand name as a word sequence ("Glow & Co") and as it appears in hashtags and handles ("glowco"). */
export interface BrandForm {
  tokens: Token[];
  compact: string;
}

const brandPlaceholder = /<brand>/i;
// A product name in "…for the free <product>" is one to three words.
const longestProduct = 3;

export interface CompileOptions {
  placeholders: boolean;
  /** Words then match in any of their forms, unless the term is quoted (C8 Word forms). */
  stem?: (word: string) => string;
}

const quoted = /^["“”„«»](.*)["“”«»]$/su;

export function compileTerm(text: string, options: CompileOptions = { placeholders: true }): CompiledTerm {
  const elements: TermElement[] = [];
  const exact = quoted.exec(text.trim());
  const stem = exact ? undefined : options.stem;
  for (const piece of (exact?.[1] ?? text).trim().split(/\s+/u)) {
    const lower = piece.toLowerCase();
    if (options.placeholders && lower === "<brand>") elements.push({ kind: "brand" });
    else if (options.placeholders && lower === "<product>") elements.push({ kind: "product" });
    else if (options.placeholders && /^[#＃]/u.test(piece) && brandPlaceholder.test(piece)) {
      const [before = "", after = ""] = piece.slice(1).split(brandPlaceholder);
      elements.push({ kind: "brand-hashtag", prefix: compactForm(before), suffix: compactForm(after) });
    } else
      for (const token of tokenizeCaption(piece))
        elements.push(
          stem && token.kind === "word"
            ? { kind: "stem", norm: stem(token.norm), word: token.norm }
            : { kind: token.kind, norm: token.norm },
        );
  }
  return { text: exact ? (exact[1] ?? "").trim() : text, elements };
}

export function brandForm(brand: string | undefined): BrandForm | null {
  if (!brand) return null;
  const tokens = tokenizeCaption(brand);
  return tokens.length > 0 ? { tokens, compact: compactForm(brand) } : null;
}

/**
 * Caption tokens with a lookup from kind and compared form to positions, so each term only visits its candidates.
 * Stems are looked up per distinct word, and only the first time a term asks for one, so captions checked without
 * word-form terms never pay for stemming.
 */
export class IndexedCaption {
  readonly tokens: Token[];
  private readonly positions = new Map<string, number[]>();
  private stems: { ofWord: Map<string, string>; positions: Map<string, number[]> } | null = null;

  constructor(
    readonly text: string,
    private readonly stem: (word: string) => string = (word) => word,
  ) {
    this.tokens = tokenizeCaption(text);
    this.tokens.forEach((token, index) => {
      const key = `${token.kind}:${token.norm}`;
      const list = this.positions.get(key);
      if (list) list.push(index);
      else this.positions.set(key, [index]);
    });
  }

  candidates(element: TermElement): Iterable<number> {
    if (element.kind === "brand-hashtag" || element.kind === "brand" || element.kind === "product")
      return this.tokens.keys();
    if (element.kind === "stem") return this.indexStems().positions.get(element.norm) ?? [];
    return this.positions.get(`${element.kind}:${element.norm}`) ?? [];
  }

  /** The stem of the word at `t`; null for a hashtag, mention or symbol. */
  stemAt(t: number): string | null {
    const token = this.tokens[t];
    return token?.kind === "word" ? (this.indexStems().ofWord.get(token.norm) ?? null) : null;
  }

  private indexStems(): { ofWord: Map<string, string>; positions: Map<string, number[]> } {
    if (this.stems) return this.stems;
    const ofWord = new Map<string, string>();
    const positions = new Map<string, number[]>();
    for (const [key, list] of this.positions) {
      if (!key.startsWith("word:")) continue;
      const word = key.slice("word:".length);
      const stem = this.stem(word);
      ofWord.set(word, stem);
      const merged = positions.get(stem);
      positions.set(stem, merged ? [...merged, ...list].sort((a, b) => a - b) : list);
    }
    this.stems = { ofWord, positions };
    return this.stems;
  }
}

function compactHashtag(token: Token): string {
  return token.norm.replaceAll("_", "");
}

function compactHandle(token: Token): string {
  return token.norm.replace(/[._]/g, "");
}

/** Token positions (exclusive ends) where element `e` can end when it starts at token `t`. */
function elementEnds(
  caption: IndexedCaption,
  element: TermElement,
  t: number,
  brand: BrandForm | null,
): number[] {
  const { tokens } = caption;
  const token = tokens[t];
  if (!token) return [];
  switch (element.kind) {
    case "brand": {
      if (!brand) return token.kind === "symbol" ? [] : [t + 1];
      const ends: number[] = [];
      if (
        (token.kind === "mention" && compactHandle(token) === brand.compact) ||
        (token.kind === "hashtag" && compactHashtag(token) === brand.compact)
      )
        ends.push(t + 1);
      const sequence = brand.tokens.every((part, i) => {
        const candidate = tokens[t + i];
        return (
          candidate !== undefined &&
          candidate.kind === part.kind &&
          candidate.norm === part.norm &&
          (i === 0 || candidate.softBefore)
        );
      });
      if (sequence) ends.push(t + brand.tokens.length);
      return ends;
    }
    case "brand-hashtag": {
      if (token.kind !== "hashtag") return [];
      const body = compactHashtag(token);
      if (brand) return body === `${element.prefix}${brand.compact}${element.suffix}` ? [t + 1] : [];
      // Without a brand name, any name of two or more characters between the fixed parts stands for it.
      const fits =
        body.startsWith(element.prefix) &&
        body.endsWith(element.suffix) &&
        body.length - element.prefix.length - element.suffix.length >= 2;
      return fits ? [t + 1] : [];
    }
    case "product": {
      const ends: number[] = [];
      for (let n = 0; n < longestProduct; n += 1) {
        const part = tokens[t + n];
        if (part?.kind !== "word" || (n > 0 && !part.softBefore)) break;
        ends.push(t + n + 1);
      }
      return ends.reverse();
    }
    case "stem":
      return caption.stemAt(t) === element.norm ? [t + 1] : [];
    default:
      return token.kind === element.kind && token.norm === element.norm ? [t + 1] : [];
  }
}

/** The longest match of the elements from token `t`, or -1. Elements are few, so the search stays tiny. */
function matchFrom(
  caption: IndexedCaption,
  elements: TermElement[],
  e: number,
  t: number,
  brand: BrandForm | null,
): number {
  const element = elements[e];
  if (!element) return t;
  if (e > 0 && !caption.tokens[t]?.softBefore) return -1;
  for (const end of elementEnds(caption, element, t, brand).sort((a, b) => b - a)) {
    const found = matchFrom(caption, elements, e + 1, end, brand);
    if (found >= 0) return found;
  }
  return -1;
}

/** "not sponsored", "this is not #ad", "ce n'est pas une publicité": a negation word, then at most a few fillers. */
function negationStart(tokens: Token[], first: number, negation: Negation): number | null {
  let fillers = 0;
  for (let j = first - 1; j >= 0; j -= 1) {
    const token = tokens[j];
    const next = tokens[j + 1];
    if (!token || !next?.softBefore || token.kind !== "word") return null;
    if (negation.words.includes(token.norm)) return token.start;
    if (!negation.fillers.includes(token.norm) || fillers >= negation.maxFillers) return null;
    fillers += 1;
  }
  return null;
}

export interface MatchOptions {
  brand: BrandForm | null;
  negation?: Negation;
  /** Whether a hyphen-glued part of a word counts ("cure" in "cure-all"): yes for forbidden claims, no for labels. */
  allowGlued?: boolean;
}

export function findTerm(caption: IndexedCaption, term: CompiledTerm, options: MatchOptions): TermMatch[] {
  const first = term.elements[0];
  if (!first) return [];
  const { tokens } = caption;
  const matches: TermMatch[] = [];
  let coveredUntil = -1;
  for (const t of caption.candidates(first)) {
    if (t < coveredUntil) continue;
    const lastToken = matchFrom(caption, term.elements, 0, t, options.brand);
    if (lastToken < 0) continue;
    const startToken = tokens[t];
    const endToken = tokens[lastToken - 1];
    if (!startToken || !endToken) continue;
    if (!options.allowGlued && (startToken.gluedBefore || tokens[lastToken]?.gluedBefore)) continue;
    matches.push({
      term,
      firstToken: t,
      lastToken,
      start: startToken.start,
      end: endToken.end,
      negatedFrom: options.negation ? negationStart(tokens, t, options.negation) : null,
    });
    coveredUntil = lastToken;
  }
  return matches;
}

/** Several terms at once, keeping the longest where they overlap ("Sponsored by Glow" over "Sponsored"). */
export function findTerms(
  caption: IndexedCaption,
  terms: CompiledTerm[],
  options: MatchOptions,
): TermMatch[] {
  const all = terms
    .flatMap((term) => findTerm(caption, term, options))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const match of all) {
    const previous = kept.at(-1);
    if (previous && match.start < previous.end) continue;
    kept.push(match);
  }
  return kept;
}
