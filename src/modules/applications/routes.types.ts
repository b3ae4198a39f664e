import { z } from "zod";
import { emailSchema, isoTime, pageOf, pageQuery } from "../../http/schemas.js";
import { countryCode, platformSchema } from "../creators/routes.types.js";

export const applicationStatuses = ["new", "accepted", "declined", "spam"] as const;

const shortText = (max: number) => z.string().trim().max(max);

export const applicationSettingsSchema = z
  .object({
    open: z.boolean().meta({ description: "Whether the public application page takes applications" }),
    pitch: z.string().meta({ description: "A few sentences on the page, under the brand's name" }),
    questions: z.array(z.string()).meta({ description: "Questions the creator answers in their own words" }),
  })
  .meta({ id: "ApplicationSettings" });

export const applicationSettingsBody = z.strictObject({
  open: z.boolean(),
  pitch: shortText(2_000),
  questions: z.array(shortText(500)).max(10, { error: "ask at most 10 questions" }),
});

export const publicFormParams = z.object({ organisationSlug: z.string().min(1).max(100) });
export const publicCampaignFormParams = publicFormParams.extend({ campaignSlug: z.string().min(1).max(100) });

export const applicationFormSchema = z
  .object({
    organisation: z.object({ name: z.string(), slug: z.string() }),
    campaign: z.object({ name: z.string(), slug: z.string() }).nullable(),
    open: z.boolean(),
    pitch: z.string(),
    questions: z.array(z.string()),
  })
  .meta({ id: "ApplicationForm" });

const count = z.number().int().min(0).max(10_000_000_000);

export const applicationBody = z.strictObject({
  name: shortText(200).min(1, { error: "say your name" }),
  email: emailSchema,
  country: countryCode,
  accounts: z
    .array(
      z.strictObject({
        platform: platformSchema.optional(),
        handle: shortText(200).optional(),
        profileUrl: shortText(500)
          .optional()
          .meta({ description: "instagram.com/x, tiktok.com/@x, youtube.com/@x or linkedin.com/in/x" }),
        followers: count.meta({
          // Unknown is never 0: a count the creator does not give cannot be shown in Discovery as 0.
          description: "As the creator states it (required: Discovery never shows an unknown count as 0)",
        }),
      }),
    )
    .min(1, { error: "add at least one account" })
    .max(10),
  niches: z.array(shortText(60).min(1)).max(20).default([]),
  rates: z
    .array(
      z.strictObject({
        deliverable: shortText(200).min(1, { error: "say what the rate is for" }),
        amount: z.number().int().min(0).meta({ description: "Minor units of currency" }),
        currency: z.string().regex(/^[A-Z]{3}$/, { error: "use an ISO 4217 currency code such as EUR" }),
      }),
    )
    .max(20)
    .default([]),
  answers: z.array(shortText(5_000)).max(10).default([]),
  consent: z.boolean().meta({ description: "The creator agrees to be contacted; required" }),
  website: z
    .string()
    .max(500)
    .optional()
    .meta({ description: "Leave empty: a field people never see, so a filled one marks a bot" }),
});

export const applicationReceivedSchema = z
  .object({ received: z.literal(true), message: z.string() })
  .meta({ id: "ApplicationReceived" });

const emailSchemaView = z.object({
  id: z.string(),
  kind: z.enum(["confirmation", "decline"]),
  status: z
    .enum(["queued", "sent", "outbox", "failed", "skipped"])
    .meta({ description: "outbox: no SMTP server is configured; skipped: the address is on do-not-contact" }),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  error: z.string().nullable(),
  sentAt: isoTime.nullable(),
  createdAt: isoTime,
});

const campaignRef = z.object({ id: z.string(), name: z.string() });

export const applicationSchema = z
  .object({
    id: z.string(),
    creatorId: z.string(),
    campaign: campaignRef.nullable().meta({ description: "The campaign whose page it came from" }),
    status: z.enum(applicationStatuses),
    name: z.string(),
    email: z.string(),
    country: z.string(),
    accounts: z.array(z.object({ platform: platformSchema, handle: z.string(), followers: z.number() })),
    niches: z.array(z.string()),
    rates: z.array(z.object({ deliverable: z.string(), amount: z.number(), currency: z.string() })),
    answers: z.array(z.object({ question: z.string(), answer: z.string() })),
    consentedAt: isoTime.meta({ description: "When the creator agreed to be contacted" }),
    decidedAt: isoTime.nullable(),
    decidedBy: z.string().nullable(),
    acceptedCampaign: campaignRef.nullable(),
    emails: z.array(emailSchemaView),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "Application" });

export const applicationPageSchema = pageOf(applicationSchema).extend({
  newCount: z.number().int().meta({ description: "Applications waiting for a decision" }),
});

export const listApplicationsQuery = z.strictObject({
  status: z.enum(applicationStatuses).default("new"),
  ...pageQuery,
});

export const acceptApplicationBody = z.strictObject({
  campaignId: z.string().min(1, { error: "choose a campaign" }).max(100),
});

export const declineApplicationBody = z.strictObject({
  emailCreator: z.boolean().default(false),
  message: shortText(5_000).nullable().optional(),
});
