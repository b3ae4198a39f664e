export interface ShopifyConnectionView {
  id: string;
  shopDomain: string;
  /** Paste into Shopify (Settings → Notifications → Webhooks) for orders/create and refunds/create. */
  webhookUrl: string;
  createdAt: string;
}

export function webhookUrlFor(publicUrl: string, connectionId: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/webhooks/shopify/${connectionId}`;
}
