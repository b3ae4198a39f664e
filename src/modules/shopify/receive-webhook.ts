import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { parseShopifyJson } from "./parse-shopify-json.js";
import { verifyShopifyHmac } from "./verify-webhook.js";

export const shopifyWebhookJob = "shopify.webhook";
export const handledTopics = new Set(["orders/create", "refunds/create"]);

export interface WebhookDelivery {
  connectionId: string;
  rawBody: Buffer;
  hmac: string | undefined;
  topic: string | undefined;
  webhookId: string | undefined;
}

/**
 * Verifies the signature over the raw bytes first, then parses, records the delivery id and queues the work in one
 * transaction: a retried or concurrent duplicate delivery finds its id taken and queues nothing.
 */
export async function receiveShopifyWebhook(
  db: Kysely<Database>,
  delivery: WebhookDelivery,
): Promise<{ queued: boolean; duplicate: boolean }> {
  const connection = await db
    .selectFrom("shopify_connections")
    .select(["id", "organisation_id", "webhook_secret"])
    .where("id", "=", delivery.connectionId)
    .executeTakeFirst();
  // An unknown connection answers like a bad signature: the URL alone proves nothing.
  if (!connection || !verifyShopifyHmac(delivery.rawBody, connection.webhook_secret, delivery.hmac))
    throw new AppError("unauthorized", "The webhook signature does not match.");
  let body: unknown;
  try {
    body = parseShopifyJson(delivery.rawBody.toString("utf8"));
  } catch {
    throw new AppError("bad_request", "The webhook body is not valid JSON.", {
      errors: [{ field: "body", message: "malformed JSON" }],
    });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new AppError("bad_request", "The webhook body is not a JSON object.");
  const topic = delivery.topic ?? "";
  const webhookId = delivery.webhookId?.trim();
  if (!webhookId)
    throw new AppError("bad_request", "X-Shopify-Webhook-Id is missing.", {
      errors: [{ field: "X-Shopify-Webhook-Id", message: "required" }],
    });
  return inTransaction(db, async (trx) => {
    const claimed = await trx
      .insertInto("shopify_webhook_deliveries")
      .values({ connection_id: connection.id, webhook_id: webhookId, topic, received_at: nowIso() })
      .onConflict((oc) => oc.columns(["connection_id", "webhook_id"]).doNothing())
      .returning("webhook_id")
      .executeTakeFirst();
    if (!claimed) return { queued: false, duplicate: true };
    if (!handledTopics.has(topic)) return { queued: false, duplicate: false };
    await enqueueJob(trx, {
      kind: shopifyWebhookJob,
      organisationId: connection.organisation_id,
      payload: { connectionId: connection.id, topic, webhookId, body },
    });
    return { queued: true, duplicate: false };
  });
}
