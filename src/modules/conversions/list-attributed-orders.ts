import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

export interface AttributedOrder {
  conversionId: string;
  creatorId: string;
  occurredAt: string;
  /** Minor units after discounts; refunds are subtracted in netAmount. */
  amount: number;
  netAmount: number;
  currency: string | null;
}

/**
 * A campaign's attributed orders one by one, for commissions owed per order (M7, M11). Only verified orders earn
 * commission: one a shop's page reported waits for the shop's server or a person to confirm it.
 */
export async function listAttributedOrders(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<AttributedOrder[]> {
  const rows = await db
    .selectFrom("conversions")
    .select(["id", "creator_id", "occurred_at", "amount", "refunded_amount", "currency"])
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("type", "=", "order")
    .where("attribution", "!=", "none")
    .where("creator_id", "is not", null)
    .where("verified_at", "is not", null)
    .orderBy("occurred_at")
    .execute();
  return rows.map((row) => ({
    conversionId: row.id,
    creatorId: row.creator_id as string,
    occurredAt: row.occurred_at,
    amount: row.amount ?? 0,
    netAmount: (row.amount ?? 0) - row.refunded_amount,
    currency: row.currency,
  }));
}
