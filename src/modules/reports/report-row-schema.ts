import { z } from "zod";

export const nullableNumber = z.number().nullable();
export const basisSchema = z.enum(["measured", "estimated", "mixed", "unknown"]);

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
  orders: z.number(),
  newCustomers: z.number(),
  revenue: z.number().meta({ description: "Attributed revenue net of refunds, minor units" }),
  emv: z.number().meta({ description: "Earned media value (M9), an estimate; never revenue" }),
  posts: z.number(),
  basis: z.object({ impressions: basisSchema, reach: basisSchema, engagements: basisSchema }),
  ...efficiencyFields,
};

export const reportTotalsSchema = z.object({
  ...rowFields,
  campaignLevelCost: z.number(),
  attribution: z.object({ code: z.number(), click: z.number() }),
});
