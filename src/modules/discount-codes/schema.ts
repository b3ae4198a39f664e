export type DiscountValueType = "percent" | "fixed";

export interface DiscountCodesTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  /** As shoppers type it. */
  code: string;
  /** Upper-cased: codes are matched case-insensitively, as Shopify does. */
  code_key: string;
  value_type: DiscountValueType;
  /** Fraction (0.15 = 15% off) when value_type is percent. */
  percent_off: number | null;
  /** Minor units of `currency` when value_type is fixed. */
  amount_off: number | null;
  currency: string;
  source: "generated" | "imported";
  created_at: string;
}

export interface DiscountCodesTables {
  discount_codes: DiscountCodesTable;
}
