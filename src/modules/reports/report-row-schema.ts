import { z } from "zod";
import { coveredFigures } from "./build-campaign-report.js";

export const nullableNumber = z.number().nullable();
export const basisSchema = z.enum(["measured", "estimated", "mixed", "unknown"]);

const coverageSchema = z
  .object({
    basis: basisSchema,
    covered: z.number().int(),
    of: z.number().int(),
    unit: z.enum(["posts", "creators"]),
  })
  .meta({ id: "FigureCoverage" });

const coverageByFigure = z.object(Object.fromEntries(coveredFigures.map((f) => [f, coverageSchema]))).meta({
  id: "ReportCoverage",
  description:
    "Per figure: its basis and how many posts or creators it covers (numerator and denominator both known, M13)",
});

/** The figures of one report row (totals, a creator, a platform…), shared by the report and the compare views. */
/** The cost-per and return ratios (M8): null where their denominator is zero. */
export const efficiencyFields = {
  cpm: nullableNumber,
  cpv: nullableNumber,
  cpe: nullableNumber,
  cpc: nullableNumber,
  ctr: nullableNumber,
  cpl: nullableNumber,
  conversionRate: nullableNumber,
  cpa: nullableNumber,
  cac: nullableNumber,
  roas: nullableNumber,
  roi: nullableNumber,
};

export const rowFields = {
  cost: z.number().meta({ description: "Minor units of the campaign currency (M7)" }),
  impressions: nullableNumber,
  reach: nullableNumber,
  views: nullableNumber,
  engagements: nullableNumber,
  engagementRateByReach: nullableNumber,
  engagementRateByFollowers: nullableNumber,
  clicks: z.number().meta({ description: "Tracked clicks, bots excluded" }),
  leads: z.number(),
  orders: z.number().meta({ description: "Attributed orders in every currency (M13)" }),
  conversions: z.number().meta({ description: "Orders + leads (M13)" }),
  newCustomers: z.number(),
  revenue: z.number().meta({ description: "Attributed revenue net of refunds, minor units" }),
  emv: z.number().meta({ description: "Earned media value (M9), an estimate; never revenue" }),
  posts: z.number(),
  postsWithUnknownEngagements: z
    .number()
    .int()
    .meta({ description: "Posts left out of every engagement figure: likes or comments unknown (M13)" }),
  basis: z.object({ impressions: basisSchema, reach: basisSchema, engagements: basisSchema }),
  coverage: coverageByFigure,
  ...efficiencyFields,
};

const ruleCounts = z.object({ code: z.number().int(), click: z.number().int() });

export const reportTotalsSchema = z.object({
  ...rowFields,
  campaignLevelCost: z.number(),
  attribution: z.object({ orders: ruleCounts, leads: ruleCounts }).meta({
    description: "Attributed orders and leads by M11 rule",
  }),
});
