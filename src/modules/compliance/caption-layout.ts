import type { Token } from "./tokenize-caption.js";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The UTF-16 index where the text shown before "more" ends (C2, C3). Platforms count what people see as
 * characters, so an emoji sequence such as 👩‍👩‍👧 counts once. Segmenting a whole 100 KB caption is slow, so
 * only a growing prefix is segmented until it holds `limit` clusters and one more to prove the last is whole.
 */
export function visibleEnd(caption: string, limit: number): number {
  for (let window = limit * 8; ; window *= 4) {
    const prefix = caption.slice(0, window);
    let count = 0;
    for (const { index } of graphemes.segment(prefix)) {
      if (count === limit) return index;
      count += 1;
    }
    if (prefix.length === caption.length) return caption.length;
  }
}

/**
 * The index of the first token of the trailing block of hashtags, when the caption ends with at least `minimum`
 * hashtags and nothing but spaces, punctuation or emoji between them (C2, C3); otherwise null.
 */
export function trailingHashtagBlockStart(tokens: Token[], minimum: number): number | null {
  let first = tokens.length;
  while (first > 0 && tokens[first - 1]?.kind === "hashtag") first -= 1;
  return tokens.length - first >= minimum ? first : null;
}
