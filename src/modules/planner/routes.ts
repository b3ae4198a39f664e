import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, idParam, jsonResponse } from "../../http/schemas.js";
import { platforms, tiers } from "../creators/tiers.js";
import { creatorFiltersSchema } from "../discovery/routes.types.js";
import { getCampaignReport } from "../reports/get-campaign-report.js";
import { planningGoals } from "./forecast-outcomes.js";
import { checkedMetrics, checkForecasts } from "./forecast-vs-actual.js";
import { planCampaign } from "./plan-campaign.js";

const countRange = z.strictObject({
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});
const interval = z.object({ expected: z.number(), low: z.number(), high: z.number() });

const candidateSourceSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("pipeline") }),
    z.strictObject({ kind: z.literal("list"), listId: z.string().min(1).max(100) }),
    z.strictObject({ kind: z.literal("savedSearch"), savedSearchId: z.string().min(1).max(100) }),
    z.strictObject({ kind: z.literal("filters"), filters: creatorFiltersSchema }),
  ])
  .meta({
    id: "PlanCandidates",
    description:
      "Whom to plan over: the campaign's pipeline (default), a creator list, a saved search, or discovery's filters",
  });

export const planRequestBody = z.strictObject({
  budget: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: "Minor units of the campaign currency; default the campaign budget" }),
  goal: z.enum(planningGoals).optional().meta({ description: "Default follows the campaign goal" }),
  candidates: candidateSourceSchema.optional(),
  creatorIds: z
    .array(z.string().min(1).max(100))
    .max(5_000)
    .optional()
    .meta({ description: "Exactly these creators; `candidates` is the usual way to choose them" }),
  perTier: z.partialRecord(z.enum(tiers), countRange).optional(),
  perPlatform: z.partialRecord(z.enum(platforms), countRange).optional(),
  perCountry: z
    .record(z.string().regex(/^[A-Z]{2}$/, { error: "use ISO 3166-1 alpha-2 codes" }), countRange)
    .optional(),
  maxShareOfBudget: z.number().gt(0).max(1).optional(),
  minQuality: z.number().min(0).max(100).optional(),
  maxDeliverablesPerCreator: z.number().int().min(1).max(12).optional(),
  averageOrderValue: z.number().int().min(0).optional(),
});

const plannedCreator = z.object({
  accountId: z.string(),
  creatorId: z.string(),
  name: z.string(),
  platform: z.enum(platforms),
  handle: z.string(),
  tier: z.enum(tiers),
  followers: z.number(),
  inPipeline: z.boolean().meta({ description: "Already in the campaign's pipeline: not to be added again" }),
  deliverables: z.number().int(),
  format: z.string(),
  price: z.object({
    expected: z.number(),
    low: z.number(),
    high: z.number(),
    basis: z.enum(["quote", "history", "default"]),
    historyCount: z.number(),
  }),
  cost: z.number(),
  forecast: z.object(
    Object.fromEntries(planningGoals.map((g) => [g, interval])) as Record<
      (typeof planningGoals)[number],
      typeof interval
    >,
  ),
});

const planOption = z.object({
  label: z.string(),
  creators: z.array(plannedCreator),
  cost: z.number(),
  forecast: interval,
});

export const planResultSchema = z
  .object({
    campaignId: z.string(),
    currency: z.string(),
    goal: z.enum(planningGoals),
    budget: z.number(),
    candidateSource: z.enum(["pipeline", "list", "savedSearch", "filters", "creators", "everyone"]).meta({
      description:
        "Where the candidates came from: creators = the creatorIds given; everyone = the organisation's biggest accounts, used by default while the pipeline is empty",
    }),
    candidates: z.number().int().meta({ description: "Accounts considered" }),
    kpiReach: z
      .array(
        z.object({
          metric: z.enum(planningGoals),
          target: z.number(),
          forecast: z.number().meta({ description: "Expected from the proposed mix" }),
          share: z.number().meta({ description: "forecast ÷ target, a fraction" }),
          met: z.boolean(),
          extraBudget: z.number().nullable().meta({
            description:
              "Minor units more the cheapest spare deliverables would cost to close the gap; null when even all candidates fall short",
          }),
        }),
      )
      .meta({ description: "Each 'at least' KPI the planner forecasts, and how far the proposed mix gets" }),
    excluded: z.array(z.object({ creatorId: z.string(), handle: z.string(), reason: z.string() })),
    proposed: planOption.extend({
      status: z.enum(["optimal", "near-optimal", "time-limit", "infeasible"]),
      gap: z.number().meta({ description: "Proved distance from the optimum, a fraction of the LP bound" }),
      upperBound: z.number(),
    }),
    alternatives: z.array(planOption),
    learnedFrom: z.object({ pastFees: z.number().int(), measuredCampaigns: z.number().int() }).meta({
      description: "The organisation's own history behind the estimates: contracted fees, measured campaigns",
    }),
  })
  .meta({ id: "CampaignPlanResult" });

const metricCheck = z.object({
  forecast: interval,
  actual: z.number().nullable().meta({ description: "Measured; null where the report has only an estimate" }),
  withinInterval: z.boolean().nullable().meta({ description: "Inside the forecast's 80% interval" }),
  ratio: z.number().nullable().meta({ description: "Actual ÷ expected" }),
});
const perMetric = <T extends z.ZodType>(schema: T) =>
  z.object(
    Object.fromEntries(checkedMetrics.map((m) => [m, schema])) as Record<(typeof checkedMetrics)[number], T>,
  );

const forecastCheckSchema = z
  .object({
    basedOnCampaigns: z
      .number()
      .int()
      .meta({ description: "Measured campaigns that ended before this one began" }),
    byCreator: z.array(
      z.object({
        creatorId: z.string(),
        name: z.string(),
        posts: z.number().int(),
        metrics: perMetric(metricCheck),
      }),
    ),
    summary: perMetric(
      z.object({
        creators: z.number().int(),
        withinInterval: z
          .number()
          .nullable()
          .meta({ description: "Share inside their 80% interval (fraction)" }),
        medianRatio: z
          .number()
          .nullable()
          .meta({ description: "Median of actual ÷ expected: the model's bias" }),
      }),
    ),
  })
  .meta({ description: "The planner's forecast for the posts made, beside what was measured (issue 8)" });

export const plannerRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  app.post(
    "/campaigns/:campaignId/plan",
    {
      schema: {
        operationId: "planCampaign",
        tags: ["Planner"],
        summary:
          "Propose the creator mix that best serves the goal within the budget, beside two naive alternatives",
        params: idParam("campaignId"),
        body: planRequestBody,
        response: {
          200: jsonResponse(
            "The proposed creator mix, its forecast and gap, beside two naive alternatives",
            planResultSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return planCampaign(database.db, auth.organisationId, request.params.campaignId, request.body);
    },
  );

  app.get(
    "/campaigns/:campaignId/forecast-check",
    {
      schema: {
        operationId: "getForecastCheck",
        tags: ["Planner"],
        summary:
          "Forecast vs actual: the planner's forecast for each creator's posts in a measured campaign beside the report's figures",
        params: idParam("campaignId"),
        response: {
          200: jsonResponse("Forecast beside actual for each creator's posts", forecastCheckSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const report = await getCampaignReport(database.db, auth.organisationId, request.params.campaignId);
      return checkForecasts(database.db, auth.organisationId, report);
    },
  );
};
