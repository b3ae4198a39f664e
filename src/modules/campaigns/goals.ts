export const campaignGoals = ["awareness", "consideration", "conversion", "loyalty"] as const;
export type CampaignGoal = (typeof campaignGoals)[number];

/** The funnel role each primary goal implies, and the metrics that judge it. */
export const funnelRoles: Record<CampaignGoal, { role: string; primaryMetrics: string[] }> = {
  awareness: {
    role: "Top of funnel: be seen by the right people",
    primaryMetrics: ["reach", "impressions", "cpm"],
  },
  consideration: {
    role: "Middle of funnel: get people to engage and learn more",
    primaryMetrics: ["engagement_rate", "clicks", "ctr"],
  },
  conversion: {
    role: "Bottom of funnel: drive sign-ups and sales",
    primaryMetrics: ["conversions", "cac", "roas"],
  },
  loyalty: {
    role: "After purchase: keep customers and turn them into advocates",
    primaryMetrics: ["conversions", "revenue", "engagement_rate"],
  },
};

/** How a KPI's target is expressed: counts as whole numbers, rates as fractions, money in minor units. */
export type KpiUnit = "count" | "rate" | "money" | "ratio";

/** KPI metrics, named as in docs/domain/metrics.md (M2, M8, M9, M10). */
export const kpiMetrics = {
  impressions: "count",
  reach: "count",
  views: "count",
  engagements: "count",
  clicks: "count",
  conversions: "count",
  leads: "count",
  engagement_rate: "rate",
  ctr: "rate",
  conversion_rate: "rate",
  revenue: "money",
  emv: "money",
  cpm: "money",
  cpv: "money",
  cpe: "money",
  cpc: "money",
  cpl: "money",
  cpa: "money",
  cac: "money",
  roas: "ratio",
  roi: "ratio",
} as const satisfies Record<string, KpiUnit>;
export type KpiMetric = keyof typeof kpiMetrics;
export const kpiMetricNames = Object.keys(kpiMetrics) as [KpiMetric, ...KpiMetric[]];

export const kpiComparisons = ["gte", "lte"] as const;
export type KpiComparison = (typeof kpiComparisons)[number];
