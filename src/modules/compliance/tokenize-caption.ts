/**
 * Splits a caption into the words, hashtags, mentions and symbols that disclosure and brief terms are matched
 * against (C6, C7). One linear pass with regexes whose alternatives cannot overlap, so a 100 KB caption costs a
 * few milliseconds and no input can make the matcher backtrack. Spans are UTF-16 indices into the original text.
 */
export type TokenKind = "word" | "hashtag" | "mention" | "symbol";

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Compared form: invisible marks dropped, NFKC (so fancy "𝐀𝐝" and fullwidth "ＡＤ" read as "ad"), lower case. */
  norm: string;
  /** False when a clause break (. , ; ! ? or a new line) separates this token from the one before. */
  softBefore: boolean;
  /** True when a hyphen glues this word to the word before ("ad-free"): then neither is a whole word. */
  gluedBefore: boolean;
}

// Links are skipped whole so that "https://shop.example/#ad" is not read as the hashtag #ad.
const tokenPattern = new RegExp(
  [
    String.raw`(?<link>https?:\/\/\S+|www\.\S+)`,
    // A hashtag body is letters, digits and "_" (marks and invisible joiners may sit between them); a keycap
    // emoji "#️⃣" is not a hashtag because its body starts with a variation selector.
    String.raw`(?<hashtag>[#＃](?:\p{Cf}*[\p{L}\p{N}_]\p{M}*)+)`,
    String.raw`(?<mention>[@＠][\p{L}\p{N}_.]+)`,
    // A word may hold apostrophes ("isn't") and invisible marks between letters, never at its ends.
    String.raw`(?<word>[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\p{Cf}]+[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*)`,
    String.raw`(?<symbol>[\p{Sc}%])`,
  ].join("|"),
  "giu",
);

const wordCharacter = /[\p{L}\p{N}_]/u;
const clauseBreak = /[.,;!?…。！？、\n\r\u2028\u2029]/u;
const gluingHyphens = new Set(["-", "‐", "‑"]);
const invisible = /\p{Cf}|\uFE0E|\uFE0F/gu;

/** The compared form of a piece of text; also used for brand names and brief terms. */
export function normalizeText(text: string): string {
  return text.replace(invisible, "").normalize("NFKC").toLowerCase().replaceAll("’", "'");
}

/** Letters and digits only: how a brand appears inside a hashtag or handle ("Glow & Co" → "glowco"). */
export function compactForm(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]/gu, "");
}

function previousCodePoint(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return isLowSurrogate && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

export function tokenizeCaption(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  let previousEnd = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const groups = match.groups ?? {};
    const start = match.index;
    let raw = match[0];
    let kind: TokenKind;
    if (groups.link) continue;
    if (groups.hashtag || groups.mention) {
      kind = groups.hashtag ? "hashtag" : "mention";
      const last = tokens.at(-1);
      const followsHashtag = last?.kind === "hashtag" && last.end === start;
      // "C#ad" and "hello@brand.com" are not a hashtag or a mention: the sign follows a letter.
      if (wordCharacter.test(previousCodePoint(text, start)) && !followsHashtag) continue;
      if (kind === "mention") raw = raw.replace(/\.+$/, "");
      if (raw.length < 2) continue;
    } else if (groups.word) kind = "word";
    else kind = "symbol";
    const end = start + raw.length;
    const gap = text.slice(previousEnd, start);
    const last = tokens.at(-1);
    tokens.push({
      kind,
      start,
      end,
      norm: normalizeText(kind === "hashtag" || kind === "mention" ? raw.slice(1) : raw),
      softBefore: !clauseBreak.test(gap),
      gluedBefore: kind === "word" && last?.kind === "word" && gluingHyphens.has(gap),
    });
    previousEnd = end;
  }
  return tokens;
}
