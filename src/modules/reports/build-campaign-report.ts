import { type KpiUnit, kpiDefinition, kpiProgress } from "../../shared/kpi-catalogue.js";
import { unitCostRule } from "../../shared/report-format.js";
import type { Platform, Tier } from "../creators/tiers.js";
import { apportion } from "../measurement/allocation.js";
import {
  defaultRateCards,
  earnedMediaValue,
  type RateCard,
  roundEmv,
} from "../measurement/earned-media-value.js";
import {
  type EfficiencyMetrics,
  efficiencyMetrics,
  type OutcomeTotals,
  perUnit,
} from "../measurement/efficiency-metrics.js";
import { postEngagements } from "../measurement/engagements.js";
import {
  type ContentFormat,
  postImpressions,
  postReach,
  type ReachFigure,
} from "../measurement/estimated-reach.js";
import { type MatchedRatio, matchedRatio } from "../measurement/matched-ratio.js";

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
  /** Paid amplification spend behind this post, minor units; part of its creator's cost (M7). */
  paidSpend: number;
}

/** Conversions by the M11 rule that attributed them. */
export interface RuleCounts {
  code: number;
  click: number;
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
  /** Attributed orders in every currency: an order in another currency still counts as an order (M13). */
  orders: number;
  newCustomers: number;
  /** Attributed revenue net of refunds, minor units of the campaign currency (other currencies kept apart). */
  revenue: number;
  attribution: { orders: RuleCounts; leads: RuleCounts };
  /** Per UTC day (YYYY-MM-DD): clicks, orders, revenue. */
  daily: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
}

export interface ReportKpi {
  metric: string;
  comparison: "gte" | "lte";
  target: number;
}

/** How much of a figure the data supports: its basis, and how many posts or creators it covers out of all. */
export interface Coverage {
  basis: Basis;
  covered: number;
  of: number;
  unit: "posts" | "creators";
}

export const coveredFigures = [
  "impressions",
  "reach",
  "views",
  "engagements",
  "engagementRateByReach",
  "engagementRateByFollowers",
  "cpm",
  "cpv",
  "cpe",
  "cpc",
  "ctr",
  "cpl",
  "conversionRate",
  "cpa",
  "cac",
  "roas",
  "roi",
] as const;
export type CoveredFigure = (typeof coveredFigures)[number];

export interface ReportRow extends EfficiencyMetrics {
  cost: number;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  /** Σ engagements over the posts whose engagements are known (M13). */
  engagements: number | null;
  /** Σ engagements ÷ Σ measured reach over posts where both are known (M13 Matched basis). */
  engagementRateByReach: number | null;
  /** Σ engagements ÷ Σ followers at posting over posts with known engagements and followers (M13). */
  engagementRateByFollowers: number | null;
  clicks: number;
  leads: number;
  orders: number;
  /** Orders + leads (M13 Conversions). */
  conversions: number;
  newCustomers: number;
  revenue: number;
  emv: number;
  posts: number;
  /** Posts left out of every engagement figure because their likes or comments are unknown (M13). */
  postsWithUnknownEngagements: number;
  basis: { impressions: Basis; reach: Basis; engagements: Basis };
  coverage: Record<CoveredFigure, Coverage>;
}

