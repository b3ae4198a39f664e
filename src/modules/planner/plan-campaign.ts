import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { listCampaignCreators } from "../campaigns/list-campaign-creators.js";
import { listAccountsForPlanning, type PlanningAccount } from "../creators/list-accounts-for-planning.js";
import type { Platform, Tier } from "../creators/tiers.js";
import { listCreatorIdsInList } from "../discovery/list-membership.js";
import {
  type CreatorFilters,
  creatorIdsMatching,
  creatorIdsOfSavedSearch,
} from "../discovery/planning-candidates.js";
import { defaultFormatFor } from "./default-price-model.js";
import { estimatePrice, type PriceEstimate } from "./estimate-price.js";
import {
  forecastOutcomes,
  type Interval,
  type OutcomeForecast,
  type PlanningGoal,
  planningGoals,
} from "./forecast-outcomes.js";
import { type KpiReach, kpiShortfall } from "./kpi-shortfall.js";
import {
  type CountRange,
  optimisePortfolio,
  type PlanCandidate,
  type PortfolioPlan,
} from "./optimise-portfolio.js";
import { feeHistoryKey, loadPlanningHistory, loadQuotedFees, quoteKey } from "./planning-history.js";

/** Whom the planner chooses among: the campaign's pipeline, a creator list, a saved search or discovery's filters. */
export type CandidateSource =
  | { kind: "pipeline" }
  | { kind: "list"; listId: string }
  | { kind: "savedSearch"; savedSearchId: string }
  | { kind: "filters"; filters: CreatorFilters };

/** At most this many creators are planned over; a wider source is cut to its biggest audiences. */
const maxCandidateCreators = 2_000;

export interface PlanRequest {
  /** Minor units of the campaign currency; defaults to the campaign's budget. */
  budget?: number;
  goal?: PlanningGoal;
  /** Candidates; default the campaign's pre-contract pipeline (or, when it is empty, the biggest accounts). */
  candidates?: CandidateSource;
  /** Candidates: exactly these creators (an API caller's own shortlist); `candidates` takes precedence. */
  creatorIds?: string[];
  perTier?: Partial<Record<Tier, CountRange>>;
  perPlatform?: Partial<Record<Platform, CountRange>>;
  perCountry?: Record<string, CountRange>;
  maxShareOfBudget?: number;
  minQuality?: number;
  maxDeliverablesPerCreator?: number;
  /** Minor units; used for the revenue goal. */
  averageOrderValue?: number;
}

export interface PlannedCreator {
  accountId: string;
  creatorId: string;
  name: string;
  platform: Platform;
  handle: string;
  tier: Tier;
  followers: number;
  /** Already in the campaign's pipeline: shown, never offered to add again. */
  inPipeline: boolean;
  deliverables: number;
  format: string;
  price: PriceEstimate;
  cost: number;
  forecast: OutcomeForecast;
}

export interface PlanOption {
  label: string;
  creators: PlannedCreator[];
  cost: number;
  /** The goal metric, summed over the chosen deliverables; the range adds the ends, as if outcomes moved together. */
  forecast: Interval;
}

export interface CampaignPlanResult {
  campaignId: string;
  currency: string;
  goal: PlanningGoal;
  budget: number;
  /** Where the candidates came from, and how many accounts were considered. */
  candidateSource: CandidateSource["kind"] | "creators" | "everyone";
  candidates: number;
  /** Each "at least" KPI the planner forecasts: what the proposed mix reaches, and what closing the gap would cost. */
  kpiReach: KpiReach[];
  excluded: Array<{ creatorId: string; handle: string; reason: string }>;
  proposed: PlanOption & { status: PortfolioPlan["status"]; gap: number; upperBound: number };
  alternatives: PlanOption[];
  /** The organisation's own history behind the estimates: contracted fees and measured campaigns. */
  learnedFrom: { pastFees: number; measuredCampaigns: number };
}

const goalForCampaign: Record<string, PlanningGoal> = {
  awareness: "reach",
  consideration: "engagements",
  conversion: "conversions",
  loyalty: "revenue",
};

