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

/** KPI metrics are the report figures of the shared KPI catalogue (docs/domain/metrics.md M13 KPI progress). */
export { type KpiMetric, type KpiUnit, kpiCatalogue, kpiMetricNames } from "../../shared/kpi-catalogue.js";

export const kpiComparisons = ["gte", "lte"] as const;
export type KpiComparison = (typeof kpiComparisons)[number];
