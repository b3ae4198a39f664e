import type { DiscountCodesTable, DiscountValueType } from "./schema.js";

export interface DiscountCodeView {
  id: string;
  code: string;
  campaignId: string;
  creatorId: string;
  valueType: DiscountValueType;
  /** Fraction for percent codes (0.15 = 15%). */
  percentOff: number | null;
  /** Minor units of `currency` for fixed codes. */
  amountOff: number | null;
  currency: string;
  source: "generated" | "imported";
  createdAt: string;
}

export function toDiscountCodeView(row: DiscountCodesTable): DiscountCodeView {
  return {
    id: row.id,
    code: row.code,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    valueType: row.value_type,
    percentOff: row.percent_off,
    amountOff: row.amount_off,
    currency: row.currency,
    source: row.source,
    createdAt: row.created_at,
  };
}
