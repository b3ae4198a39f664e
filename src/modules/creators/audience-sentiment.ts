import vader from "vader-sentiment";

export interface AudienceSentiment {
  comments: number;
  positive: number;
  neutral: number;
  negative: number;
  examples: { positive: string[]; negative: string[] };
}

/** VADER's compound score of one comment, from −1 (most negative) to 1 (most positive). */
export function sentimentScore(text: string): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

/** Its authors' thresholds: compound ≥ 0.05 is positive, ≤ −0.05 negative, otherwise neutral. */
export function sentimentLabel(compound: number): "positive" | "neutral" | "negative" {
  return compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral";
}

/**
 * Sentiment of recent comments with VADER, a lexicon model made for social text. Its authors' thresholds: compound
 * ≥ 0.05 is positive, ≤ −0.05 negative, otherwise neutral. Shares are fractions; null when there are no comments.
 */
export function audienceSentiment(comments: string[]): AudienceSentiment | null {
  const scored = comments
    .filter((c) => c.trim().length > 0)
    .map((text) => ({ text, compound: sentimentScore(text) }));
  if (scored.length === 0) return null;
  const positive = scored.filter((s) => sentimentLabel(s.compound) === "positive");
  const negative = scored.filter((s) => sentimentLabel(s.compound) === "negative");
  return {
    comments: scored.length,
    positive: positive.length / scored.length,
    neutral: (scored.length - positive.length - negative.length) / scored.length,
    negative: negative.length / scored.length,
    examples: {
      positive: positive
        .sort((a, b) => b.compound - a.compound)
        .slice(0, 3)
        .map((s) => s.text),
      negative: negative
        .sort((a, b) => a.compound - b.compound)
        .slice(0, 3)
        .map((s) => s.text),
    },
  };
}
