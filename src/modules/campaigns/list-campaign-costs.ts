import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { type CampaignCostView, toCampaignCostView } from "./campaign-cost-view.js";
import { findCampaignRow } from "./campaign-view.js";

export interface CampaignCostList extends Page<CampaignCostView> {
  /** Every cost of the campaign added up (not only this page's), minor units of `currency`. */
  total: number;
  currency: string;
}

/**
 * A campaign's campaign-level costs (M7), latest day first; one page, or all of them without one (the report).
 * Costs are always in the campaign's currency, so the total is a plain sum.
 */
export async function listCampaignCosts(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  page?: PageRequest,
): Promise<CampaignCostList> {
  const campaign = await findCampaignRow(db, organisationId, campaignId);
  const costs = db
    .selectFrom("campaign_costs")
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId);
  const [rows, sum] = await Promise.all([
    keysetPage(
      costs.selectAll(),
      [
        { by: "incurred_on", direction: "desc", value: (row) => row.incurred_on },
        { by: "id", direction: "desc", value: (row) => row.id },
      ],
      page,
    ),
    costs.select((eb) => eb.fn.sum<number>("amount").as("total")).executeTakeFirst(),
  ]);
  return {
    items: rows.items.map(toCampaignCostView),
    nextCursor: rows.nextCursor,
    total: Number(sum?.total ?? 0),
    currency: campaign.currency,
  };
}
