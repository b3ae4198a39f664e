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
    termsSha256: z.string().meta({ description: "SHA-256 of the canonical JSON of the terms" }),
    createdAt: isoTime,
  })
  .meta({ id: "Offer" });

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
    acceptanceMethod: z.enum(["portal", "signed_document", "recorded"]).meta({
      description:
        "portal: the creator accepted in the portal; signed_document: accepted outside Amplio, the signed document uploaded; recorded: typed in by the brand before signatures",
    }),
    acceptance: z.string().meta({ description: "How the contract was accepted, in words" }),
    acceptedUserAgent: z.string().nullable(),
    termsSha256: z.string().nullable(),
    pdfSha256: z
      .string()
      .nullable()
      .meta({ description: "SHA-256 of the contract PDF the creator accepted, or of the signed document" }),
    hasSignedDocument: z.boolean(),
    recordedBy: z.string().nullable(),
    supersededAt: isoTime.nullable(),
    createdAt: isoTime,
  })
  .meta({ id: "Contract" });

export const listContractsQuery = z.strictObject({
  ...pageQuery,
  campaignId: z.string().max(100).optional(),
  creatorId: z.string().max(100).optional(),
});
