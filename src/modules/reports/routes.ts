import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import {
  authErrors,
  csvResponse,
  fileResponse,
  idParam,
  jsonResponse,
  problemSchema,
} from "../../http/schemas.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { offerSchema } from "../contracts/routes.types.js";
import { getRetentionImpact } from "../conversions/retention-impact.js";
import { platforms, tiers } from "../creators/tiers.js";
import {
  campaignComparisonSchema,
  compareCampaignsQuery,
  compareCreatorsQuery,
  creatorComparisonSchema,
} from "./compare.types.js";
import { compareCampaigns } from "./compare-campaigns.js";
import { compareCreators } from "./compare-creators.js";
import { exportReportCsv } from "./export-report-csv.js";
import { getCampaignReport } from "./get-campaign-report.js";
import { getRenewalRanking } from "./get-renewal-ranking.js";
import { inviteOnLastTerms } from "./invite-on-last-terms.js";
import { renderReportPdf } from "./render-report-pdf.js";
import { nullableNumber, reportTotalsSchema, rowFields } from "./report-row-schema.js";

const rateCardSchema = z.object({
  currency: z.string(),
  rates: z
    .record(z.string(), z.number())
    .meta({ description: "Minor units of the card's currency per unit" }),
});

export const campaignReportSchema = z
  .object({
    campaignId: z.string(),
    currency: z.string(),
    totals: reportTotalsSchema,
    byCreator: z.array(
      z.object({
        ...rowFields,
        creatorId: z.string(),
        name: z.string(),
        platform: z.enum(platforms),
        tier: z.enum(tiers),
      }),
    ),
    byPlatform: z.array(z.object({ ...rowFields, platform: z.enum(platforms) })),
    byTier: z.array(z.object({ ...rowFields, tier: z.enum(tiers) })),
    byFormat: z.array(z.object({ ...rowFields, format: z.string() })).meta({
      description:
        'By content format, in whole units: fees and commissions shared equally over a creator\'s posts, paid amplification on its post; clicks, conversions and other costs in an "unassigned" row (M13 Allocation)',
    }),
    byDay: z.array(
      z.object({ day: z.string(), clicks: z.number(), orders: z.number(), revenue: z.number() }),
    ),
    spendByDay: z.array(z.object({ day: z.string(), cost: z.number() })).meta({
      description: "Cost by the day it was incurred (M7), minor units; the days add up to totals.cost",
    }),
    kpis: z.array(
      z.object({
        metric: z.string(),
        label: z.string().meta({ description: "The metric as people write it (KPI catalogue)" }),
        unit: z.enum(["count", "fraction", "money", "ratio"]).nullable(),
        comparison: z.enum(["gte", "lte"]),
        target: z.number(),
        actual: nullableNumber,
        met: z.boolean().nullable(),
        progress: nullableNumber,
      }),
    ),
    rateCard: rateCardSchema,
    rateCards: z
      .array(rateCardSchema.extend({ platform: z.enum(platforms) }))
      .meta({ description: "Every rate card EMV was valued with, in its own currency (M9)" }),
    emvCurrency: z
      .string()
      .meta({ description: "The rate cards' currency, which EMV is in; never converted" }),
    units: z.record(z.string(), z.string()),
    otherCurrencies: z
      .array(z.object({ currency: z.string(), orders: z.number().int(), netRevenue: z.number() }))
      .meta({
        description:
          "Orders in other currencies: counted in orders, their net revenue (minor units of that currency) kept apart, never converted (M13)",
      }),
    codeClickConflicts: z.number(),
    clicksFromBots: z.number(),
  })
  .meta({ id: "CampaignReport" });

const retentionGroup = z.object({
  customers: z.number().int(),
  eligible: z.number().int().meta({ description: "Customers whose 90-day window has closed" }),
  repeated: z.number().int(),
  repeatRate: nullableNumber.meta({
    description: "repeated ÷ eligible (fraction); null while none is eligible",
  }),
});

