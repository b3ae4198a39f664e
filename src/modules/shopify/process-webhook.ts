import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { findConversionRow } from "../conversions/conversion-view.js";
import { recordConversion } from "../conversions/record-conversion.js";
import { recordRefund } from "../conversions/record-refund.js";
import { shopifyMoneyToMinor } from "./shopify-money.js";

interface ShopifyOrder {
  id?: number | string;
  created_at?: string;
  currency?: string;
  subtotal_price?: string | null;
  total_discounts?: string | null;
  discount_codes?: Array<{ code?: string | null }> | null;
  landing_site?: string | null;
  customer?: { id?: number | string | null; orders_count?: number | null } | null;
}

interface ShopifyRefund {
  id?: number | string;
  order_id?: number | string;
  created_at?: string;
  refund_line_items?: Array<{ subtotal?: string | number | null }> | null;
}

/**
 * orders/create → a conversion: amount is `subtotal_price` (after discounts, before shipping and tax), codes from
 * `discount_codes[].code`, the click id from `landing_site`. refunds/create → a refund of the line items'
 * subtotals, keyed by Shopify's refund id.
 */
export async function processShopifyWebhook(
  db: Kysely<Database>,
  organisationId: string,
  topic: string,
  body: Record<string, unknown>,
): Promise<void> {
  if (topic === "orders/create") {
    const order = body as ShopifyOrder;
    if (order.id === undefined || !order.currency || !order.created_at)
      throw new Error("orders/create without id, currency or created_at");
    await recordConversion(
      db,
      organisationId,
      {
        type: "order",
        orderId: String(order.id),
        occurredAt: order.created_at,
        amount: shopifyMoneyToMinor(order.subtotal_price, order.currency) ?? 0,
        currency: order.currency,
        customerId:
          order.customer?.id === undefined || order.customer?.id === null ? null : String(order.customer.id),
        isNewCustomer:
          typeof order.customer?.orders_count === "number" ? order.customer.orders_count <= 1 : null,
        discountCodes: (order.discount_codes ?? []).flatMap((d) => (d?.code ? [d.code] : [])),
        landingUrl: order.landing_site ?? null,
      },
      "shopify",
    );
    return;
  }
  if (topic === "refunds/create") {
    const refund = body as ShopifyRefund;
    if (refund.order_id === undefined || refund.id === undefined)
      throw new Error("refunds/create without ids");
    // Throws not-found while the order's own webhook has not been processed; the job retries later.
    const conversion = await findConversionRow(db, organisationId, String(refund.order_id));
    const currency = conversion.currency ?? "USD";
    const amount = (refund.refund_line_items ?? []).reduce(
      (sum, item) => sum + (shopifyMoneyToMinor(item?.subtotal, currency) ?? 0),
      0,
    );
    // Shopify's line subtotals can exceed what we counted (e.g. an order-level discount); cap at what is left.
    const refundable = Math.min(amount, Number(conversion.amount ?? 0) - Number(conversion.refunded_amount));
    if (refundable <= 0) return;
    await recordRefund(db, organisationId, String(refund.order_id), {
      amount: refundable,
      occurredAt: refund.created_at ?? new Date().toISOString(),
      refundId: `shopify:${refund.id}`,
    });
  }
}