function scaled(forecast: OutcomeForecast, times: number): OutcomeForecast {
  const scale = (i: Interval): Interval => ({
    expected: i.expected * times,
    low: i.low * times,
    high: i.high * times,
  });
  return {
    reach: scale(forecast.reach),
    impressions: scale(forecast.impressions),
    engagements: scale(forecast.engagements),
    clicks: scale(forecast.clicks),
    conversions: scale(forecast.conversions),
    revenue: scale(forecast.revenue),
  };
}

function option(label: string, creators: PlannedCreator[], goal: PlanningGoal): PlanOption {
  return {
    label,
    creators,
    cost: creators.reduce((sum, c) => sum + c.cost, 0),
    forecast: creators.reduce(
      (sum, c) => ({
        expected: sum.expected + c.forecast[goal].expected,
        low: sum.low + c.forecast[goal].low,
        high: sum.high + c.forecast[goal].high,
      }),
      { expected: 0, low: 0, high: 0 },
    ),
  };
}

/**
 * Plans a campaign's creator mix (issue 8): prices and forecasts every candidate account, drops those below the
 * quality floor or in conflict with a competitor (M5), and chooses the mix that maximises the goal within the budget.
 * Beside it, the two naive plans: all on the biggest creator, and micro creators only.
 */
export async function planCampaign(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  request: PlanRequest,
): Promise<CampaignPlanResult> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const budget = request.budget ?? campaign.budget;
  if (budget === null || budget === undefined)
    throw invalidField("budget", "the campaign has no budget; give one");
  const goal = request.goal ?? goalForCampaign[campaign.goal] ?? "reach";
  const maxDeliverables = request.maxDeliverablesPerCreator ?? 3;

  const { items: pipeline } = await listCampaignCreators(db, organisationId, campaignId);
  const inPipeline = new Set(pipeline.map((p) => p.creatorId));
  const source = request.candidates ?? (request.creatorIds ? null : { kind: "pipeline" as const });
  let creatorIds = request.creatorIds;
  if (source?.kind === "pipeline") {
    const open = pipeline
      .filter((p) => ["shortlisted", "contacted", "negotiating"].includes(p.stage))
      .map((p) => p.creatorId);
    // Asked for by default only: with no one in the pipeline yet, the organisation's biggest accounts stand in.
    creatorIds = open.length > 0 || request.candidates ? open : undefined;
  } else if (source?.kind === "list")
    creatorIds = await listCreatorIdsInList(db, organisationId, source.listId);
  else if (source?.kind === "savedSearch")
    creatorIds = await creatorIdsOfSavedSearch(
      db,
      organisationId,
      source.savedSearchId,
      maxCandidateCreators,
    );
  else if (source?.kind === "filters")
    creatorIds = await creatorIdsMatching(db, organisationId, source.filters, maxCandidateCreators);
  const [accounts, history, quotes] = await Promise.all([
    listAccountsForPlanning(db, organisationId, { creatorIds, limit: 5_000 }),
    loadPlanningHistory(db, organisationId, { excludeCampaignId: campaignId, currency: campaign.currency }),
    loadQuotedFees(db, organisationId, campaignId),
  ]);

  const competitors = new Set(campaign.competitorBrands.map((b) => b.toLowerCase()));
  const excluded: CampaignPlanResult["excluded"] = [];
  const eligible: PlanningAccount[] = [];
  for (const account of accounts) {
    const conflict = account.sponsoredBrands.find((brand) => competitors.has(brand.toLowerCase()));
    if (conflict)
      excluded.push({
        creatorId: account.creatorId,
        handle: account.handle,
        reason: `sponsored posts for competitor ${conflict} (M5)`,
      });
    else if (account.qualityScore < (request.minQuality ?? 0))
      excluded.push({
        creatorId: account.creatorId,
        handle: account.handle,
        reason: `quality score ${account.qualityScore} is below ${request.minQuality}`,
      });
    else eligible.push(account);
  }

  const priced = new Map<
    string,
    Omit<PlannedCreator, "deliverables" | "cost" | "forecast"> & { unitForecast: OutcomeForecast }
  >();
  const candidates: PlanCandidate[] = eligible.map((account) => {
    const format = defaultFormatFor[account.platform];
    const price = estimatePrice({
      platform: account.platform,
      format,
      followers: account.followers,
      engagementRate: account.engagementRate,
      quote: quotes.get(quoteKey(account.creatorId, account.platform)),
      history: history.fees.get(feeHistoryKey(account.platform, format, account.tier)),
    });
    const outcomes = history.outcomes.get(account.platform);
    const averageOrderValue = request.averageOrderValue ?? outcomes?.averageOrderValue ?? 5_000;
    const unitForecast = forecastOutcomes({
      platform: account.platform,
      format,
      followers: account.followers,
      engagementRate: account.engagementRate,
      postsObserved: Math.min(account.postsCount ?? 12, 30),
      averageOrderValue,
      history: outcomes,
    });
    priced.set(account.accountId, {
      accountId: account.accountId,
      creatorId: account.creatorId,
      name: account.name,
      platform: account.platform,
      handle: account.handle,
      tier: account.tier,
      followers: account.followers,
      inPipeline: inPipeline.has(account.creatorId),
      format,
      price,
      unitForecast,
    });
    return {
      id: account.accountId,
      platform: account.platform,
      tier: account.tier,
      country: account.country,
      followers: account.followers,
      costPerDeliverable: Math.max(1, price.expected),
      valuePerDeliverable: unitForecast[goal].expected,
      maxDeliverables,
    };
  });

  const planned = (selections: Array<{ id: string; deliverables: number }>): PlannedCreator[] =>
    selections.flatMap((s) => {
      const entry = priced.get(s.id);
      if (!entry) return [];
      const { unitForecast, ...rest } = entry;
      return [
        {
          ...rest,
          deliverables: s.deliverables,
          cost: s.deliverables * Math.max(1, rest.price.expected),
          forecast: scaled(unitForecast, s.deliverables),
        },
      ];
    });

  const portfolio = await optimisePortfolio(candidates, {
    budget,
    perTier: request.perTier,
    perPlatform: request.perPlatform,
    perCountry: request.perCountry,
    maxShareOfBudget: request.maxShareOfBudget,
  });

  const biggest = [...candidates]
    .sort((a, b) => b.followers - a.followers)
    .find((c) => c.costPerDeliverable <= budget);
  const biggestPlan = biggest
    ? [
        {
          id: biggest.id,
          deliverables: Math.min(biggest.maxDeliverables, Math.floor(budget / biggest.costPerDeliverable)),
        },
      ]
    : [];
  const microOnly = await optimisePortfolio(
    candidates.filter((c) => c.tier === "micro"),
    { budget },
  );

  const chosen = new Map(portfolio.selections.map((s) => [s.id, s.deliverables]));
  const proposedCreators = planned(portfolio.selections);
  const kpiReach = campaign.kpis.flatMap((kpi) => {
    const metric = planningGoals.find((g) => g === kpi.metric);
    if (!metric || kpi.comparison !== "gte") return [];
    const forecast = proposedCreators.reduce((sum, c) => sum + c.forecast[metric].expected, 0);
    const spare = candidates.map((c) => ({
      cost: c.costPerDeliverable,
      value: priced.get(c.id)?.unitForecast[metric].expected ?? 0,
      count: c.maxDeliverables - (chosen.get(c.id) ?? 0),
    }));
    return [kpiShortfall(metric, kpi.target, forecast, spare)];
  });

  return {
    campaignId,
    currency: campaign.currency,
    goal,
    budget,
    candidateSource: creatorIds === undefined ? "everyone" : (source?.kind ?? "creators"),
    candidates: candidates.length,
    kpiReach,
    excluded,
    proposed: {
      ...option("Optimised mix", proposedCreators, goal),
      status: portfolio.status,
      gap: portfolio.gap,
      upperBound: portfolio.upperBound,
    },
    alternatives: [
      option("All on the biggest creator", planned(biggestPlan), goal),
      option("Micro creators only", planned(microOnly.selections), goal),
    ],
    learnedFrom: {
      pastFees: [...history.fees.values()].reduce((sum, fees) => sum + fees.length, 0),
      measuredCampaigns: history.measuredCampaigns,
    },
  };
}
