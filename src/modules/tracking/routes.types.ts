import { z } from "zod";
import { isoTime, pageOf, timeInput } from "../../http/schemas.js";

export const createLinkBody = z.strictObject({
  creatorId: z.string().min(1).max(100),
  destinationUrl: z.string().min(1).max(2_000).meta({ description: "http or https URL" }),
  slug: z
    .string()
    .max(64)
    .optional()
    .meta({ description: "Custom code (3–64 letters, digits, - or _); default a random 8-character code" }),
  deliverableId: z.string().min(1).max(100).optional(),
});

export const linkSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    shortUrl: z.string(),
    destinationUrl: z.string(),
    targetUrl: z.string().meta({ description: "Destination with UTM parameters; each click adds amp_cid" }),
    status: z.enum(["active", "disabled"]),
    campaignId: z.string(),
    creatorId: z.string(),
    deliverableId: z.string().nullable(),
    createdAt: isoTime,
  })
  .meta({ id: "TrackingLink" });

export const linkWithCountsSchema = linkSchema.extend({
  clicks: z.number().int().meta({ description: "Human clicks, all time" }),
  botClicks: z.number().int(),
});

export const linkListSchema = pageOf(linkWithCountsSchema);

export const updateLinkBody = z.strictObject({ status: z.enum(["active", "disabled"]) });

export const qrQuery = z.object({ format: z.enum(["png", "svg"]).default("png") });

export const analyticsQuery = z.object({
  from: timeInput.optional().meta({ description: "Default 30 days before `to`" }),
  to: timeInput.optional().meta({ description: "Default now" }),
  granularity: z.enum(["hour", "day"]).default("day"),
  creatorId: z.string().min(1).max(100).optional(),
});

const counts = {
  clicks: z.number().int(),
  botClicks: z.number().int(),
  uniqueVisitors: z.number().int(),
};
const breakdown = z.array(z.object({ value: z.string(), clicks: z.number().int() }));

export const analyticsSchema = z
  .object({
    from: isoTime,
    to: isoTime,
    granularity: z.enum(["hour", "day"]),
    totals: z.object(counts),
    series: z.array(z.object({ bucket: z.string(), ...counts })),
    byDevice: breakdown,
    byCountry: breakdown,
    byReferrer: breakdown,
    byCreator: z.array(z.object({ creatorId: z.string(), ...counts })),
  })
  .meta({ id: "LinkAnalytics", description: "Human clicks; bots counted apart in botClicks" });
