import { z } from "zod";
import { isoTime } from "../../http/schemas.js";
import { youtubeChannelsPerCall } from "./youtube-client.js";

const channelId = z
  .string()
  .regex(/^UC[\w-]{22}$/, { error: "a YouTube channel id such as UC_x5XG1OV2P6uZZ5FSM9Ttw" });

export const youtubeSearchQuery = z.strictObject({
  q: z.string().trim().min(1, { error: "enter a keyword" }).max(200).meta({ description: "Keywords" }),
  regionCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: "use a two-letter country code such as US" })
    .transform((c) => c.toUpperCase())
    .optional()
    .meta({ description: "ISO 3166-1 alpha-2: channels relevant to viewers in this country" }),
  relevanceLanguage: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z]{2,4})?$/, { error: "use a language code such as en or zh-Hans" })
    .optional()
    .meta({ description: "ISO 639-1: channels most relevant to this language" }),
  pageToken: z
    .string()
    .max(200)
    .regex(/^[\w-]+$/, { error: "use the nextPageToken of the previous page" })
    .optional()
    .meta({ description: "The nextPageToken of the previous page; leave out for the first page" }),
  maxResults: z.coerce
    .number()
    .int()
    .min(1)
    .max(youtubeChannelsPerCall)
    .default(25)
    .meta({ description: "Channels per page: 25 unless given, at most 50" }),
});

export const youtubeQuotaSchema = z
  .object({
    usedToday: z.number().int().meta({
      description:
        "Units Amplio spent today with the organisation's key (searches 100, other calls 1), by its own count of the calls Google answered",
    }),
    dailyLimit: z.number().int().meta({ description: "Google's default daily quota per project" }),
    resetsAt: isoTime.meta({ description: "The next midnight Pacific time, when Google resets the quota" }),
  })
  .meta({ id: "YouTubeQuota" });

export const youtubeChannelSchema = z
  .object({
    channelId: z.string(),
    title: z.string(),
    handle: z
      .string()
      .nullable()
      .meta({ description: "The channel's @handle without the @; null when it has none" }),
    description: z.string(),
    country: z.string().nullable(),
    language: z.string().nullable(),
    thumbnailUrl: z.string().nullable(),
    subscribers: z.number().int().nullable().meta({
      description:
        "Rounded by YouTube to three significant figures; null when the channel hides it (never 0)",
    }),
    subscribersHidden: z.boolean(),
    videos: z.number().int().nullable(),
    views: z.number().int().nullable(),
    creatorId: z
      .string()
      .nullable()
      .meta({ description: "The creator this channel already is; null when new" }),
  })
  .meta({ id: "YouTubeChannel" });

export const youtubeSearchSchema = z.object({
  items: z.array(youtubeChannelSchema),
  nextPageToken: z
    .string()
    .nullable()
    .meta({ description: "Pass as pageToken for the next page; null on the last" }),
  totalResults: z
    .number()
    .int()
    .nullable()
    .meta({ description: "YouTube's estimate of the matches, not a count" }),
  quota: youtubeQuotaSchema,
});

export const addYouTubeChannelsBody = z.strictObject({
  channelIds: z.array(channelId).min(1, { error: "choose at least one channel" }).max(youtubeChannelsPerCall),
  listId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: "A shortlist to add the creators to as well" }),
});

export const addYouTubeChannelsSchema = z.object({
  channels: z.array(
    z.object({
      channelId: z.string(),
      title: z.string().nullable(),
      outcome: z.enum(["created", "existing", "skipped"]),
      creatorId: z.string().nullable(),
      reason: z.string().nullable().meta({ description: "Why a skipped channel was not added" }),
    }),
  ),
  created: z.number().int(),
  existing: z.number().int(),
  skipped: z.number().int(),
  list: z
    .object({ id: z.string(), added: z.number().int(), alreadyIn: z.number().int() })
    .nullable()
    .meta({ description: "What adding to the list did; null when no list was given" }),
  quota: youtubeQuotaSchema,
});
