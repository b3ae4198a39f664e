import { z } from "zod";
import { platforms } from "../creators/tiers.js";
import { complianceRules } from "./finding.js";
import { jurisdictionCodes } from "./jurisdiction.js";
import { materialConnections } from "./material-connection.js";

const list = (what: string) =>
  z.array(z.string().trim().min(1).max(200)).max(100).optional().meta({ description: what });

export function complianceCheckBody() {
  return z.strictObject({
    caption: z
      .string()
      .max(200_000)
      .meta({ description: "The caption or description, as the creator wrote it" }),
    jurisdiction: z.enum(jurisdictionCodes()),
    platform: z.enum(platforms),
    brand: z.string().trim().min(1).max(200).optional(),
    connection: z.enum(materialConnections).optional().meta({
      description: "The material connection (C1); when absent the checker assumes `paid` and says so",
    }),
    requiredHashtags: list("Hashtags the brief requires, with or without #"),
    requiredMentions: list("Handles the brief requires, with or without @"),
    forbiddenTerms: list(
      "Words or claims from the brief's do-nots; each matches its word forms in the jurisdiction's language, or only as written when quoted",
    ),
    trackingLink: z.string().trim().min(1).max(2000).optional(),
    discountCode: z.string().trim().min(1).max(100).optional(),
    requiredDisclosure: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .meta({ description: "The disclosure wording the brief demands" }),
    isVideo: z.boolean().optional().meta({ description: "Defaults to true on TikTok and YouTube" }),
    retouchedImages: z.boolean().optional(),
    virtualImages: z.boolean().optional(),
  });
}

export const complianceResultSchema = z
  .object({
    compliant: z.boolean().meta({ description: "True when there is no error finding" }),
    findings: z.array(
      z.object({
        rule: z.enum(complianceRules),
        severity: z.enum(["error", "warning"]),
        message: z.string(),
        start: z.number().int().meta({ description: "UTF-16 index into the caption" }),
        end: z
          .number()
          .int()
          .meta({ description: "UTF-16 index, exclusive; equal to start when nothing to point at" }),
      }),
    ),
  })
  .meta({ id: "ComplianceResult" });

export const jurisdictionListSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      sources: z.array(z.string()),
    }),
  ),
});
