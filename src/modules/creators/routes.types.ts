import { z } from "zod";
import { calendarDate, emailSchema, isoTime, timeInput } from "../../http/schemas.js";
import { ageBuckets, genders } from "../campaigns/ideal-customer-profile.js";
import { platforms, tiers } from "./tiers.js";
import { verifiedAudienceSource } from "./verified-source.js";

export const platformSchema = z.enum(platforms);
const fraction = z.number().min(0).max(1);
const count = z.number().int().min(0);
export const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, { error: "use an ISO 3166-1 alpha-2 code" })
  .transform((c) => c.toUpperCase());

export const qualityFlagSchema = z
  .object({
    code: z.string(),
    severity: z.enum(["warning", "critical"]),
    message: z.string(),
    penalty: z.number(),
    evidence: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
    posts: z.array(z.string()),
  })
  .meta({ id: "QualityFlag", description: "An M4 signal that lowered the quality score, with its evidence" });

export const accountFields = {
  id: z.string(),
  platform: platformSchema,
  handle: z.string(),
  profileUrl: z.string().nullable(),
  followers: z.number().int(),
  tier: z.enum(tiers),
  engagementRate: z
    .number()
    .nullable()
    .meta({ description: "Engagement rate by followers (M2), a fraction" }),
  country: z.string().nullable(),
  language: z.string().nullable(),
  niches: z.array(z.string()),
  following: z.number().int().nullable(),
  postsCount: z.number().int().nullable(),
  city: z.string().nullable(),
  bio: z.string().nullable(),
  contactEmail: z.string().nullable(),
  engagementRateViews: z
    .number()
    .nullable()
    .meta({ description: "Engagement rate by views (M2), a fraction" }),
  qualityScore: z.number().int().meta({ description: "M4 quality score, 0–100" }),
  qualityFlags: z.array(qualityFlagSchema),
  sponsoredShare: z.number().nullable().meta({ description: "M5 sponsored share of the last 90 days" }),
  saturation: z.enum(["none", "saturated", "strong"]),
  sponsoredBrands: z.array(z.string()),
  lastEnrichedAt: z.string().nullable(),
};

const creatorSourceSchema = z
  .enum(["application"])
  .nullable()
  .meta({ description: "application: the creator applied on the public page; null: the team added them" });

export const socialAccountSchema = z.object(accountFields).meta({ id: "SocialAccount" });

export const creatorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    source: creatorSourceSchema,
    accounts: z.array(socialAccountSchema),
    createdAt: isoTime,
  })
  .meta({ id: "Creator" });

const postInput = z.strictObject({
  externalId: z.string().trim().min(1).max(200),
  postedAt: timeInput.transform((t) => new Date(t).toISOString()),
  caption: z.string().max(5_000).nullable().optional(),
  likes: count.nullable().optional(),
  comments: count.nullable().optional(),
  shares: count.nullable().optional(),
  saves: count.nullable().optional(),
  views: count.nullable().optional(),
  sponsored: z.boolean().optional(),
  brands: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  commentTexts: z.array(z.string().max(2_000)).max(200).optional(),
});

const snapshotInput = z.strictObject({
  takenOn: calendarDate,
  followers: count,
});

const shares = <K extends string>(keys: readonly [K, ...K[]]) => z.partialRecord(z.enum(keys), fraction);

const audienceInput = z.strictObject({
  countries: z
    .record(z.string().regex(/^[A-Z]{2}$/, { error: "use upper-case ISO 3166-1 alpha-2 codes" }), fraction)
    .optional(),
  ages: shares(ageBuckets).optional(),
  genders: shares(genders).optional(),
  credibility: fraction.nullable().optional(),
  source: z
    .string()
    .max(100)
    .refine((source) => source !== verifiedAudienceSource, {
      error: "is kept for audience data the creator verified by connecting their account",
    })
    .optional(),
});

const accountDataFields = {
  following: count.nullable().optional(),
  postsCount: count.nullable().optional(),
  country: countryCode.nullable().optional(),
  city: z.string().trim().max(200).nullable().optional(),
  language: z.string().min(2).max(8).nullable().optional(),
  niches: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(30).optional(),
  bio: z.string().max(5_000).nullable().optional(),
  contactEmail: emailSchema.nullable().optional(),
  engagementRate: fraction.nullable().optional(),
  posts: z.array(postInput).max(500).optional(),
  snapshots: z.array(snapshotInput).max(2_000).optional(),
  audience: audienceInput.optional(),
};

export const createCreatorBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: emailSchema.optional(),
  accounts: z
    .array(
      z.strictObject({
        platform: platformSchema,
        handle: z
          .string()
          .trim()
          .min(1)
          .max(300)
          .meta({ description: "The handle, or the profile URL on the platform" }),
        followers: count,
        ...accountDataFields,
      }),
    )
    .max(20),
});

export const updateAccountBody = z.strictObject({ followers: count.optional(), ...accountDataFields });

export const accountParams = z.object({
  creatorId: z.string().min(1).max(100),
  accountId: z.string().min(1).max(100),
});

