import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { listCampaigns } from "../campaigns/list-campaigns.js";
import { fixedFee } from "../contracts/compensation.js";
import { listContracts, listOffers } from "../contracts/list-contracts.js";
import type { OfferTerms } from "../contracts/offer-terms.js";
import { listAccountsForPlanning, type PlanningAccount } from "../creators/list-accounts-for-planning.js";
import { type Platform, type Tier, tierForFollowers } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import { getCampaignReport } from "../reports/get-campaign-report.js";
import type { PastFee } from "./estimate-price.js";

/** Measured outcomes of past campaigns on one platform: what updates the click-through and conversion priors. */
export interface OutcomeHistory {
  reach: number;
  clicks: number;
  conversions: number;
  /** Attributed revenue net of refunds over orders, minor units; null without orders. */
  averageOrderValue: number | null;
}

export interface PlanningHistory {
  /** What the organisation paid per deliverable, by `platform|format|tier` (see `feeHistoryKey`). */
  fees: Map<string, PastFee[]>;
  outcomes: Map<Platform, OutcomeHistory>;
  /** Campaigns whose measured results fed `outcomes`. */
  measuredCampaigns: number;
}

export const feeHistoryKey = (platform: Platform, format: ContentFormat, tier: Tier) =>
  `${platform}|${format}|${tier}`;

/** How many of the newest earlier campaigns are read for outcome history: enough to learn, bounded in cost. */
const campaignsRead = 12;

/** The fixed fee of some terms spread evenly over their deliverables: a fee per piece of content. */
function feePerDeliverable(terms: OfferTerms): number | null {
  const fee = fixedFee(terms.compensation);
  const pieces = terms.deliverables.reduce((sum, d) => sum + d.quantity, 0);
  return fee > 0 && pieces > 0 ? fee / pieces : null;
}

function accountOn(accounts: PlanningAccount[], creatorId: string, platform: Platform) {
  return accounts.find((a) => a.creatorId === creatorId && a.platform === platform);
}

/**
 * What the organisation has learned from its other campaigns (issue 8): the fees it agreed in contracts in force, per
 * platform, format and tier (the creator's account as it is now stands in for its size then), and the reach, clicks
 * and orders its measured campaigns produced, per platform. Only the campaign currency's fees count.
 */
export async function loadPlanningHistory(
  db: Kysely<Database>,
  organisationId: string,
  options: {
    excludeCampaignId: string;
    currency: string;
    /** Only campaigns that ended before this date (YYYY-MM-DD): what was known when a campaign was planned. */
    endedBefore?: string;
  },
): Promise<PlanningHistory> {
  const previous = (await listCampaigns(db, organisationId)).items.filter(
    (c) =>
      c.id !== options.excludeCampaignId &&
      c.currency === options.currency &&
      (options.endedBefore === undefined || c.endDate < options.endedBefore),
  );
  const earlierIds = new Set(previous.map((c) => c.id));
  const contracts = (await listContracts(db, organisationId, { inForceOnly: true })).items.filter(
    (c) =>
      c.campaignId !== options.excludeCampaignId &&
      c.currency === options.currency &&
      (options.endedBefore === undefined || earlierIds.has(c.campaignId)),
  );
  const accounts = await listAccountsForPlanning(db, organisationId, {
    creatorIds: [...new Set(contracts.map((c) => c.creatorId))],
    limit: 10_000,
  });
  const fees = new Map<string, PastFee[]>();
  for (const contract of contracts) {
    const fee = feePerDeliverable(contract.terms);
    if (fee === null) continue;
    for (const deliverable of contract.terms.deliverables) {
      const account = accountOn(accounts, contract.creatorId, deliverable.platform);
      if (!account) continue;
      const key = feeHistoryKey(
        deliverable.platform,
        deliverable.format,
        tierForFollowers(account.followers),
      );
      const past = { fee, followers: account.followers, engagementRate: account.engagementRate };
      for (let i = 0; i < deliverable.quantity; i++) fees.set(key, [...(fees.get(key) ?? []), past]);
    }
  }

  const outcomes = new Map<Platform, OutcomeHistory & { revenue: number }>();
  let measuredCampaigns = 0;
  for (const campaign of previous.slice(0, campaignsRead)) {
    const report = await getCampaignReport(db, organisationId, campaign.id);
    const measured = report.byPlatform.filter((row) => row.basis.reach === "measured" && row.reach);
    if (measured.length === 0) continue;
    measuredCampaigns += 1;
    for (const row of measured) {
      const sum = outcomes.get(row.platform) ?? {
        reach: 0,
        clicks: 0,
        conversions: 0,
        revenue: 0,
        averageOrderValue: null,
      };
      sum.reach += row.reach ?? 0;
      sum.clicks += row.clicks;
      sum.conversions += row.orders;
      sum.revenue += row.revenue;
      sum.averageOrderValue = sum.conversions > 0 ? Math.round(sum.revenue / sum.conversions) : null;
      outcomes.set(row.platform, sum);
    }
  }
  return {
    fees,
    outcomes: new Map(
      [...outcomes].map(([platform, { revenue: _revenue, ...outcome }]) => [platform, outcome]),
    ),
    measuredCampaigns,
  };
}

export const quoteKey = (creatorId: string, platform: Platform) => `${creatorId}|${platform}`;

/**
 * Fees creators have quoted in this campaign: their counter-offer still on the table, per deliverable, keyed by
 * `quoteKey` for each platform it covers. A quote is what the creator asked, so it replaces the estimate (issue 8).
 */
export async function loadQuotedFees(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<Map<string, number>> {
  const { items: offers } = await listOffers(db, organisationId, { campaignId });
  const quotes = new Map<string, number>();
  const seen = new Set<string>();
  for (const offer of offers) {
    if (seen.has(offer.creatorId)) continue;
    seen.add(offer.creatorId);
    if (offer.proposedBy !== "creator" || offer.status !== "proposed") continue;
    const fee = feePerDeliverable(offer.terms);
    if (fee === null) continue;
    for (const deliverable of offer.terms.deliverables)
      quotes.set(quoteKey(offer.creatorId, deliverable.platform), Math.round(fee));
  }
  return quotes;
}
