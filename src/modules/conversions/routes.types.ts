import { z } from "zod";
import { isoTime, pageQuery, timeInput } from "../../http/schemas.js";

const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { error: "must be an ISO 4217 code such as EUR" })
  .transform((c) => c.toUpperCase());

export const conversionBody = z.strictObject({
  type: z
    .enum(["order", "lead"])
    .default("order")
    .meta({ description: "lead: a sign-up, trial, demo request or registration; may carry no amount" }),
  orderId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ description: "Your order or lead id; repeats are ignored" }),
  occurredAt: timeInput,
  amount: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: "Minor units after discounts, excluding tax and shipping; required for orders" }),
  currency: currency.optional(),
  customerId: z.string().max(200).optional(),
  isNewCustomer: z.boolean().optional(),
  discountCodes: z.array(z.string().max(100)).max(20).optional(),
  clickId: z.string().max(64).optional().meta({ description: "The amp_cid the visitor arrived with" }),
  landingUrl: z.string().max(4_000).optional().meta({ description: "Landing page URL; its amp_cid is used" }),
});

export const refundBody = z.strictObject({
  amount: z.number().int().positive().meta({ description: "Minor units of the order's currency" }),
  occurredAt: timeInput,
  refundId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Your refund id; repeats are ignored" }),
});

export const orderParams = z.object({ orderId: z.string().min(1).max(200) });

export const conversionSchema = z
  .object({
    id: z.string(),
    orderId: z.string(),
    type: z.enum(["order", "lead"]),
    source: z.enum(["api", "shopify", "storefront"]),
    occurredAt: isoTime,
    amount: z.number().int().nullable(),
    refundedAmount: z.number().int(),
    netAmount: z.number().int().nullable(),
    currency: z.string().nullable(),
    customerId: z.string().nullable(),
    isNewCustomer: z.boolean().nullable(),
    discountCodes: z.array(z.string()),
    clickId: z.string().nullable(),
    attribution: z.object({
      reason: z.enum(["code", "click", "none"]).meta({ description: "Why it was attributed (M11)" }),
      campaignId: z.string().nullable(),
      creatorId: z.string().nullable(),
      discountCodeId: z.string().nullable(),
      clickId: z.string().nullable(),
      linkId: z.string().nullable(),
      conflictingCreatorId: z
        .string()
        .nullable()
        .meta({ description: "A click in the window pointed at this creator; the code won" }),
    }),
    verification: z
      .object({
        verifiedAt: isoTime,
        verifiedBy: z.string().meta({ description: '"api", "shopify", or the person who approved it' }),
      })
      .nullable()
      .meta({
        description:
          "null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it",
      }),
    createdAt: isoTime,
  })
  .meta({ id: "Conversion" });

export const conversionWithRefundsSchema = conversionSchema
  .extend({
    refunds: z.array(
      z.object({
        id: z.string(),
        refundId: z.string().nullable().meta({ description: "The shop's refund id, when it sent one" }),
        amount: z.number().int().meta({ description: "Minor units of the order's currency" }),
        occurredAt: isoTime,
        createdAt: isoTime,
      }),
    ),
  })
  .meta({ id: "ConversionWithRefunds" });

export const listConversionsQuery = z.strictObject({
  ...pageQuery,
  campaignId: z.string().min(1).max(100).optional(),
  verified: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .meta({ description: "false: only orders awaiting confirmation" }),
});

export const recordedConversionSchema = conversionSchema.extend({
  duplicate: z.boolean().meta({ description: "true: this order id was already recorded; nothing changed" }),
});

const totals = {
  conversions: z.number().int(),
  orders: z.number().int(),
  leads: z.number().int(),
  revenue: z.number().int(),
  refunded: z.number().int(),
  byCode: z.number().int(),
  byClick: z.number().int(),
  conflicts: z.number().int(),
};

export const campaignConversionsSchema = z.object({
  campaignId: z.string(),
  currency: z.string(),
  totals: z.object(totals),
  byCreator: z.array(z.object({ creatorId: z.string(), ...totals })),
  otherCurrencyConversions: z.number().int(),
});

export const storefrontKeyBody = z.strictObject({
  allowedOrigins: z.array(z.string().max(300)).max(20).default([]),
});

export const storefrontKeySchema = z.object({
  id: z.string(),
  publishableKey: z.string(),
  allowedOrigins: z.array(z.string()),
  createdAt: isoTime,
  snippet: z.string().meta({ description: "Paste into every page of the shop" }),
});

export const storefrontConversionBody = conversionBody.extend({
  key: z.string().min(1).max(100).meta({ description: "Publishable key" }),
});