export const reportRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  app.get(
    "/campaigns/:campaignId/report",
    {
      schema: {
        operationId: "getCampaignReport",
        tags: ["Reports"],
        summary:
          "What the campaign cost and returned (M7–M10): totals, breakdowns, KPI progress; null where unknown",
        params: idParam("campaignId"),
        response: { 200: jsonResponse("The campaign report", campaignReportSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCampaignReport(database.db, auth.organisationId, request.params.campaignId);
    },
  );

  app.get(
    "/campaigns/:campaignId/retention",
    {
      schema: {
        operationId: "getRetentionImpact",
        tags: ["Reports"],
        summary:
          "Retention impact: the share of customers first acquired through the campaign's creators who ordered again within 90 days, beside other customers",
        params: idParam("campaignId"),
        response: {
          200: jsonResponse(
            "Repeat rates of creator-acquired and other customers",
            z.object({
              windowDays: z.number().int(),
              from: z.string(),
              to: z.string(),
              acquiredByCreators: retentionGroup,
              otherCustomers: retentionGroup,
              difference: nullableNumber.meta({ description: "Creators' repeat rate minus the others'" }),
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const campaign = await getCampaign(database.db, auth.organisationId, request.params.campaignId);
      return getRetentionImpact(database.db, auth.organisationId, campaign);
    },
  );

  app.get(
    "/campaigns/:campaignId/renewals",
    {
      schema: {
        operationId: "listRenewals",
        tags: ["Reports"],
        summary: "Creators ranked for renewal by shrunk conversion rate with 80% intervals (M12)",
        description:
          "Conversions (orders and leads) per click, shrunk toward a Beta prior fitted to every creator with clicks across the organisation's campaigns. A creator is renewed when the lower end of the 80% interval beats the target: the campaign's conversion-rate KPI, otherwise the organisation's median creator rate (M13 Renewal).",
        params: idParam("campaignId"),
        querystring: z.strictObject({
          targetRate: z.coerce
            .number()
            .min(0)
            .max(1)
            .optional()
            .meta({ description: "A target conversion rate (fraction) to use instead of the KPI or median" }),
        }),
        response: {
          200: jsonResponse(
            "The creators ranked for renewal, with the target and the prior used",
            z.object({
              campaignId: z.string(),
              target: z.object({
                rate: z
                  .number()
                  .nullable()
                  .meta({ description: "Conversions per click; null when there is none" }),
                source: z.enum(["kpi", "organisation-median", "given", "none"]),
                description: z.string(),
              }),
              prior: z.object({
                alpha: z.number(),
                beta: z.number(),
                mean: z.number(),
                creators: z
                  .number()
                  .meta({ description: "Creators with at least one click it was fitted to" }),
                source: z.enum(["empirical", "weak-default"]),
                description: z.string(),
              }),
              creators: z.array(
                z.object({
                  creatorId: z.string(),
                  name: z.string(),
                  clicks: z.number(),
                  conversions: z.number().meta({ description: "Orders and leads" }),
                  rawRate: z.number().nullable(),
                  posteriorMean: z.number(),
                  interval: z
                    .object({ lower: z.number(), upper: z.number() })
                    .meta({ description: "80% credible interval of conversions per click" }),
                  renew: z.boolean(),
                  reason: z.string(),
                  revenue: z.number(),
                  cost: z.number(),
                }),
              ),
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getRenewalRanking(
        database.db,
        auth.organisationId,
        request.params.campaignId,
        request.query.targetRate,
      );
    },
  );

  app.post(
    "/campaigns/:campaignId/renewals/:creatorId/invite",
    {
      schema: {
        operationId: "inviteOnLastTerms",
        tags: ["Reports"],
        summary:
          "Renew a creator: add them to another campaign and propose the terms they last had in this one (M13 Renewal)",
        description:
          "The contract in force, else the latest offer, is proposed in the target campaign with deliverable dates moved by the gap between the two campaigns' starts. Without terms the creator is only shortlisted. Both campaigns must use the same currency.",
        params: z.strictObject({
          campaignId: z.string().min(1).max(100),
          creatorId: z.string().min(1).max(100),
        }),
        body: z.strictObject({
          targetCampaignId: z
            .string()
            .min(1)
            .max(100)
            .meta({ description: "The campaign to invite the creator to" }),
        }),
        response: {
          201: jsonResponse(
            "The creator was added to the target campaign, with the offer proposed on the last terms (null without terms)",
            z.object({ targetCampaignId: z.string(), creatorId: z.string(), offer: offerSchema.nullable() }),
          ),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return reply
        .status(201)
        .send(
          await inviteOnLastTerms(database.db, auth, campaignId, creatorId, request.body.targetCampaignId),
        );
    },
  );

  app.get(
    "/campaigns/:campaignId/report.csv",
    {
      schema: {
        operationId: "downloadReportCsv",
        tags: ["Reports"],
        summary: "The report's creator rows and total as CSV (safe from spreadsheet formula injection)",
        params: idParam("campaignId"),
        response: {
          200: csvResponse("The report's creator rows and total, one CSV line each"),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const report = await getCampaignReport(database.db, auth.organisationId, request.params.campaignId);
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="campaign-report-${request.params.campaignId}.csv"`,
        )
        .send(exportReportCsv(report));
    },
  );

  app.get(
    "/campaigns/:campaignId/report.pdf",
    {
      schema: {
        operationId: "downloadReportPdf",
        tags: ["Reports"],
        summary:
          "The report as a PDF: totals with units, KPI progress, daily chart, funnel, spend vs revenue, leaderboard",
        params: idParam("campaignId"),
        response: { 200: fileResponse("The report as a PDF document", ["application/pdf"]), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const pdf = await renderReportPdf(database.db, auth.organisationId, request.params.campaignId);
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="campaign-report-${request.params.campaignId}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.get(
    "/reports/compare",
    {
      schema: {
        operationId: "compareCampaigns",
        tags: ["Reports"],
        summary:
          "Two to ten campaigns side by side: each report's totals; money summed only within a currency",
        querystring: compareCampaignsQuery,
        response: {
          200: jsonResponse("The campaigns' totals side by side", campaignComparisonSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return compareCampaigns(database.db, auth.organisationId, request.query.campaignIds);
    },
  );

  app.get(
    "/reports/compare-creators",
    {
      schema: {
        operationId: "compareCreators",
        tags: ["Reports"],
        summary: "Creators across campaigns: one row per campaign they were measured in, and a total",
        querystring: compareCreatorsQuery,
        response: {
          200: jsonResponse("Each creator's rows per campaign and total", creatorComparisonSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return compareCreators(database.db, auth.organisationId, request.query);
    },
  );
};
