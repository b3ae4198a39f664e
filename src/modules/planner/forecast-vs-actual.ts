import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { listAccountsForPlanning } from "../creators/list-accounts-for-planning.js";
import { listCampaignPosts } from "../posts/list-campaign-posts.js";
import type { CampaignReportResponse } from "../reports/get-campaign-report.js";
import { forecastOutcomes, type Interval } from "./forecast-outcomes.js";
import { loadPlanningHistory } from "./planning-history.js";

export const checkedMetrics = ["reach", "engagements", "clicks", "conversions"] as const;
export type CheckedMetric = (typeof checkedMetrics)[number];

export interface MetricCheck {
  forecast: Interval;
  /** The measured figure; null where the report only has an estimate (an estimate cannot check a forecast). */
  actual: number | null;
  /** Whether the actual fell inside the forecast's 80% interval. */
  withinInterval: boolean | null;
  /** Actual ÷ expected: above 1 the forecast was too low. */
  ratio: number | null;
}

export interface CreatorForecastCheck {
  creatorId: string;
  name: string;
  posts: number;
  metrics: Record<CheckedMetric, MetricCheck>;
}

export interface MetricCheckSummary {
  /** Creators with a measured actual for this metric. */
  creators: number;
  /** Share of them inside their 80% interval: near 0.8 when the intervals are honest. */
  withinInterval: number | null;
  /** The median of actual ÷ expected: the model's bias (1 is unbiased). */
  medianRatio: number | null;
}

export interface ForecastCheck {
  /** What the forecasts could have known: campaigns that ended before this one started. */
  basedOnCampaigns: number;
  byCreator: CreatorForecastCheck[];
  summary: Record<CheckedMetric, MetricCheckSummary>;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function check(forecast: Interval, actual: number | null): MetricCheck {
  return {
    forecast,
    actual,
    withinInterval: actual === null ? null : actual >= forecast.low && actual <= forecast.high,
    ratio: actual === null || forecast.expected === 0 ? null : actual / forecast.expected,
  };
}

const sum = (a: Interval, b: Interval): Interval => ({
  expected: a.expected + b.expected,
  low: a.low + b.low,
  high: a.high + b.high,
});

/**
 * Forecast vs actual for a measured campaign (issue 8): for each creator who posted, what the planner forecasts for
 * the posts they made (their platform, format and account, with only the history of campaigns that ended before
 * this one began, and the paid amplification behind each post) beside what the report measured. Reach and engagements count only where measured; clicks are
 * tracked (bots excluded) and conversions are attributed orders. The intervals sum per post, as in the planner.
 */
export async function checkForecasts(
  db: Kysely<Database>,
  organisationId: string,
  report: CampaignReportResponse,
): Promise<ForecastCheck> {
  const campaign = await getCampaign(db, organisationId, report.campaignId);
  const posted = report.byCreator.filter((row) => row.posts > 0);
  const [history, { items: posts }, accounts] = await Promise.all([
    loadPlanningHistory(db, organisationId, {
      excludeCampaignId: campaign.id,
      currency: campaign.currency,
      endedBefore: campaign.startDate,
    }),
    listCampaignPosts(db, organisationId, campaign.id),
    listAccountsForPlanning(db, organisationId, {
      creatorIds: posted.map((row) => row.creatorId),
      limit: 10_000,
    }),
  ]);
  const averageOrderValue = report.totals.orders > 0 ? report.totals.revenue / report.totals.orders : 5_000;

  const byCreator: CreatorForecastCheck[] = [];
  for (const row of posted) {
    const own = posts.filter((p) => p.creatorId === row.creatorId);
    const zero: Interval = { expected: 0, low: 0, high: 0 };
    const forecast: Record<CheckedMetric, Interval> = {
      reach: zero,
      engagements: zero,
      clicks: zero,
      conversions: zero,
    };
    let forecastPosts = 0;
    for (const post of own) {
      const account =
        accounts.find((a) => a.creatorId === row.creatorId && a.platform === post.platform) ??
        accounts.find((a) => a.creatorId === row.creatorId);
      if (!account) continue;
      forecastPosts += 1;
      const one = forecastOutcomes({
        platform: post.platform,
        format: post.format,
        followers: account.followers,
        engagementRate: account.engagementRate,
        postsObserved: Math.min(account.postsCount ?? 12, 30),
        averageOrderValue,
        history: history.outcomes.get(post.platform),
        paidSpend: post.paidSpend,
      });
      for (const metric of checkedMetrics) forecast[metric] = sum(forecast[metric], one[metric]);
    }
    if (forecastPosts === 0) continue;
    byCreator.push({
      creatorId: row.creatorId,
      name: row.name,
      posts: forecastPosts,
      metrics: {
        reach: check(forecast.reach, row.basis.reach === "measured" ? row.reach : null),
        engagements: check(
          forecast.engagements,
          row.basis.engagements === "measured" ? row.engagements : null,
        ),
        clicks: check(forecast.clicks, row.clicks),
        conversions: check(forecast.conversions, row.orders),
      },
    });
  }

  const summary = Object.fromEntries(
    checkedMetrics.map((metric) => {
      const checked = byCreator.map((c) => c.metrics[metric]).filter((m) => m.actual !== null);
      return [
        metric,
        {
          creators: checked.length,
          withinInterval:
            checked.length === 0 ? null : checked.filter((m) => m.withinInterval).length / checked.length,
          medianRatio: median(checked.flatMap((m) => (m.ratio === null ? [] : [m.ratio]))),
        },
      ];
    }),
  ) as Record<CheckedMetric, MetricCheckSummary>;
  return { basedOnCampaigns: history.measuredCampaigns, byCreator, summary };
}
