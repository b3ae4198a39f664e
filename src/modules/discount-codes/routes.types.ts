import { z } from "zod";
import { isoTime } from "../../http/schemas.js";

const value = {
  valueType: z.enum(["percent", "fixed"]),
  value: z.number().positive().meta({
    description:
      "percent: a fraction (0.15 = 15% off); fixed: minor units of the campaign currency (1000 = 10.00)",
  }),
};

export const createDiscountCodesBody = z.strictObject({
  creatorId: z.string().min(1).max(100),
  ...value,
  code: z.string().max(50).optional().meta({ description: "Use this code; default: generate one" }),
  prefix: z.string().max(12).optional().meta({ description: "Prefix for generated codes, e.g. MAYA" }),
  count: z.number().int().min(1).max(500).default(1).meta({ description: "How many codes to generate" }),
});

export const importDiscountCodesBody = z.strictObject({
  items: z
    .array(z.strictObject({ creatorId: z.string().min(1).max(100), code: z.string().max(50), ...value }))
    .min(1)
    .max(5_000),
});

export const discountCodeSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    valueType: z.enum(["percent", "fixed"]),
    percentOff: z.number().nullable(),
    amountOff: z.number().int().nullable(),
    currency: z.string(),
    source: z.enum(["generated", "imported"]),
    createdAt: isoTime,
  })
  .meta({ id: "DiscountCode" });

export const discountCodeListSchema = z.object({ items: z.array(discountCodeSchema) });
