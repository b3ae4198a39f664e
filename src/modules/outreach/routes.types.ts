import { z } from "zod";
import { emailSchema, isoTime, pageOf } from "../../http/schemas.js";

const templateSource = { subject: z.string().min(1).max(500), body: z.string().min(1).max(50_000) };

export const templateBody = z.strictObject({ name: z.string().trim().min(1).max(200), ...templateSource });

export const templateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    subject: z.string(),
    body: z.string(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "EmailTemplate" });

export const previewBody = z.strictObject(templateSource);

export const previewSchema = z.object({
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  to: z.string().nullable(),
  from: z.string(),
});

export const sendEmailBody = z.strictObject({
  ...templateSource,
  templateId: z.string().max(100).optional(),
  followUps: z
    .array(
      z.strictObject({ templateId: z.string().min(1).max(100), afterDays: z.number().int().min(1).max(60) }),
    )
    .max(5)
    .optional()
    .meta({
      description:
        "Sent in order, each after N days without a reply; stopped by a reply, an opt-out or a stage change",
    }),
});

export const messageSchema = z
  .object({
    id: z.string(),
    direction: z.enum(["outbound", "inbound"]),
    status: z.enum(["queued", "sent", "outbox", "failed", "received", "logged"]),
    from: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string().nullable(),
    messageId: z.string(),
    inReplyTo: z.string().nullable(),
    followUpStep: z.number().int().nullable(),
    error: z.string().nullable(),
    sentAt: isoTime.nullable(),
    createdAt: isoTime,
  })
  .meta({ id: "EmailMessage" });

export const threadSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    subject: z.string(),
    status: z.enum(["open", "replied", "opted_out"]),
    lastMessageAt: isoTime,
    messages: z.array(messageSchema),
    followUps: z.array(
      z.object({
        step: z.number().int(),
        templateId: z.string(),
        afterDays: z.number().int(),
        status: z.enum(["scheduled", "sent", "stopped"]),
        dueAt: isoTime.nullable(),
        stoppedReason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "EmailThread" });

/** A mailbox address alone, or `Name <address>` as mail providers forward it. */
const mailbox = z
  .string()
  .max(320)
  .transform((value) => /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value)
  .pipe(emailSchema);

const messageIdSchema = z
  .string()
  .trim()
  .min(3)
  .max(998)
  .regex(/^<?[^<>\s]+>?$/, { error: "a Message-ID such as <id@host>" });

export const inboundEmailBody = z.strictObject({
  from: mailbox,
  to: mailbox,
  subject: z.string().max(998).default(""),
  text: z.string().max(200_000),
  messageId: messageIdSchema,
  inReplyTo: messageIdSchema.nullable().optional(),
  references: z.array(messageIdSchema).max(100).optional(),
});

export const recordedReplySchema = z.object({
  threadId: z.string(),
  messageId: z.string(),
  campaignId: z.string(),
  creatorId: z.string(),
  optedOut: z.boolean(),
  duplicate: z.boolean(),
});

export const logReplyBody = z.strictObject({
  text: z.string().trim().min(1).max(50_000),
  subject: z.string().trim().max(500).optional(),
});

export const outreachSettingsSchema = z
  .object({
    senderName: z.string().trim().min(1).max(200),
    senderEmail: emailSchema,
    dailySendLimit: z.number().int().min(1).max(10_000),
  })
  .meta({ id: "OutreachSettings" });

export const doNotContactBody = z.strictObject({
  email: emailSchema,
  reason: z.string().trim().min(1).max(500),
});

export const doNotContactListSchema = pageOf(
  z.object({ email: z.string(), reason: z.string(), createdAt: isoTime }),
);

export const outboxSchema = pageOf(
  messageSchema.extend({ campaignId: z.string(), creatorId: z.string() }),
).extend({
  smtpConfigured: z.boolean(),
});
