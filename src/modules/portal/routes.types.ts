import { z } from "zod";
import { isoTime } from "../../http/schemas.js";
import { briefSchema } from "../briefs/routes.types.js";
import { offerTermsSchema } from "../contracts/offer-terms.js";
import { contractSchema, offerSchema } from "../contracts/routes.types.js";
import { deliverableSchema } from "../review/routes.types.js";

export const signInBody = z.strictObject({ token: z.string().min(10).max(200) });

export const portalSessionSchema = z.object({
  creatorName: z.string(),
  csrfToken: z.string().meta({ description: "Send it back in the x-csrf-token header on every write" }),
  expiresAt: isoTime,
});

const collaborationSummarySchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  brand: z.string(),
  stage: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});

export const portalMeSchema = portalSessionSchema.extend({
  creatorId: z.string(),
  collaborations: z.array(collaborationSummarySchema),
});

export const collaborationSchema = collaborationSummarySchema
  .extend({
    currency: z.string(),
    brief: briefSchema.omit({ override: true }),
    offers: z.array(offerSchema),
    contracts: z.array(contractSchema),
    deliverables: z.array(deliverableSchema),
    trackingLink: z.string().nullable(),
    discountCode: z.string().nullable(),
    discount: z
      .object({
        code: z.string(),
        valueType: z.enum(["percent", "fixed"]),
        percentOff: z
          .number()
          .nullable()
          .meta({ description: "A fraction for percent codes (0.15 = 15% off)" }),
        amountOff: z
          .number()
          .int()
          .nullable()
          .meta({ description: "Minor units of currency for fixed codes" }),
        currency: z.string(),
      })
      .nullable()
      .meta({
        description: "The discount code issued to the creator for this campaign and what it takes off",
      }),
    earnings: z.object({
      committed: z.number().int().meta({ description: "Minor units of currency" }),
      maximumBonus: z.number().int(),
      earnedSoFar: z.number().int().meta({ description: "Fee installments already due, minor units" }),
    }),
  })
  .meta({ id: "PortalCollaboration" });

export const portalAcceptBody = z.strictObject({
  acceptedName: z
    .string()
    .trim()
    .min(2, { error: "type your full legal name" })
    .max(200)
    .meta({ description: "Your full legal name, as your signature" }),
  consent: z.literal(true, { error: 'tick "I agree to these terms"' }).meta({
    description: 'You ticked "I agree to these terms"',
  }),
  termsSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: "The offer's termsSha256 as you were shown it; 409 when the terms changed since" }),
});

export const portalContractSchema = contractSchema
  .extend({ campaignName: z.string(), brand: z.string() })
  .meta({ id: "PortalContract" });

export const portalCounterBody = z.strictObject({
  terms: offerTermsSchema,
  note: z.string().trim().max(2000).optional(),
});

export const portalLinkSchema = z.object({
  expiresAt: isoTime,
  emailStatus: z
    .string()
    .meta({ description: "queued: the SMTP job sends it; the link is never shown to the team" }),
});
