import { z } from "zod";
import { isoTime, pageOf, pageQuery } from "../../http/schemas.js";
import { ageBuckets, genders } from "../campaigns/ideal-customer-profile.js";
import { accountFields, creatorSchema, platformSchema } from "../creators/routes.types.js";
import { tiers } from "../creators/tiers.js";
import { searchSorts } from "./run-index-query.js";

/** A list parameter: repeated (`niche=a&niche=b`) or comma-separated (`niche=a,b`). */
const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(","))
        .map((v) => v.trim())
        .filter((v) => v.length > 0),
    z.array(item).max(50),
  );
const fraction = z.coerce.number().min(0).max(1);
const count = z.coerce.number().int().min(0);
const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true");

export const searchCreatorsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  platform: listParam(platformSchema).optional(),
  niche: listParam(z.string().toLowerCase().max(60)).optional(),
  country: listParam(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, { error: "use ISO 3166-1 alpha-2 codes" })
      .transform((c) => c.toUpperCase()),
  ).optional(),
  language: listParam(z.string().toLowerCase().min(2).max(8)).optional(),
  tier: listParam(z.enum(tiers)).optional(),
  minFollowers: count.optional(),
  maxFollowers: count.optional(),
  minEngagementRate: fraction.optional().meta({ description: "A fraction: 0.03 is 3%" }),
  maxEngagementRate: fraction.optional(),
  minQuality: z.coerce.number().int().min(0).max(100).optional(),
  hasEmail: booleanParam.optional(),
  audienceCountry: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { error: "use an ISO 3166-1 alpha-2 code" })
    .transform((c) => c.toUpperCase())
    .optional(),
  minAudienceCountryShare: fraction.optional(),
  audienceAge: z.enum(ageBuckets).optional(),
  minAudienceAgeShare: fraction.optional(),
  audienceGender: z.enum(genders).optional(),
  minAudienceGenderShare: fraction.optional(),
  campaignId: z.string().min(1).max(100).optional(),
  excludeConflicts: booleanParam.optional(),
  excludeListId: z.string().min(1).max(100).optional(),
  sort: z.enum(searchSorts).optional(),
  ...pageQuery,
});

/** Discovery's filters alone (no paging, sort or campaign): a planner's candidates, a saved search's content. */
export const creatorFiltersSchema = searchCreatorsQuery
  .omit({
    campaignId: true,
    excludeConflicts: true,
    excludeListId: true,
    sort: true,
    limit: true,
    cursor: true,
  })
  .meta({ id: "CreatorFilters" });

const facet = z.object({ value: z.string(), count: z.number().int() });

export const creatorSearchSchema = pageOf(
  z.object({
    ...accountFields,
    creatorId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    hasEmail: z.boolean(),
    fit: z.number().nullable().meta({ description: "M6 audience fit for campaignId, 0–100" }),
    conflicts: z.array(z.string()).meta({ description: "M5 competitor brands for campaignId" }),
  }),
)
  .extend({
    total: z.number().int(),
    facets: z.object({
      platform: z.array(facet),
      tier: z.array(facet),
      country: z.array(facet),
      niche: z.array(facet),
    }),
  })
  .meta({ id: "CreatorSearch" });

export const fitComponentSchema = z.object({
  name: z.string(),
  weight: z.number(),
  value: z.number().nullable(),
  status: z.enum(["known", "unknown", "not_targeted"]),
});

export const creatorFitSchema = z.object({
  campaignId: z.string(),
  accounts: z.array(
    z.object({
      accountId: z.string(),
      platform: platformSchema,
      handle: z.string(),
      score: z.number().nullable(),
      components: z.array(fitComponentSchema),
      unknown: z.array(z.string()),
      conflicts: z.array(z.string()),
      locationMismatch: z.boolean(),
    }),
  ),
});

export const lookalikesSchema = z.object({
  items: z.array(
    z.object({
      ...accountFields,
      creatorId: z.string(),
      name: z.string(),
      similarity: z.number().meta({ description: "0–1" }),
    }),
  ),
});

export const listSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    creators: z.number().int(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "CreatorList" });

export const listDetailSchema = pageOf(
  z.object({ creator: creatorSchema, note: z.string().nullable(), addedAt: isoTime }),
).extend({ id: z.string(), name: z.string(), description: z.string().nullable() });

export const createListBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2_000).optional(),
});

export const addToListBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        creatorId: z.string().min(1).max(100),
        note: z.string().max(2_000).nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const listToCampaignBody = z.strictObject({ campaignId: z.string().min(1).max(100) });

export const savedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  createdAt: isoTime,
});

export const saveSearchBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  query: z.record(z.string().max(50), z.union([z.string().max(500), z.array(z.string().max(200)).max(50)])),
});
