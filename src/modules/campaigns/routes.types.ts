import { z } from "zod";
import { calendarDate, isoTime, pageOf, pageQuery } from "../../http/schemas.js";
import { platformSchema } from "../creators/routes.types.js";
import { tiers } from "../creators/tiers.js";
import { planningPhases } from "./campaign-plan.js";
import { collaborationTypes } from "./collaboration-types.js";
import { campaignGoals, kpiComparisons, kpiMetricNames } from "./goals.js";
import { genders } from "./ideal-customer-profile.js";
import { stages } from "./stages.js";

const minorUnits = z
  .number()
  .int({ error: "money is a whole number of minor units" })
  .min(0, { error: "must not be negative" })
  .max(1_000_000_000_000);

export const stageSchema = z.enum(stages);
export const collaborationTypeSchema = z.enum(collaborationTypes);

export const kpiInputSchema = z.strictObject({
  metric: z.enum(kpiMetricNames),
  comparison: z
    .enum(kpiComparisons)
    .meta({ description: "gte: at least the target; lte: at most the target" }),
  target: z
    .number()
    .min(0)
    .meta({ description: "Counts as counts, rates as fractions (0.03 = 3%), money in minor units" }),
});

const personaInputSchema = z
  .strictObject({
    name: z.string().trim().min(1, { error: "give the persona a name" }).max(120),
    description: z.string().trim().max(1_000).nullable().optional(),
    motivations: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  })
  .meta({ id: "PersonaInput" });

export const idealCustomerProfileSchema = z
  .strictObject({
    countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, { error: "use ISO 3166-1 alpha-2 codes" }))
      .max(250)
      .default([]),
    ageMin: z.number().int().min(13).max(100).nullable().default(null),
    ageMax: z.number().int().min(13).max(100).nullable().default(null),
    genders: z.array(z.enum(genders)).max(3).default([]),
    niches: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
    languages: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, { error: "use ISO 639-1 codes" }))
      .max(50)
      .default([]),
    tiers: z.array(z.enum(tiers)).max(6).default([]),
    personas: z.array(personaInputSchema).max(12).default([]),
  })
  .meta({ id: "IdealCustomerProfile" });

const campaignFields = {
  name: z.string().trim().min(1).max(200),
  goal: z.enum(campaignGoals),
  startDate: calendarDate,
  endDate: calendarDate,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "use an ISO 4217 code such as EUR" })
    .meta({ example: "EUR" }),
  brand: z.string().trim().max(200).optional(),
  budget: minorUnits.nullable().optional().meta({ description: "Minor units of the currency" }),
  attributionWindowDays: z.number().int().min(1).max(365).optional().meta({ description: "Default 30" }),
  idealCustomerProfile: idealCustomerProfileSchema.optional(),
  competitorBrands: z.array(z.string().trim().min(1).max(120)).max(50).optional(),
  kpis: z.array(kpiInputSchema).max(20).optional(),
};

export const createCampaignBody = z.strictObject(campaignFields);
export const updateCampaignBody = z
  .strictObject({
    ...campaignFields,
    archived: z.boolean().meta({
      description: "true archives the campaign (hidden from the list by default); false restores it",
    }),
  })
  .partial();

export const listCampaignsQuery = z.strictObject({
  ...pageQuery,
  status: z
    .enum(["active", "archived", "all"])
    .default("active")
    .meta({ description: "Which campaigns: active (default), archived, or all" }),
});

export const duplicateCampaignBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional().meta({ description: "Default: the name with “(copy)”" }),
});

export const campaignSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    brand: z.string(),
    goal: z.enum(campaignGoals),
    funnelRole: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    currency: z.string(),
    budget: z.number().int().nullable(),
    attributionWindowDays: z.number().int(),
    idealCustomerProfile: z.object({
      countries: z.array(z.string()),
      ageMin: z.number().nullable(),
      ageMax: z.number().nullable(),
      genders: z.array(z.enum(genders)),
      niches: z.array(z.string()),
      languages: z.array(z.string()),
      tiers: z.array(z.enum(tiers)),
      personas: z.array(
        z.object({ name: z.string(), description: z.string().nullable(), motivations: z.array(z.string()) }),
      ),
    }),
    competitorBrands: z.array(z.string()),
    kpis: z.array(
      z.object({
        metric: z.enum(kpiMetricNames),
        comparison: z.enum(kpiComparisons),
        target: z.number(),
        unit: z.enum(["count", "fraction", "money", "ratio"]),
      }),
    ),
    archivedAt: isoTime.nullable().meta({ description: "When the campaign was archived; null while active" }),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "Campaign" });

export const campaignListSchema = pageOf(
  campaignSchema.extend({ creatorsByStage: z.partialRecord(stageSchema, z.number().int()) }),
);

