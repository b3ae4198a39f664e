import { z } from "zod";
import { isoTime, pageQuery } from "../../http/schemas.js";
import { offerTermsSchema, paymentTriggers } from "./offer-terms.js";

export const partySchema = z.enum(["brand", "creator"]);

export const proposeOfferBody = z.strictObject({
  terms: offerTermsSchema,
  proposedBy: partySchema
    .default("brand")
    .meta({ description: "brand: our proposal; creator: a counter-offer the brand records" }),
  note: z.string().trim().max(2000).optional(),
});

export const offerSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    version: z.number().int(),
    status: z.enum(["proposed", "superseded", "accepted", "withdrawn"]),
    proposedBy: partySchema,
    terms: offerTermsSchema,
    note: z.string().nullable(),
    proposedByLabel: z.string(),
    committedAmount: z.number().int().meta({ description: "Fixed fees plus product value, minor units" }),
    createdAt: isoTime,
  })
  .meta({ id: "Offer" });

export const acceptOfferBody = z.strictObject({
  offerId: z.string().min(1).max(100),
  acceptedName: z.string().trim().min(2).max(200).meta({ description: "The accepting person's typed name" }),
  acceptedBy: partySchema.meta({
    description: "The party accepting; not the one that proposed this version",
  }),
});

export const contractSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    offerId: z.string(),
    version: z.number().int(),
    status: z.enum(["in_force", "superseded"]),
    terms: offerTermsSchema,
    currency: z.string(),
    committedAmount: z.number().int(),
    maximumBonus: z.number().int(),
    installments: z.array(z.object({ trigger: z.enum(paymentTriggers), amount: z.number().int() })),
    acceptedBy: partySchema,
    acceptedName: z.string(),
    acceptedAt: isoTime,
    acceptedIp: z.string().nullable(),
    supersededAt: isoTime.nullable(),
    createdAt: isoTime,
  })
  .meta({ id: "Contract" });

export const listContractsQuery = z.strictObject({
  ...pageQuery,
  campaignId: z.string().max(100).optional(),
  creatorId: z.string().max(100).optional(),
});
