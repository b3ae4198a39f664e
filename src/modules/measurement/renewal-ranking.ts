import jStat from "jstat";

export interface CreatorConversionRecord {
  creatorId: string;
  /** Bot-filtered clicks on the creator's tracked links. */
  clicks: number;
  /** Attributed conversions: orders and leads (M13 Conversions). */
  conversions: number;
}

export interface BetaPrior {
  alpha: number;
  beta: number;
  /** alpha ÷ (alpha + beta): the conversion rate a creator is shrunk toward. */
  mean: number;
  /** How many creators with at least one click it was fitted to. */
  creators: number;
  /** Fitted to the organisation's creators, or a weak default when they cannot support a fit. */
  source: "empirical" | "weak-default";
}

/** The rate a creator's cautious estimate must beat: a fraction, or null when nothing gives one. */
export type RenewalTarget = number | null;

export interface RankedCreator extends CreatorConversionRecord {
  /** Raw conversions per click; null without clicks. */
  rawRate: number | null;
  /** Posterior mean conversions per click, shrunk toward the prior mean. */
  posteriorMean: number;
  /** 80% credible interval of the conversion rate (the 10th and 90th percentiles of the posterior). */
  interval: { lower: number; upper: number };
  renew: boolean;
  /** Why, in plain words. */
  reason: string;
}

function weakPrior(creators: number): BetaPrior {
  return { alpha: 1, beta: 99, mean: 0.01, creators, source: "weak-default" };
}

function withClicks(records: CreatorConversionRecord[]): CreatorConversionRecord[] {
  return records.filter((r) => r.clicks > 0);
}

/**
 * M12 empirical Bayes (M13 Renewal): a Beta prior fitted to the conversions per click of every creator with at least
 * one click, by click-weighted moments (Kleinman's estimator). The observed spread minus the binomial noise expected
 * by chance is the spread between creators, so a creator with ten clicks cannot dominate the fit:
 *   mean = Σk ÷ Σn;  S = Σ n(k/n − mean)²;  chance = (m − 1)·mean(1 − mean);  N' = Σn − Σn² ÷ Σn;
 *   between = (S − chance) ÷ N';  strength = mean(1 − mean) ÷ between − 1;  α = mean·strength, β = (1 − mean)·strength.
 * Fewer than three such creators, or no conversions at all, cannot support a fit: a weak prior (mean 1%, worth 100
 * clicks) is used and says so. When all the spread is chance, the prior is as strong as the clicks behind it.
 */
export function fitBetaPrior(records: CreatorConversionRecord[]): BetaPrior {
  const observed = withClicks(records);
  if (observed.length < 3) return weakPrior(observed.length);
  const clicks = observed.reduce((sum, r) => sum + r.clicks, 0);
  const conversions = observed.reduce((sum, r) => sum + r.conversions, 0);
  const mean = conversions / clicks;
  if (mean <= 0 || mean >= 1) return weakPrior(observed.length);
  const spread = observed.reduce((sum, r) => sum + r.clicks * (r.conversions / r.clicks - mean) ** 2, 0);
  const chance = (observed.length - 1) * mean * (1 - mean);
  const effectiveClicks = clicks - observed.reduce((sum, r) => sum + r.clicks ** 2, 0) / clicks;
  const between = (spread - chance) / effectiveClicks;
  const strength = between > 0 ? (mean * (1 - mean)) / between - 1 : clicks;
  if (!(strength > 0)) return weakPrior(observed.length);
  return {
    alpha: mean * strength,
    beta: (1 - mean) * strength,
    mean,
    creators: observed.length,
    source: "empirical",
  };
}

/** M13 Renewal: the median of the raw conversions per click of the creators with at least one click; null if none. */
export function medianCreatorRate(records: CreatorConversionRecord[]): number | null {
  const rates = withClicks(records)
    .map((r) => r.conversions / r.clicks)
    .sort((a, b) => a - b);
  if (rates.length === 0) return null;
  const middle = Math.floor(rates.length / 2);
  return rates.length % 2 === 1
    ? (rates[middle] as number)
    : ((rates[middle - 1] as number) + (rates[middle] as number)) / 2;
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

function reasonFor(record: CreatorConversionRecord, lower: number, upper: number, target: RenewalTarget) {
  const range = `80% interval ${percent(lower)}–${percent(upper)}`;
  if (record.clicks === 0) return "Not yet: no tracked clicks, so there is nothing to judge.";
  if (record.conversions === 0)
    return `Not yet: no conversions from ${record.clicks} clicks; a creator is renewed only after converting.`;
  if (target === null) return `No target to compare with (${range}).`;
  if (lower > target)
    return `Renew: even the cautious estimate, ${percent(lower)} (${range}), beats the ${percent(target)} target.`;
  return `Not yet: the cautious estimate, ${percent(lower)} (${range}), does not beat the ${percent(target)} target.`;
}

/**
 * M12 with M13 Renewal: each creator's conversions per click under the prior give a Beta posterior; creators are
 * ranked by its mean, and one enters "renew" when the lower end of its 80% interval beats the target. A creator
 * with no conversions never does, however low the target.
 */
export function rankCreatorsForRenewal(
  records: CreatorConversionRecord[],
  target: RenewalTarget,
  prior: BetaPrior,
): RankedCreator[] {
  return records
    .map((record) => {
      const alpha = prior.alpha + record.conversions;
      const beta = prior.beta + Math.max(0, record.clicks - record.conversions);
      const lower = jStat.beta.inv(0.1, alpha, beta);
      const upper = jStat.beta.inv(0.9, alpha, beta);
      const renew = record.conversions > 0 && target !== null && lower > target;
      return {
        ...record,
        rawRate: record.clicks > 0 ? record.conversions / record.clicks : null,
        posteriorMean: alpha / (alpha + beta),
        interval: { lower, upper },
        renew,
        reason: reasonFor(record, lower, upper, target),
      };
    })
    .sort((a, b) => b.posteriorMean - a.posteriorMean);
}
