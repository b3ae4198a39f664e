import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";

export interface CreatorConversionSummary {
  creatorId: string;
  orders: number;
  leads: number;
  newCustomers: number;
  /** Order revenue net of refunds, minor units of the campaign currency. */
  netRevenue: number;
  attribution: { code: number; click: number };
  /**
   * Orders in the campaign currency per UTC day of the order, with their net revenue: commissions accrue only on
   * those dated on or after the contract took effect (M13 Commissions).
   */
  orderDays: Array<{ day: string; orders: number; netRevenue: number }>;
}

export interface CampaignConversionSummary {
  byCreator: CreatorConversionSummary[];
  /** Per UTC day: attributed orders and net revenue (refunds on the day of the order). */
  daily: Array<{ day: string; orders: number; revenue: number }>;
  /** Attributed orders in another currency: reported apart, never converted at 1:1 (M8). */
  otherCurrencyOrders: number;
  /** Orders where a click pointed at a different creator than the winning code (M11). */
  codeClickConflicts: number;
}

/**
 * Attributed conversions of a campaign, per creator and per day (M8, M11). Aggregated in SQL, so the report reads a
 * few rows per creator rather than every order.
 */
export async function summariseCampaignConversions(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  currency: string,
): Promise<CampaignConversionSummary> {
  const attributed = db
    .selectFrom("conversions")
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("attribution", "!=", "none")
    .where("creator_id", "is not", null);
  // Grouped by currency too rather than filtered on it: one pass gives the campaign-currency figures and the count
  // kept apart. The columns follow the covering index of migration 0013, so SQLite aggregates as it walks the index.
  const [groups, days] = await Promise.all([
    attributed
      .select([
        "creator_id",
        "type",
        "attribution",
        "currency",
        (eb) => eb.fn.countAll<number>().as("n"),
        sql<number>`coalesce(sum(coalesce(amount, 0) - refunded_amount), 0)`.as("net"),
        sql<number>`sum(case when is_new_customer = 1 then 1 else 0 end)`.as("new_customers"),
        sql<number>`sum(case when conflicting_creator_id is not null then 1 else 0 end)`.as("conflicts"),
      ])
      .groupBy(["creator_id", "type", "attribution", "currency"])
      .execute(),
    attributed
      .where("type", "=", "order")
      .where((eb) => eb.or([eb("currency", "is", null), eb("currency", "=", currency)]))
      .select([
        sql<string>`substr(occurred_at, 1, 10)`.as("day"),
        "creator_id",
        (eb) => eb.fn.countAll<number>().as("orders"),
        sql<number>`coalesce(sum(coalesce(amount, 0) - refunded_amount), 0)`.as("revenue"),
      ])
      .groupBy([sql`substr(occurred_at, 1, 10)`, "creator_id"])
      .orderBy(sql`substr(occurred_at, 1, 10)`)
      .execute(),
  ]);
  const byCreator = new Map<string, CreatorConversionSummary>();
  let codeClickConflicts = 0;
  let otherCurrencyOrders = 0;
  for (const group of groups) {
    const count = Number(group.n);
    // M8: a lead, or a conversion without a currency or in the campaign's, counts; the rest is reported apart.
    if (group.type !== "lead" && group.currency !== null && group.currency !== currency) {
      otherCurrencyOrders += count;
      continue;
    }
    const creatorId = group.creator_id as string;
    const summary = byCreator.get(creatorId) ?? {
      creatorId,
      orders: 0,
      leads: 0,
      newCustomers: 0,
      netRevenue: 0,
      attribution: { code: 0, click: 0 },
      orderDays: [],
    };
    codeClickConflicts += Number(group.conflicts);
    if (group.type === "lead") summary.leads += count;
    else {
      summary.orders += count;
      summary.netRevenue += Number(group.net);
      summary.newCustomers += Number(group.new_customers);
      if (group.attribution === "code") summary.attribution.code += count;
      if (group.attribution === "click") summary.attribution.click += count;
    }
    byCreator.set(creatorId, summary);
  }
  // Rows come by day, one per creator: the campaign's day is their sum, each creator keeps its own.
  const daily: CampaignConversionSummary["daily"] = [];
  for (const row of days) {
    const orders = Number(row.orders);
    const revenue = Number(row.revenue);
    const last = daily.at(-1);
    if (last?.day === row.day) {
      last.orders += orders;
      last.revenue += revenue;
    } else daily.push({ day: row.day, orders, revenue });
    byCreator.get(row.creator_id as string)?.orderDays.push({ day: row.day, orders, netRevenue: revenue });
  }
  return {
    byCreator: [...byCreator.values()],
    daily,
    otherCurrencyOrders,
    codeClickConflicts,
  };
}
