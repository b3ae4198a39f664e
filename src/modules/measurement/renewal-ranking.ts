import jStat from "jstat";

export interface CreatorConversionRecord {
  creatorId: string;
  /** Bot-filtered clicks on the creator's tracked links. */
  clicks: number;
  /** Attributed orders (conversions). */
  conversions: number;
}

export interface BetaPrior {
  alpha: number;
  beta: number;
  /** How the prior was obtained: fitted to the organisation's creators, or a weak default when too few exist. */
  source: "empirical" | "weak-default";
}

export interface RankedCreator extends CreatorConversionRecord {
  /** Raw conversions per click; null without clicks. */
  rawRate: number | null;
  /** Posterior mean conversions per click, shrunk toward the organisation's typical rate. */
  posteriorMean: number;
  /** 80% credible interval of the conversion rate. */
  interval: { lower: number; upper: number };
  renew: boolean;
  reason: string;
}

const weakPrior: BetaPrior = { alpha: 1, beta: 99, source: "weak-default" };

/**
 * M12 empirical Bayes: a Beta prior fitted to every creator's conversions per click by click-weighted moments
 * (Kleinman's estimator), which subtracts the binomial noise expected by chance and keeps a creator with ten clicks
 * from dominating the fit. With fewer than three creators with clicks a weak prior (mean 1%) is used; when all the
 * spread is chance, a strong prior at the pooled rate.
 */
export function fitBetaPrior(records: CreatorConversionRecord[]): BetaPrior {
  const observed = records.filter((r) => r.clicks > 0);
  if (observed.length < 3) return weakPrior;
  const clicks = observed.reduce((sum, r) => sum + r.clicks, 0);
  const conversions = observed.reduce((sum, r) => sum + r.conversions, 0);
  const mean = conversions / clicks;
  if (mean <= 0 || mean >= 1) return weakPrior;
  const spread = observed.reduce((sum, r) => sum + r.clicks * (r.conversions / r.clicks - mean) ** 2, 0);
  const chance = (observed.length - 1) * mean * (1 - mean);
  const effectiveClicks = clicks - observed.reduce((sum, r) => sum + r.clicks ** 2, 0) / clicks;
  const between = (spread - chance) / effectiveClicks;
  const strength = between > 0 ? (mean * (1 - mean)) / between - 1 : clicks;
  if (!(strength > 0)) return weakPrior;
  return { alpha: mean * strength, beta: (1 - mean) * strength, source: "empirical" };
}

/**
 * M12: ranks creators by posterior mean conversion rate with an 80% credible interval; a creator enters "renew" when
 * the interval's lower bound beats the target rate.
 */
export function rankCreatorsForRenewal(
  records: CreatorConversionRecord[],
  targetRate: number,
  prior = fitBetaPrior(records),
): RankedCreator[] {
  return records
    .map((record) => {
      const alpha = prior.alpha + record.conversions;
      const beta = prior.beta + Math.max(0, record.clicks - record.conversions);
      const lower = jStat.beta.inv(0.1, alpha, beta);
      const upper = jStat.beta.inv(0.9, alpha, beta);
      const renew = lower > targetRate;
      const percent = (x: number) => `${(x * 100).toFixed(2)}%`;
      return {
        ...record,
        rawRate: record.clicks > 0 ? record.conversions / record.clicks : null,
        posteriorMean: alpha / (alpha + beta),
        interval: { lower, upper },
        renew,
        reason: renew
          ? `Even the cautious estimate (${percent(lower)}) beats the ${percent(targetRate)} target.`
          : record.clicks === 0
            ? "No tracked clicks yet."
            : `The cautious estimate (${percent(lower)}) does not yet beat the ${percent(targetRate)} target.`,
      };
    })
    .sort((a, b) => b.posteriorMean - a.posteriorMean);
}
