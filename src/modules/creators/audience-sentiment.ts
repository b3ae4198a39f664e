import vader from "vader-sentiment";

export interface AudienceSentiment {
  comments: number;
  positive: number;
  neutral: number;
  negative: number;
  examples: { positive: string[]; negative: string[] };
}

/**
 * Sentiment of recent comments with VADER, a lexicon model made for social text. Its authors' thresholds: compound
 * ≥ 0.05 is positive, ≤ −0.05 negative, otherwise neutral. Shares are fractions; null when there are no comments.
 */
export function audienceSentiment(comments: string[]): AudienceSentiment | null {
  const scored = comments
    .filter((c) => c.trim().length > 0)
    .map((text) => ({ text, compound: vader.SentimentIntensityAnalyzer.polarity_scores(text).compound }));
  if (scored.length === 0) return null;
  const positive = scored.filter((s) => s.compound >= 0.05);
  const negative = scored.filter((s) => s.compound <= -0.05);
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