const postView = z.object({
  externalId: z.string(),
  postedAt: z.string(),
  caption: z.string().nullable(),
  likes: z.number().nullable(),
  comments: z.number().nullable(),
  shares: z.number().nullable(),
  saves: z.number().nullable(),
  views: z.number().nullable(),
  engagements: z.number().nullable(),
  sponsored: z.boolean(),
  brands: z.array(z.string()),
});

export const creatorProfileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    source: creatorSourceSchema,
    createdAt: isoTime,
    accounts: z.array(
      z.object({
        ...accountFields,
        followerHistory: z.array(z.object({ takenOn: z.string(), followers: z.number() })),
        recentPosts: z.array(postView),
        audience: z
          .object({
            countries: z.record(z.string(), z.number()),
            ages: z.record(z.string(), z.number()),
            genders: z.record(z.string(), z.number()),
            credibility: z.number().nullable(),
            source: z.string(),
            updatedAt: z.string(),
          })
          .nullable(),
        sentiment: z
          .object({
            comments: z.number(),
            positive: z.number(),
            neutral: z.number(),
            negative: z.number(),
            examples: z.object({ positive: z.array(z.string()), negative: z.array(z.string()) }),
          })
          .nullable(),
        brandSafety: z.array(
          z.object({
            topic: z.string(),
            posts: z.array(z.object({ externalId: z.string(), terms: z.array(z.string()) })),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "CreatorProfile" });

export const updateCreatorBody = z.strictObject({
  name: z.string().trim().min(1, { error: "must not be empty" }).max(200).optional(),
  email: emailSchema.nullable().optional().meta({ description: "null removes the email" }),
});

export const mergeCreatorsBody = z.strictObject({
  duplicateId: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: "The creator folded into this one and removed" }),
  keep: z
    .strictObject({
      name: z.enum(["survivor", "duplicate"]).optional(),
      email: z.enum(["survivor", "duplicate"]).optional(),
    })
    .optional()
    .meta({ description: "Whose name and email stay; the survivor's unless said otherwise" }),
});

export const importParams = z.object({ importId: z.string().min(1).max(100) });

export const uploadImportBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  format: z.enum(["csv", "json"]).optional().meta({ description: "From the file name when left out" }),
  content: z.string().min(1, { error: "the file is empty" }).max(10_000_000, { error: "files up to 10 MB" }),
});

export const startImportBody = z.strictObject({
  mapping: z
    .record(z.string().max(500), z.string().max(40).nullable())
    .meta({ description: "Column → field it fills (see the preview's fields), or null to leave it out" }),
  platform: platformSchema.optional().meta({ description: "Platform for rows without one or a profile URL" }),
});

export const creatorImportSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    format: z.enum(["csv", "json"]),
    status: z.enum(["uploaded", "queued", "running", "done", "failed"]),
    totalRows: z.number().int(),
    rowsRead: z.number().int(),
    imported: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    rejections: z
      .array(z.object({ line: z.number().int(), field: z.string(), message: z.string() }))
      .meta({ description: "The first 100 rejected rows; the rejected-rows CSV has up to 1,000" }),
    error: z.string().nullable(),
    platform: z.string().nullable(),
    preview: z.object({
      columns: z.array(
        z.object({ name: z.string(), field: z.string().nullable(), samples: z.array(z.string()) }),
      ),
      rows: z.array(z.array(z.string())),
    }),
    fields: z.array(z.string()).meta({ description: "The fields a column can fill" }),
    createdAt: isoTime,
    finishedAt: isoTime.nullable(),
  })
  .meta({ id: "CreatorImport" });

const basis = z.enum(["measured", "estimated", "mixed", "unknown"]);

export const creatorHistorySchema = z.object({
  items: z.array(
    z.object({
      campaignId: z.string(),
      name: z.string(),
      brand: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      currency: z.string(),
      stage: z.string(),
      stageChangedAt: isoTime,
      contract: z
        .object({
          version: z.number().int(),
          committedAmount: z.number().int().meta({ description: "Minor units of currency" }),
          currency: z.string(),
          acceptedAt: isoTime,
        })
        .nullable(),
      results: z
        .object({
          posts: z.number().int(),
          reach: z.number().nullable(),
          engagements: z.number().nullable(),
          clicks: z.number().int(),
          orders: z.number().int(),
          revenue: z.number().int().meta({ description: "Minor units of the campaign currency" }),
          basis: z.object({ reach: basis, engagements: basis }),
        })
        .nullable(),
    }),
  ),
});

export const feeEstimateQuery = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { error: "use an ISO 4217 code such as USD" })
    .transform((c) => c.toUpperCase())
    .default("USD"),
});

export const feeEstimateSchema = z.object({
  items: z.array(
    z.object({
      accountId: z.string(),
      platform: platformSchema,
      handle: z.string(),
      format: z.string(),
      currency: z.string(),
      expected: z.number().int().meta({ description: "Minor units" }),
      low: z.number().int(),
      high: z.number().int(),
      basis: z.enum(["history", "default"]),
      pastFees: z.number().int(),
    }),
  ),
});
