import { z } from "zod";
import { emailSchema, isoTime, pageOf, pageQuery } from "../../http/schemas.js";

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

const sequenceIdField = z.string().min(1).max(100).meta({
  description: "A saved sequence whose steps are sent as follow-ups, each after its days without a reply",
});

export const sendEmailBody = z.strictObject({
  ...templateSource,
  templateId: z.string().max(100).optional(),
  sequenceId: sequenceIdField.optional(),
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
        templateName: z.string().nullable(),
        sequenceName: z.string().nullable(),
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
    senderName: z.string().trim().min(1, { error: "enter the name creators see" }).max(200),
    senderEmail: emailSchema,
    dailySendLimit: z
      .number()
      .int({ error: "a whole number of emails" })
      .min(1, { error: "at least 1 email a day" })
      .max(10_000, { error: "at most 10,000 emails a day" }),
    signature: z
      .string()
      .max(2_000, { error: "at most 2,000 characters" })
      .default("")
      .meta({ description: 'Plain text under every outreach email, after a "-- " line; empty for none' }),
  })
  .meta({ id: "OutreachSettings" });

export const doNotContactBody = z.strictObject({
  email: emailSchema,
  reason: z.string().trim().min(1).max(500),
});

export const doNotContactQuery = z.strictObject({
  ...pageQuery,
  search: z.string().trim().max(320).optional().meta({ description: "A part of the address or the reason" }),
});

export const doNotContactListSchema = pageOf(
  z.object({ email: z.string(), reason: z.string(), createdAt: isoTime }),
);

export const outboxSchema = pageOf(
  messageSchema.extend({ campaignId: z.string(), creatorId: z.string() }),
).extend({
  smtpConfigured: z.boolean(),
});

export const mergeFieldsSchema = z.object({
  items: z.array(z.object({ field: z.string(), description: z.string(), example: z.string() })),
});

const sequenceStep = z.strictObject({
  templateId: z.string().min(1).max(100),
  afterDays: z
    .number()
    .int({ error: "a whole number of days" })
    .min(1, { error: "wait at least 1 day" })
    .max(60, { error: "wait at most 60 days" }),
});

export const sequenceBody = z.strictObject({
  name: z.string().trim().min(1, { error: "enter a name" }).max(200),
  steps: z
    .array(sequenceStep)
    .min(1, { error: "add at least one step" })
    .max(10, { error: "at most 10 steps" }),
});

export const sequenceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    steps: z.array(
      z.object({ templateId: z.string(), templateName: z.string(), afterDays: z.number().int() }),
    ),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "EmailSequence" });

const creatorIds = z
  .array(z.string().min(1).max(100))
  .min(1, { error: "choose at least one creator" })
  .max(200);

export const bulkPreviewBody = z.strictObject({ ...templateSource, creatorIds });

export const bulkPreviewSchema = z.object({
  items: z.array(
    z.object({
      creatorId: z.string(),
      name: z.string(),
      to: z.string().nullable(),
      subject: z.string(),
      text: z.string(),
      skipReason: z
        .string()
        .nullable()
        .meta({ description: "Why this creator will not be emailed, or null" }),
    }),
  ),
});

export const bulkSendBody = z.strictObject({
  batchId: z
    .uuid()
    .meta({ description: "Chosen once per bulk send; sending the same batch again emails nobody twice" }),
  ...templateSource,
  templateId: z.string().max(100).optional(),
  sequenceId: sequenceIdField.optional(),
  recipients: z
    .array(
      z
        .strictObject({
          creatorId: z.string().min(1).max(100),
          subject: z.string().min(1).max(500).optional(),
          body: z.string().min(1).max(50_000).optional(),
        })
        .refine((r) => (r.subject === undefined) === (r.body === undefined), {
          error: "give both the edited subject and body, or neither",
          path: ["body"],
        }),
    )
    .min(1, { error: "choose at least one creator" })
    .max(200)
    .meta({
      description: "Each creator; an edited subject and body are sent as written, without merge fields",
    }),
});

export const bulkSendSchema = z.object({
  items: z.array(
    z.object({
      creatorId: z.string(),
      outcome: z.enum(["sent", "already_sent", "skipped"]),
      reason: z.string().nullable(),
      messageId: z.string().nullable(),
      status: z.enum(["queued", "sent", "outbox", "failed", "received", "logged"]).nullable(),
    }),
  ),
});
