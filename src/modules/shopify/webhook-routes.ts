import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { idParam, jsonResponse, problemSchema, rawBody } from "../../http/schemas.js";
import { processShopifyWebhook } from "./process-webhook.js";
import { receiveShopifyWebhook, shopifyWebhookJob } from "./receive-webhook.js";
import { webhookAnswerSchema } from "./routes.types.js";

const maxWebhookBytes = 1024 * 1024;

/**
 * POST /webhooks/shopify/:connectionId (public; Shopify signs it). JSON is kept as the raw Buffer in this plugin
 * only, because the HMAC covers the exact bytes; the work runs as a durable job so Shopify gets its answer at once.
 */
export const shopifyWebhookRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, jobs }) => {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser(
    "application/json",
    { parseAs: "buffer", bodyLimit: maxWebhookBytes },
    (_request, body, done) => done(null, body),
  );

  jobs.register(shopifyWebhookJob, async ({ db, job }) => {
    const { topic, body } = job.payload as { topic: string; body: Record<string, unknown> };
    if (!job.organisationId) throw new Error("shopify webhook job without an organisation");
    await processShopifyWebhook(db, job.organisationId, topic, body);
  });

  app.post(
    "/webhooks/shopify/:connectionId",
    {
      bodyLimit: maxWebhookBytes,
      schema: {
        operationId: "receiveShopifyWebhook",
        tags: ["Integrations"],
        summary: "Shopify webhook (orders/create, refunds/create), signed with X-Shopify-Hmac-Sha256",
        security: [],
        params: idParam("connectionId"),
        body: rawBody(
          ["application/json"],
          z.any().meta({
            type: "object",
            description:
              "The order or refund exactly as Shopify sent it; X-Shopify-Hmac-Sha256 signs these bytes with the connection's secret",
          }),
        ),
        response: {
          200: jsonResponse("The webhook was accepted (or was a duplicate) and queued", webhookAnswerSchema),
          400: problemSchema,
          401: problemSchema,
          413: problemSchema,
        },
      },
    },
    async (request) => {
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      return receiveShopifyWebhook(database.db, {
        connectionId: request.params.connectionId,
        rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        hmac: header("x-shopify-hmac-sha256"),
        topic: header("x-shopify-topic"),
        webhookId: header("x-shopify-webhook-id"),
      });
    },
  );
};
