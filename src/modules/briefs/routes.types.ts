import { z } from "zod";
import { isoTime } from "../../http/schemas.js";
import { briefContentSchema, briefOverrideSchema } from "./brief-content.js";

export const briefSchema = z
  .object({
    campaignId: z.string(),
    creatorId: z.string().nullable(),
    content: briefContentSchema.meta({
      description: "The brief in force, with the creator's override on top",
    }),
    override: briefOverrideSchema.nullable(),
    versions: z.array(
      z.object({
        source: z.enum(["campaign", "creator"]),
        version: z.number().int(),
        savedBy: z.string(),
        savedAt: isoTime,
      }),
    ),
    changes: z
      .array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }))
      .meta({ description: "What the latest version changed, field by field" }),
    updatedAt: isoTime.nullable(),
  })
  .meta({ id: "Brief" });

export const briefFileQuery = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine(
      (name) => ![...name].some((c) => c === "/" || c === "\\" || c.charCodeAt(0) < 32 || c === "\x7f"),
      {
        error: "a file name, without slashes or control characters",
      },
    )
    .meta({ description: "The file's name as the team knows it; its type is read from the bytes" }),
});

export const briefFileParams = z.object({
  campaignId: z.string().min(1).max(100),
  fileId: z.string().min(1).max(100),
});

export const creatorBriefFileParams = briefFileParams.extend({ creatorId: z.string().min(1).max(100) });
