import { z } from "zod";
import { emailSchema, isoTime, limitSchema } from "../../http/schemas.js";
import { platforms, tiers } from "./tiers.js";

export const platformSchema = z.enum(platforms);

const accountFields = {
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
};

export const socialAccountSchema = z.object(accountFields).meta({ id: "SocialAccount" });

export const creatorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    accounts: z.array(socialAccountSchema),
    createdAt: isoTime,
  })
  .meta({ id: "Creator" });

export const createCreatorBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: emailSchema.optional(),
  accounts: z
    .array(
      z.strictObject({
        platform: platformSchema,
        handle: z.string().trim().min(1).max(100),
        followers: z.number().int().min(0),
        country: z
          .string()
          .regex(/^[A-Za-z]{2}$/, { error: "use an ISO 3166-1 alpha-2 code" })
          .transform((c) => c.toUpperCase())
          .optional(),
        language: z.string().min(2).max(8).optional(),
        niches: z.array(z.string().trim().toLowerCase().min(1).max(60)).max(30).optional(),
        engagementRate: z.number().min(0).max(1).optional(),
      }),
    )
    .max(20),
});

export const listCreatorsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  platform: platformSchema.optional(),
  limit: limitSchema,
  cursor: z.string().max(200).optional(),
});

export const creatorAccountListSchema = z.object({
  total: z.number().int(),
  items: z.array(z.object({ ...accountFields, creatorId: z.string(), name: z.string() })),
  nextCursor: z.string().nullable(),
});
