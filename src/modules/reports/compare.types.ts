import { z } from "zod";
import { platforms, tiers } from "../creators/tiers.js";
import {
  basisSchema,
  efficiencyFields,
  nullableNumber,
  reportTotalsSchema,
  rowFields,
} from "./report-row-schema.js";

/** Ids given comma-separated (`a,b`) or repeated (`x=a&x=b`); an empty or repeated id is an error, not skipped. */
const idList = (what: string, min: number, max: number) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(",")).map((v) => v.trim()),
    z
      .array(
        z
          .string()
          .min(1, { error: `an empty ${what} id` })
          .max(100),
      )
      .min(min, { error: `give ${min} to ${max} ${what} ids` })
      .max(max, { error: `give ${min} to ${max} ${what} ids` })
      .refine((ids) => new Set(ids).size === ids.length, { error: `a ${what} id is listed twice` }),
  );

export const compareCampaignsQuery = z.strictObject({
  campaignIds: idList("campaign", 2, 10).meta({
    description: "2 to 10 campaign ids of the caller's organisation, comma-separated",
  }),
});

export const compareCreatorsQuery = z.strictObject({
  creatorIds: idList("creator", 1, 50).meta({ description: "1 to 50 creator ids, comma-separated" }),
  campaignIds: idList("campaign", 1, 10).optional().meta({
    description: "Campaigns to look in (1 to 10); default: every campaign with one of the creators",
  }),
});

const currencyTotalSchema = z.object({
  currency: z.string(),
  campaignIds: z.array(z.string()),
  cost: z.number().meta({ description: "Minor units of this currency" }),
  revenue: z.number().meta({ description: "Minor units of this currency, net of refunds" }),
  ...efficiencyFields,
});
const emvTotalSchema = z.object({ currency: z.string(), emv: z.number() });
const moneyNote = z.string().meta({ description: "How money in several currencies was handled" });

export const campaignComparisonSchema = z
  .object({
    campaigns: z.array(
      z.object({
        campaignId: z.string(),
        name: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        currency: z.string(),
        emvCurrency: z.string().meta({ description: "Currency of the rate card the EMV is valued in" }),
        totals: reportTotalsSchema.meta({ description: "The campaign report's totals, unchanged" }),
      }),
    ),
    byCurrency: z
      .array(currencyTotalSchema)
      .meta({ description: "Money added up within each currency only; never converted" }),
    emvByCurrency: z.array(emvTotalSchema),
    mixedCurrencies: z.boolean(),
    moneyNote,
    creators: z
      .array(z.object({ creatorId: z.string(), name: z.string(), campaignIds: z.array(z.string()) }))
      .meta({ description: "Creators measured in these campaigns, those in the most campaigns first" }),
  })
  .meta({ id: "CampaignComparison" });

export const creatorComparisonSchema = z
  .object({
    campaigns: z.array(z.object({ campaignId: z.string(), name: z.string(), currency: z.string() })),
    creators: z.array(
      z.object({
        creatorId: z.string(),
        name: z.string(),
        rows: z.array(
          z.object({
            ...rowFields,
            campaignId: z.string(),
            campaignName: z.string(),
            currency: z.string(),
            emvCurrency: z.string(),
            platform: z.enum(platforms),
            tier: z.enum(tiers),
          }),
        ),
        total: z.object({
          campaigns: z.number().int(),
          posts: z.number().int(),
          impressions: nullableNumber,
          reach: nullableNumber.meta({ description: "Sum of each campaign's reach (M10)" }),
          views: nullableNumber,
          engagements: nullableNumber,
          clicks: z.number(),
          leads: z.number(),
          orders: z.number(),
          newCustomers: z.number(),
          basis: z.object({ impressions: basisSchema, reach: basisSchema, engagements: basisSchema }),
          engagementRateByReach: nullableNumber,
          ctr: nullableNumber,
          conversionRate: nullableNumber,
          byCurrency: z.array(currencyTotalSchema),
          emvByCurrency: z.array(emvTotalSchema),
        }),
      }),
    ),
    mixedCurrencies: z.boolean(),
    moneyNote,
  })
  .meta({ id: "CreatorComparison" });
