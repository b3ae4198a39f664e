import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { listContracts, listOffers } from "../contracts/list-contracts.js";
import { findCampaignRow } from "./campaign-view.js";
import { listCampaignCosts } from "./list-campaign-costs.js";

export interface CampaignBudget {
  currency: string;
  budget: number | null;
  /** Fixed fees and product value of contracts in force. */
  contracted: number;
  /** Contracted plus the campaign-level costs entered (M7). */
  committed: number;
  /** Committed plus every bonus the contracts could pay plus the open offers' fixed amounts. */
  forecast: number;
  /** The campaign-level costs entered (M7), already counted in committed and forecast. */
  campaignCosts: number;
  /** Budget minus forecast; null without a budget. */
  remaining: number | null;
  /** Commissions depend on sales and are not forecast here; measurement reports them as they accrue (M7). */
  excludes: string[];
}

export async function getCampaignBudget(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<CampaignBudget> {
  const campaign = await findCampaignRow(db, organisationId, campaignId);
  const { items: contracts } = await listContracts(db, organisationId, { campaignId, inForceOnly: true });
  const contractedCreators = new Set(contracts.map((c) => c.creatorId));
  // Campaign-level costs are already spent, in the campaign's currency like the contracts (M7, M8).
  const { total: campaignCosts } = await listCampaignCosts(db, organisationId, campaignId, { limit: 1 });
  const contracted = contracts.reduce((sum, c) => sum + c.committedAmount, 0);
  const committed = contracted + campaignCosts;
  const bonuses = contracts.reduce((sum, c) => sum + c.maximumBonus, 0);
  const openOffers = (await listOffers(db, organisationId, { campaignId })).items.filter(
    (o) => o.status === "proposed" && !contractedCreators.has(o.creatorId),
  );
  const forecast = committed + bonuses + openOffers.reduce((sum, o) => sum + o.committedAmount, 0);
  return {
    currency: campaign.currency,
    budget: campaign.budget,
    contracted,
    committed,
    forecast,
    campaignCosts,
    remaining: campaign.budget === null ? null : campaign.budget - forecast,
    excludes: ["affiliate commissions (they follow attributed sales)"],
  };
}
