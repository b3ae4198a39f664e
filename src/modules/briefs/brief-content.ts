import { z } from "zod";
import { calendarDate } from "../../http/schemas.js";
import { jurisdictionCodes } from "../compliance/jurisdiction.js";

const line = z.string().trim().min(1).max(500);
const lines = z.array(line).max(50);
const tags = z.array(z.string().trim().min(1).max(100)).max(30);
/** How many files one brief (or one creator's override) may carry. */
export const maxReferenceFiles = 30;

const fields = {
  objective: z.string().trim().max(2000),
  keyMessages: lines,
  talkingPoints: lines,
  creativeGuidelines: z.string().trim().max(5000),
  dos: lines,
  donts: lines,
  requiredHashtags: tags,
  requiredMentions: tags,
  forbiddenTerms: z.array(z.string().trim().min(1).max(200)).max(100),
  requiredDisclosure: z.string().trim().max(500),
  jurisdiction: z.enum(jurisdictionCodes()),
  trackingLink: z.string().trim().max(2000),
  discountCode: z.string().trim().max(100),
  referenceLinks: z
    .array(z.strictObject({ label: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https?$/ }) }))
    .max(30),
  deadlines: z
    .array(z.strictObject({ label: z.string().trim().min(1).max(200), date: calendarDate }))
    .max(30),
  referenceFiles: z
    .array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        contentType: z.string().meta({ description: "Read from the file's bytes, not its name" }),
        size: z.number().int().meta({ description: "Bytes" }),
      }),
    )
    .max(maxReferenceFiles)
    .meta({ description: "Uploaded through the brief's files routes, never set by saving the brief" }),
};

/** What a brief tells a creator; the hashtags, mentions, terms and wording feed the compliance check (C6). */
export const briefContentSchema = z.strictObject(fields).meta({ id: "BriefContent" });

/** The campaign's brief as sent: every field may be left out and starts empty; files have routes of their own. */
export const briefInputSchema = z
  .strictObject({
    objective: fields.objective.default(""),
    keyMessages: lines.default([]),
    talkingPoints: lines.default([]),
    creativeGuidelines: fields.creativeGuidelines.default(""),
    dos: lines.default([]),
    donts: lines.default([]),
    requiredHashtags: tags.default([]),
    requiredMentions: tags.default([]),
    forbiddenTerms: fields.forbiddenTerms.default([]),
    requiredDisclosure: fields.requiredDisclosure.default(""),
    jurisdiction: fields.jurisdiction.default("us"),
    trackingLink: fields.trackingLink.default(""),
    discountCode: fields.discountCode.default(""),
    referenceLinks: fields.referenceLinks.default([]),
    deadlines: fields.deadlines.default([]),
  })
  .meta({ description: "Every field may be left out and starts empty" });

export type BriefContent = z.infer<typeof briefContentSchema>;
export type BriefInput = z.infer<typeof briefInputSchema>;
export type BriefField = keyof BriefContent;
export type ReferenceFile = BriefContent["referenceFiles"][number];

/**
 * A creator's override sets only the fields that differ from the campaign's brief; its reference files, when it
 * has any, replace the campaign's for that creator.
 */
export const briefOverrideSchema = briefContentSchema.partial().meta({ id: "BriefOverride" });
export type BriefOverride = z.infer<typeof briefOverrideSchema>;

/** An override as sent: files have routes of their own. */
export const briefOverrideInputSchema = briefContentSchema
  .omit({ referenceFiles: true })
  .partial()
  .meta({ id: "BriefOverrideBody" });
export type BriefOverrideInput = z.infer<typeof briefOverrideInputSchema>;

export const emptyBrief: BriefContent = { ...briefInputSchema.parse({}), referenceFiles: [] };

export interface BriefChange {
  field: BriefField;
  before: unknown;
  after: unknown;
}

/** What changed between two versions, field by field, in the brief's own order. */
export function briefChanges(before: BriefContent | null, after: BriefContent): BriefChange[] {
  const previous = before ?? emptyBrief;
  return (Object.keys(after) as BriefField[])
    .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: previous[field], after: after[field] }));
}