export const campaignPlanSchema = z
  .object({
    campaignId: z.string(),
    currentPhase: z.enum(planningPhases),
    phases: z.array(
      z.object({
        phase: z.enum(planningPhases),
        question: z.string(),
        keyActions: z.array(z.string()),
        primaryMetrics: z.array(z.string()),
        missing: z.array(z.string()),
        status: z.enum(["done", "current", "upcoming"]),
      }),
    ),
  })
  .meta({ id: "CampaignPlan" });

export const campaignBudgetSchema = z
  .object({
    currency: z.string(),
    budget: z.number().int().nullable(),
    contracted: z
      .number()
      .int()
      .meta({ description: "Fixed fees and product value of the contracts in force" }),
    committed: z
      .number()
      .int()
      .meta({ description: "Contracts in force (fees, product value) plus the campaign-level costs" }),
    forecast: z.number().int(),
    campaignCosts: z
      .number()
      .int()
      .meta({ description: "Campaign-level costs entered (M7), counted in committed and forecast" }),
    remaining: z.number().int().nullable(),
    excludes: z.array(z.string()),
  })
  .meta({ id: "CampaignBudget" });

export const pipelineEntrySchema = z
  .object({
    creatorId: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    primaryAccount: z
      .object({
        platform: platformSchema,
        handle: z.string(),
        followers: z.number().int(),
        tier: z.enum(tiers),
      })
      .nullable(),
    stage: stageSchema,
    stageReason: z.string().nullable(),
    stageChangedAt: isoTime,
    collaborationType: collaborationTypeSchema.nullable(),
    termMonths: z.number().int().nullable(),
    deliverablesPerMonth: z.number().int().nullable(),
    termEndsOn: z.string().nullable(),
    contract: z
      .object({
        id: z.string(),
        version: z.number().int(),
        committedAmount: z.number().int(),
        model: z.string(),
      })
      .nullable(),
    openOffer: z
      .object({
        id: z.string(),
        version: z.number().int(),
        proposedBy: z.enum(["brand", "creator"]),
        committedAmount: z.number().int(),
      })
      .nullable(),
    overdue: z
      .object({
        count: z.number().int(),
        earliestDueDate: z.string().meta({ description: "The earliest due date missed, YYYY-MM-DD" }),
      })
      .nullable()
      .meta({ description: "Deliverables past their due date and not yet approved or live; null when none" }),
    addedAt: isoTime,
  })
  .meta({ id: "CampaignCreator" });

export const addCampaignCreatorBody = z.strictObject({
  creatorId: z.string().min(1).max(100),
  stage: stageSchema
    .optional()
    .meta({ description: "Default shortlisted; later stages follow the pipeline rules" }),
  reason: z.string().trim().max(500).optional(),
  collaborationType: collaborationTypeSchema.optional(),
});

export const addCampaignCreatorsBody = z.strictObject({
  creatorIds: z.array(z.string().min(1).max(100)).min(1).max(5000),
});

export const addedCreatorsSchema = z.object({ added: z.number().int(), alreadyIn: z.number().int() });

export const updateCampaignCreatorBody = z.strictObject({
  stage: stageSchema.optional(),
  reason: z.string().trim().max(500).optional(),
  collaborationType: collaborationTypeSchema.nullable().optional(),
  termMonths: z.number().int().min(1).max(60).nullable().optional(),
  deliverablesPerMonth: z.number().int().min(1).max(100).nullable().optional(),
  termEndsOn: calendarDate.nullable().optional(),
});

export const stageChangeListSchema = pageOf(
  z.object({
    creatorId: z.string(),
    from: stageSchema.nullable(),
    to: stageSchema,
    reason: z.string().nullable(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), label: z.string() }),
    at: isoTime,
  }),
);

export const campaignCreatorParams = z.object({
  campaignId: z.string().min(1).max(100),
  creatorId: z.string().min(1).max(100),
});

const campaignCostFields = {
  description: z
    .string()
    .trim()
    .min(1, { error: "say what the cost was for" })
    .max(300)
    .meta({ description: "What the cost was for", example: "Photo shoot for the launch" }),
  amount: minorUnits
    .min(1, { error: "must be more than zero" })
    .meta({ description: "Minor units of the campaign currency" }),
  incurredOn: calendarDate.meta({ description: "The day the cost fell on: where spend by day counts it" }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: "use an ISO 4217 code such as EUR" })
    .optional()
    .meta({ description: "The campaign's currency, to confirm it; another one is refused, never converted" }),
};

export const campaignCostParams = z.object({
  campaignId: z.string().min(1).max(100),
  costId: z.string().min(1).max(100),
});
export const addCampaignCostBody = z.strictObject(campaignCostFields);
export const updateCampaignCostBody = z.strictObject(campaignCostFields).partial();

export const campaignCostSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    description: z.string(),
    amount: z.number().int().meta({ description: "Minor units of currency" }),
    currency: z.string(),
    incurredOn: z.string().meta({ description: "YYYY-MM-DD" }),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "CampaignCost" });

export const campaignCostListSchema = pageOf(campaignCostSchema).extend({
  total: z
    .number()
    .int()
    .meta({ description: "Every cost of the campaign added up, minor units of currency" }),
  currency: z.string(),
});
