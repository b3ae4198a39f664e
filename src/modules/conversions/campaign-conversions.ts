import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";

export interface AttributionTotals {
  conversions: number;
  orders: number;
  leads: number;
  /** Net of refunds, minor units of `currency`. */
  revenue: number;
  refunded: number;
  byCode: number;
  byClick: number;
  /** Code-attributed conversions where a click pointed at another creator (M11). */
  conflicts: number;
}

export interface CampaignConversions {
  campaignId: string;
  currency: string;
  totals: AttributionTotals;
  byCreator: Array<AttributionTotals & { creatorId: string }>;
  /** Conversions in another currency than the campaign's are counted but not summed into revenue. */
  otherCurrencyConversions: number;
}

const empty = (): AttributionTotals => ({
  conversions: 0,
  orders: 0,
  leads: 0,
  revenue: 0,
  refunded: 0,
  byCode: 0,
  byClick: 0,
  conflicts: 0,
});

/** Attributed conversions of a campaign, explained by reason (code or click) and creator. */
export async function getCampaignConversions(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<CampaignConversions> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const rows = await db
    .selectFrom("conversions")
    .select((eb) => [
      "creator_id",
      "attribution",
      "type",
      "currency",
      eb.fn.countAll<number>().as("count"),
      eb.fn.sum<number>("amount").as("amount"),
      eb.fn.sum<number>("refunded_amount").as("refunded"),
      eb.fn.count<number>("conflicting_creator_id").as("conflicts"),
    ])
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .groupBy(["creator_id", "attribution", "type", "currency"])
    .execute();
  const totals = empty();
  const byCreator = new Map<string, AttributionTotals>();
  let otherCurrencyConversions = 0;
  for (const row of rows) {
    const count = Number(row.count);
    const creator = byCreator.get(row.creator_id ?? "") ?? empty();
    byCreator.set(row.creator_id ?? "", creator);
    for (const target of [totals, creator]) {
      target.conversions += count;
      if (row.type === "lead") target.leads += count;
      else target.orders += count;
      if (row.attribution === "code") target.byCode += count;
      if (row.attribution === "click") target.byClick += count;
      target.conflicts += Number(row.conflicts);
      if (row.currency === null || row.currency === campaign.currency) {
        target.revenue += Number(row.amount ?? 0) - Number(row.refunded ?? 0);
        target.refunded += Number(row.refunded ?? 0);
      }
    }
    if (row.currency !== null && row.currency !== campaign.currency) otherCurrencyConversions += count;
  }
  return {
    campaignId,
    currency: campaign.currency,
    totals,
    byCreator: [...byCreator.entries()]
      .map(([creatorId, t]) => ({ creatorId, ...t }))
      .sort((a, b) => b.revenue - a.revenue || b.conversions - a.conversions),
    otherCurrencyConversions,
  };
}
