import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.js";

export interface CreatorConversionSummary {
  creatorId: string;
  /** Attributed orders in every currency: an order in another currency still counts (M13 Conversions). */
  orders: number;
  leads: number;
  newCustomers: number;
  /** Order revenue net of refunds, minor units of the campaign currency; other currencies are apart. */
  netRevenue: number;
  /** By M11 rule, orders and leads separately (M13 Conversions). */
  attribution: { orders: { code: number; click: number }; leads: { code: number; click: number } };
  /**
   * Attributed orders per UTC day of the order, with their campaign-currency net revenue: commissions accrue only
   * on those dated on or after the contract took effect (M13 Commissions).
   */
  orderDays: Array<{ day: string; orders: number; netRevenue: number }>;
}

/** Attributed orders in one other currency: their count and net revenue in that currency's minor units. */
export interface OtherCurrencyOrders {
  currency: string;
  orders: number;
  netRevenue: number;
}

export interface CampaignConversionSummary {
  byCreator: CreatorConversionSummary[];
  /** Per UTC day: attributed orders (every currency) and campaign-currency net revenue (refunds on the order's day). */
  daily: Array<{ day: string; orders: number; revenue: number }>;
  /** Attributed orders in other currencies, per currency: revenue reported apart, never converted at 1:1 (M8, M13). */
  otherCurrencies: OtherCurrencyOrders[];
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
      .select([
        sql<string>`substr(occurred_at, 1, 10)`.as("day"),
        "creator_id",
        (eb) => eb.fn.countAll<number>().as("orders"),
        sql<number>`coalesce(sum(case when currency is null or currency = ${currency} then coalesce(amount, 0) - refunded_amount else 0 end), 0)`.as(
          "revenue",
        ),
      ])
      .groupBy([sql`substr(occurred_at, 1, 10)`, "creator_id"])
      .orderBy(sql`substr(occurred_at, 1, 10)`)
      .execute(),
  ]);
  const byCreator = new Map<string, CreatorConversionSummary>();
  let codeClickConflicts = 0;
  const otherCurrencies = new Map<string, OtherCurrencyOrders>();
  for (const group of groups) {
    const count = Number(group.n);
    // M8, M13: an order in another currency counts as an order, its revenue only apart, per currency.
    const foreign =
      group.type !== "lead" && group.currency !== null && group.currency !== currency ? group.currency : null;
    if (foreign) {
      const other = otherCurrencies.get(foreign) ?? { currency: foreign, orders: 0, netRevenue: 0 };
      other.orders += count;
      other.netRevenue += Number(group.net);
      otherCurrencies.set(foreign, other);
    }
    const creatorId = group.creator_id as string;
    const summary = byCreator.get(creatorId) ?? {
      creatorId,
      orders: 0,
      leads: 0,
      newCustomers: 0,
      netRevenue: 0,
      attribution: { orders: { code: 0, click: 0 }, leads: { code: 0, click: 0 } },
      orderDays: [],
    };
    codeClickConflicts += Number(group.conflicts);
    const rules = group.type === "lead" ? summary.attribution.leads : summary.attribution.orders;
    if (group.attribution === "code") rules.code += count;
    if (group.attribution === "click") rules.click += count;
    if (group.type === "lead") summary.leads += count;
    else {
      summary.orders += count;
      summary.newCustomers += Number(group.new_customers);
      if (!foreign) summary.netRevenue += Number(group.net);
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
    otherCurrencies: [...otherCurrencies.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    codeClickConflicts,
  };
}
