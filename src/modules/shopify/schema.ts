export interface ShopifyConnectionsTable {
  id: string;
  organisation_id: string;
  /** e.g. example.myshopify.com */
  shop_domain: string;
  /** The app's webhook signing secret; needed in clear to verify HMACs. */
  webhook_secret: string;
  created_at: string;
}

export interface ShopifyWebhookDeliveriesTable {
  connection_id: string;
  /** X-Shopify-Webhook-Id: Shopify retries with the same id. */
  webhook_id: string;
  topic: string;
  received_at: string;
}

export interface ShopifyTables {
  shopify_connections: ShopifyConnectionsTable;
  shopify_webhook_deliveries: ShopifyWebhookDeliveriesTable;
}
