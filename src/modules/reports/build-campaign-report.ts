import type { Platform, Tier } from "../creators/tiers.js";
import { defaultRateCards, earnedMediaValue, type RateCard } from "../measurement/earned-media-value.js";
import {
  type EfficiencyMetrics,
  efficiencyMetrics,
  type OutcomeTotals,
} from "../measurement/efficiency-metrics.js";
import { type ContentFormat, postImpressions, postReach } from "../measurement/estimated-reach.js";

export type Basis = "measured" | "estimated" | "mixed" | "unknown";

export interface ReportPost {
  platform: Platform;
  format: ContentFormat;
  postedAt: string;
  /** The creator's followers on that platform when the post went live. */
  followers: number | null;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

export interface ReportCreatorInput {
  creatorId: string;
  name: string;
  platform: Platform;
  tier: Tier;
  /** M7 cost of the creator (fees, commissions net of refunds, seeding, paid amplification), minor units. */
  cost: number;
  posts: ReportPost[];
  clicks: number;
  leads: number;
  orders: number;
  newCustomers: number;
  /** Attributed revenue net of refunds, minor units of the campaign currency. */
  revenue: number;
  attribution: { code: number; click: number };
  /** Per UTC day (YYYY-MM-DD): clicks, orders, revenue. */
  daily: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
}

export interface ReportKpi {
  metric: string;
  comparison: "gte" | "lte";
  target: number;
}

export interface ReportRow extends EfficiencyMetrics {
  cost: number;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  engagements: number | null;
  /** Engagements ÷ reach (M2 ERR); null when reach is unknown. */
  engagementRateByReach: number | null;
  /** Engagements ÷ followers at posting (M2 ERF); null when followers are unknown. */
  engagementRateByFollowers: number | null;
  clicks: number;
  leads: number;
  orders: number;
  newCustomers: number;
  revenue: number;
  emv: number;
  posts: number;
  basis: { impressions: Basis; reach: Basis; engagements: Basis };
}

export interface CampaignReport {
  currency: string;
  totals: ReportRow & { attribution: { code: number; click: number }; campaignLevelCost: number };
  byCreator: Array<ReportRow & { creatorId: string; name: string; platform: Platform; tier: Tier }>;
  byPlatform: Array<ReportRow & { platform: Platform }>;
  byTier: Array<ReportRow & { tier: Tier }>;
  byFormat: Array<ReportRow & { format: ContentFormat }>;
  byDay: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
  kpis: Array<ReportKpi & { actual: number | null; met: boolean | null; progress: number | null }>;
  rateCard: RateCard;
  /** Unit and source of each figure, so every number on screen can say what it is. */
  units: Record<string, string>;
}

interface Accumulator {
  cost: number;
  posts: ReportPost[];
  clicks: number;
  leads: number;
  orders: number;
  newCustomers: number;
  revenue: number;
}

export function combineBasis(values: Basis[]): Basis {
  const known = values.filter((b) => b !== "unknown");
  if (known.length === 0) return "unknown";
  if (known.every((b) => b === "measured")) return values.length === known.length ? "measured" : "mixed";
  if (known.every((b) => b === "estimated")) return "estimated";
  return "mixed";
}

function sumKnown(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** M2: engagements of a post count what the platform reports; a post reporting none of them is unknown. */
function postEngagements(post: ReportPost): number | null {
  return sumKnown([post.likes, post.comments, post.shares, post.saves]);
}

function rowFrom(acc: Accumulator, rateCard: (platform: Platform) => RateCard): ReportRow {
  const reachFigures = acc.posts.map((p) =>
    postReach({
      platform: p.platform,
      format: p.format,
      reportedReach: p.reach,
      followers: p.followers,
      views: p.views,
    }),
  );
  const impressionFigures = acc.posts.map((p, i) =>
    postImpressions(p.impressions, reachFigures[i] ?? { value: null, basis: "unknown" }),
  );
  const engagementsPerPost = acc.posts.map(postEngagements);
  const reach = sumKnown(reachFigures.map((r) => r.value));
  const impressions = sumKnown(impressionFigures.map((r) => r.value));
  const views = sumKnown(acc.posts.map((p) => p.views));
  const engagements = sumKnown(engagementsPerPost);
  const followers = sumKnown(acc.posts.map((p) => p.followers));
  const totals: OutcomeTotals = {
    cost: acc.cost,
    impressions,
    views,
    engagements,
    clicks: acc.clicks,
    leads: acc.leads,
    orders: acc.orders,
    newCustomers: acc.newCustomers,
    revenue: acc.revenue,
  };
  // M9: each post valued on its platform's rate card; link clicks are valued once, from the tracked clicks.
  const emv =
    acc.posts.reduce(
      (sum, p, i) =>
        sum +
        earnedMediaValue(
          {
            impressions: impressionFigures[i]?.value ?? null,
            views: p.views,
            likes: p.likes,
            comments: p.comments,
            shares: p.shares,
            saves: p.saves,
          },
          rateCard(p.platform),
        ),
      0,
    ) + earnedMediaValue({ clicks: acc.clicks }, rateCard(acc.posts[0]?.platform ?? "instagram"));
  return {
    cost: acc.cost,
    impressions,
    reach,
    views,
    engagements,
    engagementRateByReach: engagements !== null && reach ? engagements / reach : null,
    engagementRateByFollowers: engagements !== null && followers ? engagements / followers : null,
    clicks: acc.clicks,
    leads: acc.leads,
    orders: acc.orders,
    newCustomers: acc.newCustomers,
    revenue: acc.revenue,
    emv,
    posts: acc.posts.length,
    basis: {
      impressions: combineBasis(impressionFigures.map((f) => f.basis)),
      reach: combineBasis(reachFigures.map((f) => f.basis)),
      engagements:
        acc.posts.length === 0
          ? "unknown"
          : engagementsPerPost.every((e) => e !== null)
            ? "measured"
            : engagements === null
              ? "unknown"
              : "mixed",
    },
    ...efficiencyMetrics(totals),
  };
}

const emptyAccumulator = (): Accumulator => ({
  cost: 0,
  posts: [],
  clicks: 0,
  leads: 0,
  orders: 0,
  newCustomers: 0,
  revenue: 0,
});

function kpiActual(metric: string, totals: ReportRow): number | null {
  const map: Record<string, number | null> = {
    impressions: totals.impressions,
    reach: totals.reach,
    views: totals.views,
    engagements: totals.engagements,
    engagement_rate: totals.engagementRateByReach ?? totals.engagementRateByFollowers,
    clicks: totals.clicks,
    ctr: totals.ctr,
    leads: totals.leads,
    orders: totals.orders,
    conversions: totals.orders + totals.leads,
    new_customers: totals.newCustomers,
    revenue: totals.revenue,
    cpm: totals.cpm,
    cpv: totals.cpv,
    cpe: totals.cpe,
    cpc: totals.cpc,
    cpl: totals.cpl,
    cpa: totals.cpa,
    cac: totals.cac,
    roas: totals.roas,
    roi: totals.roi,
    emv: totals.emv,
  };
  return map[metric] ?? null;
}

/**
 * The campaign report (M7–M10): totals and breakdowns by creator, platform, tier, content format and day, with KPI
 * progress. Pure: loading the inputs is the caller's job, so every figure here is checked against a hand-made fixture.
 */
export function buildCampaignReport(input: {
  currency: string;
  creators: ReportCreatorInput[];
  campaignLevelCost: number;
  kpis: ReportKpi[];
  rateCards?: Partial<Record<Platform, RateCard>>;
  /** Campaign-level daily figures, when they are known only in total; default: the creators' days added up. */
  daily?: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
}): CampaignReport {
  const rateCard = (platform: Platform) => input.rateCards?.[platform] ?? defaultRateCards[platform];
  const add = (acc: Accumulator, c: ReportCreatorInput, posts: ReportPost[], share: number) => {
    acc.cost += c.cost * share;
    acc.posts.push(...posts);
    acc.clicks += c.clicks * share;
    acc.leads += c.leads * share;
    acc.orders += c.orders * share;
    acc.newCustomers += c.newCustomers * share;
    acc.revenue += c.revenue * share;
  };

  const total = emptyAccumulator();
  const platforms = new Map<Platform, Accumulator>();
  const tiers = new Map<Tier, Accumulator>();
  const formats = new Map<ContentFormat, Accumulator>();
  for (const creator of input.creators) {
    add(total, creator, creator.posts, 1);
    const platform = platforms.get(creator.platform) ?? emptyAccumulator();
    add(platform, creator, creator.posts, 1);
    platforms.set(creator.platform, platform);
    const tier = tiers.get(creator.tier) ?? emptyAccumulator();
    add(tier, creator, creator.posts, 1);
    tiers.set(creator.tier, tier);
    // A creator's cost and outcomes split across their formats by number of posts, so the format rows add up.
    const byFormat = new Map<ContentFormat, ReportPost[]>();
    for (const post of creator.posts) byFormat.set(post.format, [...(byFormat.get(post.format) ?? []), post]);
    for (const [format, posts] of byFormat) {
      const acc = formats.get(format) ?? emptyAccumulator();
      add(acc, creator, posts, posts.length / creator.posts.length);
      formats.set(format, acc);
    }
  }
  total.cost += input.campaignLevelCost;
  const totals = rowFrom(total, rateCard);

  const days = new Map<string, { day: string; clicks: number; orders: number; revenue: number }>();
  for (const creator of input.creators)
    for (const d of creator.daily) {
      const day = days.get(d.day) ?? { day: d.day, clicks: 0, orders: 0, revenue: 0 };
      day.clicks += d.clicks;
      day.orders += d.orders;
      day.revenue += d.revenue;
      days.set(d.day, day);
    }

  const round = <T extends ReportRow>(row: T): T => ({
    ...row,
    cost: Math.round(row.cost),
    revenue: Math.round(row.revenue),
  });
  return {
    currency: input.currency,
    totals: {
      ...totals,
      campaignLevelCost: input.campaignLevelCost,
      attribution: input.creators.reduce(
        (a, c) => ({ code: a.code + c.attribution.code, click: a.click + c.attribution.click }),
        { code: 0, click: 0 },
      ),
    },
    byCreator: input.creators.map((c) => {
      const acc = emptyAccumulator();
      add(acc, c, c.posts, 1);
      return {
        creatorId: c.creatorId,
        name: c.name,
        platform: c.platform,
        tier: c.tier,
        ...rowFrom(acc, rateCard),
      };
    }),
    byPlatform: [...platforms].map(([platform, acc]) => ({ platform, ...rowFrom(acc, rateCard) })),
    byTier: [...tiers].map(([tier, acc]) => ({ tier, ...rowFrom(acc, rateCard) })),
    byFormat: [...formats].map(([format, acc]) => round({ format, ...rowFrom(acc, rateCard) })),
    byDay: input.daily ?? [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    kpis: input.kpis.map((kpi) => {
      const actual = kpiActual(kpi.metric, totals);
      if (actual === null) return { ...kpi, actual, met: null, progress: null };
      const met = kpi.comparison === "gte" ? actual >= kpi.target : actual <= kpi.target;
      const progress =
        kpi.comparison === "gte"
          ? kpi.target > 0
            ? actual / kpi.target
            : null
          : actual > 0
            ? kpi.target / actual
            : null;
      return { ...kpi, actual, met, progress };
    }),
    rateCard: rateCard(input.creators[0]?.platform ?? "instagram"),
    units: {
      cost: `minor units of ${input.currency}`,
      revenue: `minor units of ${input.currency}, net of refunds, excluding tax and shipping`,
      emv: "minor units of the rate card currency; an estimate of paid-media value, never revenue",
      impressions: "count; see basis",
      reach: "people; see basis",
      engagements: "likes + comments + shares + saves as reported",
      clicks: "tracked link clicks, bots excluded",
      cpm: "minor units per 1,000 impressions",
      "cpv, cpe, cpc, cpl, cpa, cac": "minor units per unit, up to 4 decimals",
      "ctr, conversionRate, engagementRateByReach, engagementRateByFollowers": "fraction",
      "roas, roi": "ratio",
    },
  };
}
