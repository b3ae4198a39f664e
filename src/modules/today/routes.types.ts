import { z } from "zod";
import { calendarDate } from "../../http/schemas.js";
import { nullableNumber } from "../reports/report-row-schema.js";
import { actionKinds } from "./get-today.js";

const minorUnits = z.number().int();

export const todayCampaignSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(["live", "starting"]).meta({
      description: "live: today lies between its start and end dates; starting: it starts within 14 days",
    }),
    startDate: calendarDate,
    endDate: calendarDate,
    daysLeft: z.number().int().nullable().meta({
      description: "Live: days to the end date, today included (1 on the last day); null while starting",
    }),
    daysUntilStart: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Starting: days until the start date (1 = tomorrow); null while live" }),
    currency: z.string(),
    emvCurrency: z.string().meta({ description: "The rate card's currency, which an EMV KPI is in (M9)" }),
    budget: minorUnits.nullable().meta({ description: "Minor units; null when the campaign has no budget" }),
    committed: minorUnits.meta({
      description: "Contracted: fixed fees and product value of the contracts in force, minor units",
    }),
    spent: minorUnits.meta({
      description:
        "Accrued: the report's cost (M7) incurred up to today, by the day it fell (fees on their trigger, paid amplification over its dates, commissions with sales), minor units",
    }),
    kpis: z.array(
      z.object({
        metric: z.string(),
        comparison: z.enum(["gte", "lte"]),
        target: z.number(),
        actual: nullableNumber,
        progress: nullableNumber.meta({
          description: "Share of the target reached (M13 KPI progress), a fraction; null while unknown",
        }),
        met: z.boolean().nullable(),
        label: z.string().meta({ description: "The KPI's name as people write it (the KPI catalogue)" }),
        unit: z.enum(["count", "fraction", "money", "ratio"]).nullable().meta({
          description:
            "count; fraction: a rate; money: minor units of the campaign currency; ratio: a multiple; null for a metric outside the catalogue",
        }),
      }),
    ),
  })
  .meta({ id: "TodayCampaign" });

export const todayActionSchema = z
  .object({
    kind: z.enum(actionKinds),
    count: z.number().int().min(1),
    label: z.string().meta({ example: "3 drafts awaiting review" }),
    path: z
      .string()
      .meta({ description: "The web app's page where the user acts on it", example: "/campaigns/…" }),
    campaignId: z
      .string()
      .nullable()
      .meta({ description: "null for the organisation's own items (connectors)" }),
    campaignName: z.string().nullable(),
  })
  .meta({ id: "TodayAction" });

export const todaySchema = z
  .object({
    today: calendarDate.meta({ description: "The UTC day the answer is for" }),
    campaigns: z.array(todayCampaignSchema).meta({
      description:
        "Live campaigns (the nearest end first), then those starting within 14 days (the nearest first)",
    }),
    actions: z.array(todayActionSchema).meta({
      description:
        "What needs the user, one item per kind and campaign; a kind with nothing to do is left out, so an empty list means nothing waits",
    }),
  })
  .meta({ id: "Today" });
