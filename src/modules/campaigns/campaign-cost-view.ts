import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import { assertDate } from "./campaign-input.js";
import type { CampaignCostsTable } from "./schema.js";

export interface CampaignCostView {
  id: string;
  campaignId: string;
  description: string;
  /** Minor units of `currency`, the campaign's. */
  amount: number;
  currency: string;
  /** The day the cost fell on (YYYY-MM-DD): where spend by day puts it. */
  incurredOn: string;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignCostInput {
  description: string;
  amount: number;
  incurredOn: string;
  /** When given, must be the campaign's: a cost is never converted between currencies (M8). */
  currency?: string;
}

export function toCampaignCostView(row: CampaignCostsTable): CampaignCostView {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    description: row.description,
    amount: Number(row.amount),
    currency: row.currency,
    incurredOn: row.incurred_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Checks what the schema cannot: a description that is not blank, a positive whole amount, a real day. */
export function assertCampaignCost(input: Partial<CampaignCostInput>, campaignCurrency: string): void {
  if (input.description !== undefined && !input.description.trim())
    throw invalidField("description", "say what the cost was for");
  if (input.amount !== undefined && (!Number.isSafeInteger(input.amount) || input.amount <= 0))
    throw invalidField("amount", "a whole number of minor units (cents), more than zero");
  if (input.incurredOn !== undefined) assertDate("incurredOn", input.incurredOn);
  if (input.currency !== undefined && input.currency.toUpperCase() !== campaignCurrency)
    throw invalidField("currency", `campaign costs are in the campaign's currency, ${campaignCurrency}`);
}

/** The cost row within this organisation's campaign; another organisation's (or campaign's) id is a 404. */
export async function findCampaignCostRow(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  costId: string,
): Promise<CampaignCostsTable> {
  const row = await db
    .selectFrom("campaign_costs")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("id", "=", costId)
    .executeTakeFirst();
  if (!row) throw notFound("Campaign cost");
  return row;
}
