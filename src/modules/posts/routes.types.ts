import { z } from "zod";
import { calendarDate, isoTime, timeInput } from "../../http/schemas.js";
import { dayMs } from "../../shared/time.js";
import { platformSchema } from "../creators/routes.types.js";

export const contentFormats = [
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

const count = z.number().int().min(0).nullable().optional();

export const amplificationBody = z
  .strictObject({
    kind: z.enum(["whitelisting", "boost"]),
    spend: z.number().int().min(0).meta({ description: "Minor units of the campaign currency" }),
    startDate: calendarDate,
    endDate: calendarDate,
  })
  // Paid boosts run for days or weeks: a longer span is a slip, and the report spreads spend over each of its days.
  .refine((a) => a.endDate >= a.startDate, { error: "must be on or after startDate", path: ["endDate"] })
  .refine((a) => Date.parse(a.endDate) - Date.parse(a.startDate) <= 366 * dayMs, {
    error: "an amplification runs at most 366 days",
    path: ["endDate"],
  });

export const livePostBody = z.strictObject({
  creatorId: z.string().min(1).max(100),
  platform: platformSchema,
  format: z.enum(contentFormats),
  url: z.string().min(1).max(2_000),
  postedAt: timeInput,
  caption: z.string().max(100_000).optional(),
  amplifications: z.array(amplificationBody).max(20).optional(),
});

export const metricsBody = z.strictObject({
  capturedAt: timeInput.optional(),
  impressions: count,
  reach: count,
  views: count,
  likes: count,
  comments: count,
  shares: count,
  saves: count,
  linkClicks: count,
});

const metricFields = {
  impressions: z.number().nullable(),
  reach: z.number().nullable(),
  views: z.number().nullable(),
  likes: z.number().nullable(),
  comments: z.number().nullable(),
  shares: z.number().nullable(),
  saves: z.number().nullable(),
  linkClicks: z.number().nullable(),
};

export const snapshotSchema = z
  .object({
    id: z.string(),
    capturedAt: isoTime,
    source: z.enum(["manual", "portal", "csv", "youtube", "instagram", "creator"]),
    ...metricFields,
  })
  .meta({ id: "PostMetricSnapshot" });

export const livePostSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    platform: platformSchema,
    format: z.enum(contentFormats),
    url: z.string(),
    postedAt: isoTime,
    caption: z.string().nullable(),
    compliance: z
      .object({
        compliant: z.boolean(),
        findings: z.array(
          z.object({
            rule: z.string(),
            severity: z.enum(["error", "warning"]),
            message: z.string(),
            start: z.number(),
            end: z.number(),
          }),
        ),
      })
      .nullable()
      .meta({ description: "The disclosure check of the live caption (C1–C7)" }),
    amplifications: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["whitelisting", "boost"]),
        spend: z.number().int(),
        startDate: z.string(),
        endDate: z.string(),
      }),
    ),
    paidSpend: z.number().int(),
    latestMetrics: snapshotSchema.nullable(),
  })
  .meta({ id: "LivePost" });

export const importResultSchema = z.object({
  imported: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
});

const sentimentSummary = {
  comments: z.number().int(),
  positive: z.number().int().meta({ description: "Comments with a VADER compound score ≥ 0.05" }),
  neutral: z.number().int(),
  negative: z.number().int().meta({ description: "Comments with a VADER compound score ≤ −0.05" }),
  meanCompound: z
    .number()
    .nullable()
    .meta({ description: "Mean VADER compound score, −1 … 1; null without comments" }),
};

const sentimentExample = z.object({
  commentId: z.string(),
  text: z.string(),
  compound: z.number(),
  postedAt: isoTime,
  postId: z.string(),
  postUrl: z.string(),
  platform: platformSchema,
  creatorId: z.string(),
  creatorName: z.string(),
});

export const campaignSentimentSchema = z
  .object({
    totals: z.object(sentimentSummary),
    byDay: z.array(
      z.object({ day: z.string().meta({ description: "UTC date, YYYY-MM-DD" }), ...sentimentSummary }),
    ),
    byPost: z.array(
      z.object({
        postId: z.string(),
        creatorId: z.string(),
        platform: platformSchema,
        url: z.string(),
        ...sentimentSummary,
      }),
    ),
    examples: z.object({ positive: z.array(sentimentExample), negative: z.array(sentimentExample) }),
  })
  .meta({ id: "CampaignSentiment" });
