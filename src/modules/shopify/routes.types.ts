import { z } from "zod";
import { isoTime } from "../../http/schemas.js";

export const createConnectionBody = z.strictObject({
  shopDomain: z.string().min(1).max(255).meta({ example: "example.myshopify.com" }),
  webhookSecret: z.string().min(1).max(500).meta({ description: "The webhook signing secret from Shopify" }),
});

export const connectionSchema = z
  .object({ id: z.string(), shopDomain: z.string(), webhookUrl: z.string(), createdAt: isoTime })
  .meta({ id: "ShopifyConnection" });

export const webhookAnswerSchema = z.object({ queued: z.boolean(), duplicate: z.boolean() });
