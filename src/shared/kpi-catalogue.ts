/**
 * The KPI catalogue (docs/domain/metrics.md M13 KPI progress): every figure of the campaign report that can be a KPI,
 * named as people write it, with its unit and the direction that is better. The campaign KPI schema, the report's
 * KPI progress, its PDF and the web pages all read this one list. Shared with the web app: no server dependencies.
 */

/** count: whole things; fraction: a rate (0.03 = 3%); money: minor units; ratio: a multiple (3 = 3×). */
export type KpiUnit = "count" | "fraction" | "money" | "ratio";
/** The better way for the figure to move: "at_least" targets are floors, "at_most" ones ceilings. */
export type KpiDirection = "at_least" | "at_most";

export interface KpiDefinition {
  label: string;
  description: string;
  unit: KpiUnit;
  direction: KpiDirection;
  /** The report totals field the actual figure is read from. */
  field: string;
  /** A cost per unit: shown with the unit-cost formatting rule (report-format.ts). */
  perUnit?: true;
  /** Money valued on the EMV rate card, in the rate card's currency rather than the campaign's. */
  rateCardCurrency?: true;
}

export const kpiCatalogue = {
  cost: { label: "Cost", description: "M7 cost", unit: "money", direction: "at_most", field: "cost" },
  impressions: {
    label: "Impressions",
    description: "measured or estimated (M10)",
    unit: "count",
    direction: "at_least",
    field: "impressions",
  },
  reach: {
    label: "Reach",
    description: "measured or estimated (M10)",
    unit: "count",
    direction: "at_least",
    field: "reach",
  },
  views: {
    label: "Video views",
    description: "as reported",
    unit: "count",
    direction: "at_least",
    field: "views",
  },
  engagements: {
    label: "Engagements",
    description: "posts with known engagements (M13)",
    unit: "count",
    direction: "at_least",
    field: "engagements",
  },
  engagement_rate: {
    label: "ERR",
    description: "engagements ÷ measured reach (M13)",
    unit: "fraction",
    direction: "at_least",
    field: "engagementRateByReach",
  },
  engagement_rate_followers: {
    label: "ERF",
    description: "engagements ÷ followers at posting (M13)",
    unit: "fraction",
    direction: "at_least",
    field: "engagementRateByFollowers",
  },
  clicks: {
    label: "Clicks",
    description: "bots excluded",
    unit: "count",
    direction: "at_least",
    field: "clicks",
  },
  ctr: {
    label: "CTR",
    description: "clicks ÷ impressions",
    unit: "fraction",
    direction: "at_least",
    field: "ctr",
  },
  leads: { label: "Leads", description: "attributed", unit: "count", direction: "at_least", field: "leads" },
  orders: {
    label: "Orders",
    description: "attributed",
    unit: "count",
    direction: "at_least",
    field: "orders",
  },
  conversions: {
    label: "Conversions",
    description: "orders + leads",
    unit: "count",
    direction: "at_least",
    field: "conversions",
  },
  conversion_rate: {
    label: "Conversion rate",
    description: "orders ÷ clicks",
    unit: "fraction",
    direction: "at_least",
    field: "conversionRate",
  },
  new_customers: {
    label: "New customers",
    description: "first order via the campaign",
    unit: "count",
    direction: "at_least",
    field: "newCustomers",
  },
  revenue: {
    label: "Revenue",
    description: "net of refunds, campaign currency",
    unit: "money",
    direction: "at_least",
    field: "revenue",
  },
  emv: {
    label: "EMV",
    description: "earned media value, an estimate (M9)",
    unit: "money",
    direction: "at_least",
    field: "emv",
    rateCardCurrency: true,
  },
  cpm: {
    label: "CPM",
    description: "cost per 1,000 impressions",
    unit: "money",
    direction: "at_most",
    field: "cpm",
    perUnit: true,
  },
  cpv: {
    label: "CPV",
    description: "cost per view",
    unit: "money",
    direction: "at_most",
    field: "cpv",
    perUnit: true,
  },
  cpe: {
    label: "CPE",
    description: "cost per engagement",
    unit: "money",
    direction: "at_most",
    field: "cpe",
    perUnit: true,
  },
  cpc: {
    label: "CPC",
    description: "cost per click",
    unit: "money",
    direction: "at_most",
    field: "cpc",
    perUnit: true,
  },
  cpl: {
    label: "CPL",
    description: "cost per lead",
    unit: "money",
    direction: "at_most",
    field: "cpl",
    perUnit: true,
  },
  cpa: {
    label: "CPA",
    description: "cost per order",
    unit: "money",
    direction: "at_most",
    field: "cpa",
    perUnit: true,
  },
  cac: {
    label: "CAC",
    description: "cost per new customer",
    unit: "money",
    direction: "at_most",
    field: "cac",
    perUnit: true,
  },
  roas: { label: "ROAS", description: "revenue ÷ cost", unit: "ratio", direction: "at_least", field: "roas" },
  roi: {
    label: "ROI",
    description: "(revenue − cost) ÷ cost",
    unit: "ratio",
    direction: "at_least",
    field: "roi",
  },
} as const satisfies Record<string, KpiDefinition>;

export type KpiMetric = keyof typeof kpiCatalogue;
export const kpiMetricNames = Object.keys(kpiCatalogue) as [KpiMetric, ...KpiMetric[]];

/** The catalogue entry of a stored metric name; undefined for a name no longer in the catalogue. */
export function kpiDefinition(metric: string): KpiDefinition | undefined {
  return Object.hasOwn(kpiCatalogue, metric) ? kpiCatalogue[metric as KpiMetric] : undefined;
}

/**
 * M13 KPI progress: "at least" (gte) is met when actual ≥ target, progress actual ÷ target; "at most" (lte) when
 * actual ≤ target, progress target ÷ actual. Both may exceed 1 (100%). Null where the division is undefined.
 */
export function kpiProgress(
  comparison: "gte" | "lte",
  target: number,
  actual: number | null,
): { met: boolean | null; progress: number | null } {
  if (actual === null) return { met: null, progress: null };
  if (comparison === "gte") return { met: actual >= target, progress: target > 0 ? actual / target : null };
  return { met: actual <= target, progress: actual > 0 ? target / actual : null };
}
