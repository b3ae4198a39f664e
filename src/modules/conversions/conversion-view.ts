import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { AttributionReason, ConversionSource, ConversionsTable, ConversionType } from "./schema.js";

export interface ConversionView {
  id: string;
  orderId: string;
  type: ConversionType;
  source: ConversionSource;
  occurredAt: string;
  amount: number | null;
  refundedAmount: number;
  /** amount − refundedAmount: the revenue a report counts. */
  netAmount: number | null;
  currency: string | null;
  customerId: string | null;
  isNewCustomer: boolean | null;
  discountCodes: string[];
  clickId: string | null;
  attribution: {
    reason: AttributionReason;
    campaignId: string | null;
    creatorId: string | null;
    discountCodeId: string | null;
    clickId: string | null;
    linkId: string | null;
    conflictingCreatorId: string | null;
  };
  /** Null while only a shop's page reported the order: it earns no commission until confirmed. */
  verification: { verifiedAt: string; verifiedBy: string } | null;
  createdAt: string;
}

export function toConversionView(row: ConversionsTable): ConversionView {
  const amount = row.amount === null ? null : Number(row.amount);
  const refunded = Number(row.refunded_amount);
  return {
    id: row.id,
    orderId: row.order_id,
    type: row.type,
    source: row.source,
    occurredAt: row.occurred_at,
    amount,
    refundedAmount: refunded,
    netAmount: amount === null ? null : amount - refunded,
    currency: row.currency,
    customerId: row.customer_id,
    isNewCustomer: row.is_new_customer === null ? null : row.is_new_customer === 1,
    discountCodes: JSON.parse(row.discount_codes) as string[],
    clickId: row.click_id,
    attribution: {
      reason: row.attribution,
      campaignId: row.campaign_id,
      creatorId: row.creator_id,
      discountCodeId: row.discount_code_id,
      clickId: row.attributed_click_id,
      linkId: row.link_id,
      conflictingCreatorId: row.conflicting_creator_id,
    },
    verification:
      row.verified_at && row.verified_by
        ? { verifiedAt: row.verified_at, verifiedBy: row.verified_by }
        : null,
    createdAt: row.created_at,
  };
}

export async function findConversionRow(
  db: Kysely<Database>,
  organisationId: string,
  orderId: string,
): Promise<ConversionsTable> {
  const row = await db
    .selectFrom("conversions")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("order_id", "=", orderId)
    .executeTakeFirst();
  if (!row) throw notFound("Conversion");
  return row;
}
