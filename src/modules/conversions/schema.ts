export type ConversionType = "order" | "lead";
export type ConversionSource = "api" | "shopify" | "storefront";
/** M11: why a conversion is credited to a creator, or that it is not. */
export type AttributionReason = "code" | "click" | "none";

export interface ConversionsTable {
  id: string;
  organisation_id: string;
  /** The shop's order (or lead) id; one conversion per id per organisation. */
  order_id: string;
  type: ConversionType;
  source: ConversionSource;
  occurred_at: string;
  /** Minor units after discounts, excluding tax and shipping; null for a lead without a value. */
  amount: number | null;
  refunded_amount: number;
  currency: string | null;
  customer_id: string | null;
  is_new_customer: number | null;
  /** JSON array of the codes the order carried. */
  discount_codes: string;
  click_id: string | null;
  landing_url: string | null;
  attribution: AttributionReason;
  campaign_id: string | null;
  creator_id: string | null;
  discount_code_id: string | null;
  attributed_click_id: string | null;
  link_id: string | null;
  /** Set when a click pointed at another creator than the winning code (M11 conflict). */
  conflicting_creator_id: string | null;
  created_at: string;
  /** When a server-side source or a person confirmed the order; null while only a shop's page reported it. */
  verified_at: string | null;
  /** Who confirmed it: "api", "shopify", or the person (their audit label). */
  verified_by: string | null;
}

export interface ConversionRefundsTable {
  id: string;
  organisation_id: string;
  conversion_id: string;
  /** The shop's refund id when it has one: a repeated refund is recorded once. */
  refund_key: string | null;
  amount: number;
  occurred_at: string;
  created_at: string;
}

export interface StorefrontKeysTable {
  id: string;
  organisation_id: string;
  publishable_key: string;
  /** JSON array of origins allowed to call the storefront endpoint; empty allows any. */
  allowed_origins: string;
  created_at: string;
}

export interface ConversionsTables {
  conversions: ConversionsTable;
  conversion_refunds: ConversionRefundsTable;
  storefront_keys: StorefrontKeysTable;
}
