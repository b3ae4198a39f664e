import { z } from "zod";
import { calendarDate } from "../../http/schemas.js";
import { collaborationTypes } from "../campaigns/collaboration-types.js";
import { platformSchema } from "../creators/routes.types.js";

const minorUnits = z
  .number()
  .int({ error: "money is a whole number of minor units" })
  .min(0, { error: "must not be negative" })
  .max(1_000_000_000_000);
const fraction = (what: string) =>
  z
    .number()
    .min(0, { error: `${what} must not be negative` })
    .max(1, { error: `${what} is a fraction from 0 to 1; above 1 would be more than 100%` });

export const deliverableFormats = [
  "post",
  "reel",
  "story",
  "short",
  "video",
  "live",
  "carousel",
  "newsletter",
  "webinar",
  "article",
] as const;

export const deliverableSchema = z
  .strictObject({
    platform: platformSchema,
    format: z.enum(deliverableFormats),
    quantity: z.number().int().min(1).max(1000),
    dueDate: calendarDate,
    draftDueDate: calendarDate.nullable().optional(),
  })
  .meta({ id: "Deliverable" });

export const usageRightsSchema = z
  .strictObject({
    channels: z.array(z.string().trim().min(1).max(60)).max(20),
    durationDays: z.number().int().min(0).max(3650),
    paidAds: z.boolean(),
    whitelisting: z.boolean(),
  })
  .meta({ id: "UsageRights" });

export const exclusivitySchema = z
  .strictObject({
    category: z.string().trim().min(1).max(120),
    periodDays: z.number().int().min(1).max(3650),
  })
  .meta({ id: "Exclusivity" });

export const paymentTriggers = ["on_signing", "on_approval", "on_live"] as const;

const feeFields = {
  amount: minorUnits,
  schedule: z
    .array(z.strictObject({ trigger: z.enum(paymentTriggers), share: fraction("share") }))
    .min(1)
    .max(3)
    .meta({ description: "When the fee is paid; shares are fractions that add up to 1." }),
};

const commissionFields = {
  basis: z.enum(["percent_of_net_revenue", "fixed_per_order"]),
  rate: fraction("rate")
    .nullable()
    .optional()
    .meta({ description: "Share of net revenue (M8), a fraction; for percent_of_net_revenue" }),
  perOrder: minorUnits
    .nullable()
    .optional()
    .meta({ description: "Minor units per order; for fixed_per_order" }),
  attributionWindowDays: z.number().int().min(1).max(365),
  cookie: z.boolean(),
};

export const bonusMetrics = [
  "impressions",
  "reach",
  "views",
  "engagements",
  "clicks",
  "conversions",
  "leads",
] as const;

export const bonusSchema = z.strictObject({
  metric: z.enum(bonusMetrics),
  threshold: z.number().int().min(1),
  amount: minorUnits,
});

export const compensationSchema = z
  .discriminatedUnion("model", [
    z.strictObject({ model: z.literal("flat_fee"), ...feeFields }),
    z.strictObject({ model: z.literal("affiliate"), ...commissionFields }),
    z.strictObject({
      model: z.literal("product_seeding"),
      products: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1).max(200),
            retailValue: minorUnits,
            quantity: z.number().int().min(1).max(1000),
          }),
        )
        .min(1)
        .max(50),
    }),
    z.strictObject({
      model: z.literal("hybrid"),
      fee: z.strictObject(feeFields),
      commission: z.strictObject(commissionFields),
      bonuses: z.array(bonusSchema).max(10).default([]),
    }),
  ])
  .meta({ id: "Compensation" });

export const offerTermsSchema = z
  .strictObject({
    collaborationType: z.enum(collaborationTypes),
    deliverables: z.array(deliverableSchema).min(1).max(50),
    usageRights: usageRightsSchema,
    exclusivity: exclusivitySchema.nullable().default(null),
    compensation: compensationSchema,
    disclosure: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .default("Every post must be clearly labelled as an advertisement (for example #ad) at its start."),
  })
  .meta({ id: "OfferTerms" });

export type Deliverable = z.infer<typeof deliverableSchema>;
export type Compensation = z.infer<typeof compensationSchema>;
export type OfferTerms = z.infer<typeof offerTermsSchema>;
export type OfferTermsInput = z.input<typeof offerTermsSchema>;
export type FeeTerms = z.infer<typeof compensationSchema> & { model: "flat_fee" };
export type CommissionTerms = Omit<z.infer<typeof compensationSchema> & { model: "affiliate" }, "model">;
export type Bonus = z.infer<typeof bonusSchema>;
