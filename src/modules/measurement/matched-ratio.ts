/** One post or creator in a ratio: its share of the numerator and of the denominator (null when unknown). */
export interface MatchedItem {
  numerator: number | null;
  denominator: number | null;
}

export interface MatchedRatio {
  /** Σ numerator ÷ Σ denominator over the covered items; null when nothing is covered or the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Items whose numerator and denominator are both known, out of all the items. */
  covered: number;
  of: number;
}

/**
 * docs/domain/metrics.md M13 Matched basis: a ratio's numerator and denominator come from the same items, so an item
 * missing either side is left out of both, and the coverage says how many items remained.
 */
export function matchedRatio(items: MatchedItem[], scale = 1): MatchedRatio {
  let numerator = 0;
  let denominator = 0;
  let covered = 0;
  for (const item of items) {
    if (item.numerator === null || item.denominator === null) continue;
    numerator += item.numerator;
    denominator += item.denominator;
    covered += 1;
  }
  return {
    value: covered === 0 || denominator <= 0 ? null : (numerator * scale) / denominator,
    numerator,
    denominator,
    covered,
    of: items.length,
  };
}