export interface CampaignReport {
  currency: string;
  totals: ReportRow & {
    attribution: { orders: RuleCounts; leads: RuleCounts };
    campaignLevelCost: number;
  };
  byCreator: Array<ReportRow & { creatorId: string; name: string; platform: Platform; tier: Tier }>;
  byPlatform: Array<ReportRow & { platform: Platform }>;
  byTier: Array<ReportRow & { tier: Tier }>;
  /** By content format, and an "unassigned" row for what no post carries (M13 Allocation). */
  byFormat: Array<ReportRow & { format: ContentFormat | "unassigned" }>;
  byDay: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
  kpis: Array<
    ReportKpi & {
      label: string;
      unit: KpiUnit | null;
      actual: number | null;
      met: boolean | null;
      progress: number | null;
    }
  >;
  /** The rate card of the creators' main platform (kept for older readers); every card used is in rateCards. */
  rateCard: RateCard;
  /** Every rate card the EMV was valued with, by platform, in its own currency (M9, M13). */
  rateCards: Array<RateCard & { platform: Platform }>;
  /** The currency EMV is in: the rate cards', which is not converted to the campaign's. */
  emvCurrency: string;
  /** Unit and source of each figure, so every number on screen can say what it is. */
  units: Record<string, string>;
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

interface PostFigures {
  post: ReportPost;
  reach: ReachFigure;
  impressions: ReachFigure;
  engagements: number | null;
}

function figuresOf(post: ReportPost): PostFigures {
  const reach = postReach({
    platform: post.platform,
    format: post.format,
    reportedReach: post.reach,
    followers: post.followers,
    views: post.views,
  });
  return {
    post,
    reach,
    impressions: postImpressions(post.impressions, reach),
    engagements: postEngagements(post),
  };
}

/**
 * What a ratio's cost is matched against (M13 Matched basis): a creator with their whole cost and posts, or one post
 * with its allocated cost. Clicks are null where they are not tied to the unit (a post).
 */
interface CostUnit {
  cost: number;
  posts: PostFigures[];
  clicks: number | null;
}

/** A unit's denominator is known when every one of its posts reports it; a unit without posts has none. */
function unitFigure(
  unit: CostUnit,
  pick: (f: PostFigures) => { value: number | null; basis: Basis },
): { value: number | null; basis: Basis } {
  const figures = unit.posts.map(pick);
  if (figures.length === 0 || figures.some((f) => f.value === null)) return { value: null, basis: "unknown" };
  return {
    value: figures.reduce((sum, f) => sum + (f.value ?? 0), 0),
    basis: combineBasis(figures.map((f) => f.basis)),
  };
}

const measured = (value: number | null) => ({ value, basis: "measured" as Basis });

interface RowInput {
  units: CostUnit[];
  unitKind: "posts" | "creators";
  /** Cost carried by no unit: campaign-level costs, creators without posts. */
  extraCost: number;
  counts: { clicks: number; leads: number; orders: number; newCustomers: number; revenue: number };
  /** Whether the clicks, conversions and revenue belong to the row's cost (false for format and unassigned rows). */
  outcomesTied: boolean;
  emv: number;
}

function rowFrom(input: RowInput): ReportRow {
  const { units, unitKind } = input;
  const posts = units.flatMap((u) => u.posts);
  const postCoverage = (covered: number, basis: Basis): Coverage => ({
    basis: covered === 0 ? "unknown" : basis,
    covered,
    of: posts.length,
    unit: "posts",
  });
  const known = (values: Array<number | null>) => values.filter((v) => v !== null).length;

  const reach = sumKnown(posts.map((f) => f.reach.value));
  const impressions = sumKnown(posts.map((f) => f.impressions.value));
  const views = sumKnown(posts.map((f) => f.post.views));
  const engagements = sumKnown(posts.map((f) => f.engagements));
  const reachBasis = combineBasis(posts.map((f) => f.reach.basis));
  const impressionsBasis = combineBasis(posts.map((f) => f.impressions.basis));
  const engagementsKnown = known(posts.map((f) => f.engagements));
  const engagementsBasis: Basis =
    engagementsKnown === 0 ? "unknown" : engagementsKnown === posts.length ? "measured" : "mixed";

  // M13 Matched basis: post-weighted rates over the posts where both sides are known; measured reach only.
  const err = matchedRatio(posts.map((f) => ({ numerator: f.engagements, denominator: f.post.reach })));
  const erf = matchedRatio(
    posts.map((f) => ({
      numerator: f.engagements,
      denominator: f.engagements === null ? null : f.post.followers,
    })),
  );
  // Costs per unit: Σ cost of the units whose denominator is known ÷ Σ their denominator.
  const unitImpressions = units.map((u) => unitFigure(u, (f) => f.impressions));
  const unitViews = units.map((u) => unitFigure(u, (f) => measured(f.post.views)));
  const unitEngagements = units.map((u) => unitFigure(u, (f) => measured(f.engagements)));
  const costOver = (figures: Array<{ value: number | null }>) =>
    matchedRatio(units.map((u, i) => ({ numerator: u.cost, denominator: figures[i]?.value ?? null })));
  const cpm = costOver(unitImpressions);
  const cpv = costOver(unitViews);
  const cpe = costOver(unitEngagements);
  const ctr = matchedRatio(
    units.map((u, i) => ({ numerator: u.clicks, denominator: unitImpressions[i]?.value ?? null })),
  );
  const impressionsBasisOf = (covered: (i: number) => boolean) =>
    combineBasis(unitImpressions.filter((_, i) => covered(i)).map((f) => f.basis));
  const unitCoverage = (ratio: MatchedRatio, basis: Basis): Coverage => ({
    basis: ratio.value === null ? "unknown" : basis,
    covered: ratio.covered,
    of: ratio.of,
    unit: unitKind,
  });

  const cost = units.reduce((sum, u) => sum + u.cost, 0) + input.extraCost;
  const outcomes: OutcomeTotals = {
    cost,
    impressions: null,
    views: null,
    engagements: null,
    clicks: input.counts.clicks,
    leads: input.counts.leads,
    orders: input.counts.orders,
    newCustomers: input.counts.newCustomers,
    revenue: input.counts.revenue,
  };
  const fromTotals = efficiencyMetrics(outcomes);
  const tied = (value: number | null) => (input.outcomesTied ? value : null);
  const metrics: EfficiencyMetrics = {
    cpm: cpm.value === null ? null : perUnit(cpm.numerator, cpm.denominator, 1_000),
    cpv: cpv.value === null ? null : perUnit(cpv.numerator, cpv.denominator),
    cpe: cpe.value === null ? null : perUnit(cpe.numerator, cpe.denominator),
    cpc: tied(fromTotals.cpc),
    ctr: tied(ctr.value),
    cpl: tied(fromTotals.cpl),
    conversionRate: tied(fromTotals.conversionRate),
    cpa: tied(fromTotals.cpa),
    cac: tied(fromTotals.cac),
    roas: tied(fromTotals.roas),
    roi: tied(fromTotals.roi),
  };
  // Figures over every unit's clicks, conversions and cost: covered wholly when known.
  const whole = (value: number | null): Coverage => ({
    basis: value === null ? "unknown" : "measured",
    covered: value === null ? 0 : units.length,
    of: units.length,
    unit: unitKind,
  });
  const ctrCovered = new Set(
    units.flatMap((u, i) => (u.clicks !== null && unitImpressions[i]?.value !== null ? [i] : [])),
  );
  return {
    cost,
    impressions,
    reach,
    views,
    engagements,
    engagementRateByReach: err.value,
    engagementRateByFollowers: erf.value,
    clicks: input.counts.clicks,
    leads: input.counts.leads,
    orders: input.counts.orders,
    conversions: input.counts.orders + input.counts.leads,
    newCustomers: input.counts.newCustomers,
    revenue: input.counts.revenue,
    emv: input.emv,
    posts: posts.length,
    postsWithUnknownEngagements: posts.length - engagementsKnown,
    basis: { impressions: impressionsBasis, reach: reachBasis, engagements: engagementsBasis },
    coverage: {
      impressions: postCoverage(known(posts.map((f) => f.impressions.value)), impressionsBasis),
      reach: postCoverage(known(posts.map((f) => f.reach.value)), reachBasis),
      views: postCoverage(known(posts.map((f) => f.post.views)), "measured"),
      engagements: postCoverage(engagementsKnown, engagementsBasis),
      engagementRateByReach: { ...unitCoverage(err, "measured"), unit: "posts" },
      engagementRateByFollowers: { ...unitCoverage(erf, "measured"), unit: "posts" },
      cpm: unitCoverage(
        cpm,
        impressionsBasisOf((i) => unitImpressions[i]?.value !== null),
      ),
      cpv: unitCoverage(cpv, "measured"),
      cpe: unitCoverage(cpe, "measured"),
      ctr: input.outcomesTied
        ? unitCoverage(
            ctr,
            impressionsBasisOf((i) => ctrCovered.has(i)),
          )
        : whole(null),
      cpc: whole(metrics.cpc),
      cpl: whole(metrics.cpl),
      conversionRate: whole(metrics.conversionRate),
      cpa: whole(metrics.cpa),
      cac: whole(metrics.cac),
      roas: whole(metrics.roas),
      roi: whole(metrics.roi),
    },
    ...metrics,
  };
}

/** A creator's cost, posts and outcomes, with their EMV and their cost shared out over the posts. */
interface CreatorFigures {
  input: ReportCreatorInput;
  posts: PostFigures[];
  /** M13 Allocation: fees and commissions shared equally over the posts, plus each post's own paid spend. */
  postCosts: number[];
  emv: number;
  /** The creator's rounded EMV shared over their posts and their clicks, in whole minor units. */
  postEmv: number[];
  clicksEmv: number;
}

function creatorFigures(
  creator: ReportCreatorInput,
  rateCard: (platform: Platform) => RateCard,
): CreatorFigures {
  const posts = creator.posts.map(figuresOf);
  const paid = creator.posts.reduce((sum, p) => sum + p.paidSpend, 0);
  const shared = apportion(
    creator.cost - paid,
    creator.posts.map(() => 1),
  );
  // M13 EMV: measured counts only, exact per post, the creator's clicks once on their platform's card, rounded once.
  const exact = [
    ...creator.posts.map((p) =>
      earnedMediaValue(
        {
          impressions: p.impressions,
          views: p.views,
          likes: p.likes,
          comments: p.comments,
          shares: p.shares,
          saves: p.saves,
        },
        rateCard(p.platform),
      ),
    ),
    earnedMediaValue({ clicks: creator.clicks }, rateCard(creator.platform)),
  ];
  const emv = roundEmv(exact.reduce((a, b) => a + b, 0));
  const parts = apportion(emv, exact);
  return {
    input: creator,
    posts,
    postCosts: creator.posts.map((p, i) => (shared[i] ?? 0) + p.paidSpend),
    emv,
    postEmv: parts.slice(0, -1),
    clicksEmv: parts.at(-1) ?? 0,
  };
}

const creatorUnit = (c: CreatorFigures): CostUnit => ({
  cost: c.input.cost,
  posts: c.posts,
  clicks: c.input.clicks,
});

function countsOf(creators: ReportCreatorInput[]): RowInput["counts"] {
  return {
    clicks: creators.reduce((sum, c) => sum + c.clicks, 0),
    leads: creators.reduce((sum, c) => sum + c.leads, 0),
    orders: creators.reduce((sum, c) => sum + c.orders, 0),
    newCustomers: creators.reduce((sum, c) => sum + c.newCustomers, 0),
    revenue: creators.reduce((sum, c) => sum + c.revenue, 0),
  };
}

/** A row of whole creators: their cost, posts and outcomes together, EMV the sum of their rounded figures. */
function creatorsRow(creators: CreatorFigures[], extraCost = 0): ReportRow {
  return rowFrom({
    units: creators.map(creatorUnit),
    unitKind: "creators",
    extraCost,
    counts: countsOf(creators.map((c) => c.input)),
    outcomesTied: true,
    emv: creators.reduce((sum, c) => sum + c.emv, 0),
  });
}

function groupBy<K, T>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * By content format (M13 Allocation): each post carries its share of its creator's fees and commissions and its own
 * paid amplification; clicks, conversions, revenue, campaign-level costs and the cost of creators without posts go to
 * an "unassigned" row, since no link or order is tied to a post. The rows add up to the totals, in whole units.
 */
function formatRows(
  creators: CreatorFigures[],
  campaignLevelCost: number,
): Array<ReportRow & { format: ContentFormat | "unassigned" }> {
  const posts = creators.flatMap((c) =>
    c.posts.map((figures, i) => ({ figures, cost: c.postCosts[i] ?? 0, emv: c.postEmv[i] ?? 0 })),
  );
  const rows: Array<ReportRow & { format: ContentFormat | "unassigned" }> = [
    ...groupBy(posts, (p) => p.figures.post.format),
  ].map(([format, group]) => ({
    format,
    ...rowFrom({
      units: group.map((p) => ({ cost: p.cost, posts: [p.figures], clicks: null })),
      unitKind: "posts",
      extraCost: 0,
      counts: { clicks: 0, leads: 0, orders: 0, newCustomers: 0, revenue: 0 },
      outcomesTied: false,
      emv: group.reduce((sum, p) => sum + p.emv, 0),
    }),
  }));
  const unassigned = rowFrom({
    units: [],
    unitKind: "posts",
    extraCost:
      campaignLevelCost +
      creators.filter((c) => c.posts.length === 0).reduce((sum, c) => sum + c.input.cost, 0),
    counts: countsOf(creators.map((c) => c.input)),
    outcomesTied: false,
    emv: creators.reduce((sum, c) => sum + c.clicksEmv, 0),
  });
  if (
    [unassigned.cost, unassigned.clicks, unassigned.conversions, unassigned.revenue, unassigned.emv].some(
      (v) => v !== 0,
    )
  )
    rows.push({ format: "unassigned", ...unassigned });
  return rows;
}

const addRules = (a: RuleCounts, b: RuleCounts): RuleCounts => ({
  code: a.code + b.code,
  click: a.click + b.click,
});

/**
 * The campaign report (M7–M10, read as M13 says): totals and breakdowns by creator, platform, tier, content format and
 * day, with KPI progress. Pure: loading the inputs is the caller's job, so every figure here is checked against a
 * hand-made fixture.
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
  const usedPlatforms = [
    ...new Set(input.creators.flatMap((c) => [c.platform, ...c.posts.map((p) => p.platform)])),
  ];
  const rateCards = usedPlatforms.map((platform) => ({ platform, ...rateCard(platform) }));
  const mainCard = rateCard(input.creators[0]?.platform ?? "instagram");
  // EMV is added across creators, so every card valuing it must be in one currency; none is converted (M13 EMV).
  if (rateCards.some((card) => card.currency !== mainCard.currency))
    throw new Error("EMV rate cards of one campaign must share a currency");

  const creators = input.creators.map((c) => creatorFigures(c, rateCard));
  const totals = creatorsRow(creators, input.campaignLevelCost);

  const days = new Map<string, { day: string; clicks: number; orders: number; revenue: number }>();
  for (const creator of input.creators)
    for (const d of creator.daily) {
      const day = days.get(d.day) ?? { day: d.day, clicks: 0, orders: 0, revenue: 0 };
      day.clicks += d.clicks;
      day.orders += d.orders;
      day.revenue += d.revenue;
      days.set(d.day, day);
    }

  const emvCurrency = mainCard.currency;
  return {
    currency: input.currency,
    totals: {
      ...totals,
      campaignLevelCost: input.campaignLevelCost,
      attribution: input.creators.reduce(
        (a, c) => ({
          orders: addRules(a.orders, c.attribution.orders),
          leads: addRules(a.leads, c.attribution.leads),
        }),
        { orders: { code: 0, click: 0 }, leads: { code: 0, click: 0 } },
      ),
    },
    byCreator: creators.map((c) => ({
      creatorId: c.input.creatorId,
      name: c.input.name,
      platform: c.input.platform,
      tier: c.input.tier,
      ...creatorsRow([c]),
    })),
    byPlatform: [...groupBy(creators, (c) => c.input.platform)].map(([platform, group]) => ({
      platform,
      ...creatorsRow(group),
    })),
    byTier: [...groupBy(creators, (c) => c.input.tier)].map(([tier, group]) => ({
      tier,
      ...creatorsRow(group),
    })),
    byFormat: formatRows(creators, input.campaignLevelCost),
    byDay: input.daily ?? [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    kpis: input.kpis.map((kpi) => {
      const definition = kpiDefinition(kpi.metric);
      const value = definition ? totals[definition.field as keyof ReportRow] : null;
      const actual = typeof value === "number" ? value : null;
      return {
        ...kpi,
        label: definition?.label ?? kpi.metric,
        unit: definition?.unit ?? null,
        actual,
        ...kpiProgress(kpi.comparison, kpi.target, actual),
      };
    }),
    rateCard: mainCard,
    rateCards,
    emvCurrency,
    units: {
      cost: `minor units of ${input.currency}`,
      revenue: `minor units of ${input.currency}, net of refunds, excluding tax and shipping; orders in other currencies apart`,
      emv: `minor units of ${emvCurrency}, the rate cards' currency, not converted; measured counts only; an estimate of paid-media value, never revenue`,
      impressions: "count; see basis and coverage",
      reach: "people; see basis and coverage",
      views: "count as reported; see coverage",
      engagements:
        "likes + comments, plus shares and saves where reported, over the posts whose likes and comments are known",
      clicks: "tracked link clicks, bots excluded",
      conversions: "orders + leads",
      cpm: `minor units of ${input.currency} per 1,000 impressions, over the creators whose impressions are known`,
      "cpv, cpe": `minor units of ${input.currency} per unit, up to 4 decimals, over the creators whose views or engagements are known`,
      "cpc, cpl, cpa, cac": `minor units of ${input.currency} per unit, up to 4 decimals`,
      "ctr, conversionRate, engagementRateByReach, engagementRateByFollowers": "fraction",
      "roas, roi": "ratio",
      display: unitCostRule,
      coverage:
        "basis, and `covered` out of `of` posts or creators: those whose numerator and denominator are both known (M13)",
    },
  };
}
