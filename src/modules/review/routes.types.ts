import { z } from "zod";
import { calendarDate, isoTime, pageQuery } from "../../http/schemas.js";
import { complianceResultSchema } from "../compliance/routes.types.js";
import { platformSchema } from "../creators/routes.types.js";
import { contentFormats } from "../posts/routes.types.js";

const statusSchema = z.enum(["awaiting_draft", "in_review", "changes_requested", "approved", "live"]);
const findingsSchema = complianceResultSchema.shape.findings;

export const deliverableBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  platform: platformSchema,
  format: z.enum(contentFormats),
  dueDate: calendarDate.meta({ description: "When the draft is due for review" }),
});

const mediaSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("link"), url: z.string() }),
  z.object({ kind: z.literal("upload"), mediaId: z.string(), contentType: z.string() }),
]);

export const draftSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    caption: z.string(),
    media: z.array(mediaSchema),
    findings: findingsSchema,
    compliant: z.boolean(),
    createdAt: isoTime,
  })
  .meta({ id: "Draft" });

export const deliverableSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    title: z.string(),
    platform: platformSchema,
    format: z.enum(contentFormats),
    dueDate: calendarDate,
    status: statusSchema,
    overdue: z.boolean().meta({ description: "Past its due date and not yet approved or live" }),
    approvedAt: isoTime.nullable(),
    livePostId: z.string().nullable(),
    latestDraft: draftSchema.nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "ReviewDeliverable" });

export const deliverablesFromContractSchema = z.object({
  contractId: z.string(),
  contractVersion: z.number().int(),
  created: z
    .array(deliverableSchema)
    .meta({ description: "The deliverables made now, in the contract's order" }),
  alreadyCreated: z
    .number()
    .int()
    .meta({ description: "Contracted items whose deliverable existed already (same title), not made twice" }),
});

export const reviewEventSchema = z.object({
  id: z.string(),
  kind: z.enum(["draft_submitted", "comment", "changes_requested", "approved", "live_submitted"]),
  author: z.enum(["brand", "creator"]),
  authorLabel: z.string(),
  draftId: z.string().nullable(),
  body: z.string().nullable(),
  quote: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: isoTime,
});

export const deliverableDetailSchema = deliverableSchema
  .extend({ drafts: z.array(draftSchema), timeline: z.array(reviewEventSchema) })
  .meta({ id: "ReviewDeliverableDetail" });

export const draftBody = z.strictObject({
  caption: z.string().max(200_000).meta({ description: "The caption as it will be posted" }),
  media: z
    .array(
      z.discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("link"), url: z.url({ protocol: /^https?$/ }).max(2000) }),
        z.strictObject({ kind: z.literal("upload"), mediaId: z.string().min(1).max(100) }),
      ]),
    )
    .max(20)
    .default([]),
});

export const commentBody = z.strictObject({
  body: z.string().trim().min(1).max(5000),
  quote: z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) })
    .nullable()
    .optional()
    .meta({ description: "A span of the latest draft's caption: UTF-16 indices, end exclusive" }),
});

export const decisionBody = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("request_changes"), body: z.string().trim().min(1).max(5000) }),
  z.strictObject({
    decision: z.literal("approve"),
    body: z.string().trim().max(5000).nullable().optional(),
    overrideReason: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .meta({ description: "Required to approve a draft with an error finding; recorded" }),
  }),
]);

export const liveBody = z.strictObject({
  url: z.string().trim().min(1).max(2000),
  postedAt: isoTime,
  caption: z.string().max(200_000).nullable().optional(),
});

export const mediaViewSchema = z.object({
  id: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: isoTime,
});

export const contentLibraryQuery = z.strictObject({
  ...pageQuery,
  campaignId: z.string().max(100).optional(),
  creatorId: z.string().max(100).optional(),
  platform: platformSchema.optional(),
  format: z.enum(contentFormats).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
});

export const contentLibraryItemSchema = z.object({
  deliverableId: z.string(),
  campaignId: z.string(),
  creatorId: z.string(),
  title: z.string(),
  platform: platformSchema,
  format: z.string(),
  status: z.enum(["approved", "live"]),
  caption: z.string(),
  media: z.array(mediaSchema),
  approvedAt: isoTime,
  liveUrl: z.string().nullable(),
  postedAt: isoTime.nullable(),
  usageRights: z
    .object({
      channels: z.array(z.string()),
      durationDays: z.number().int(),
      paidAds: z.boolean(),
      whitelisting: z.boolean(),
      startsAt: isoTime,
      expiresAt: isoTime,
      state: z.enum(["active", "expiring_soon", "expired"]),
    })
    .nullable(),
});
