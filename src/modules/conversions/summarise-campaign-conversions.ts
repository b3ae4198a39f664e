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
  const inCurrency = sql<boolean>`(type = 'lead' or currency is null or currency = ${currency})`;
  const [groups, days, other] = await Promise.all([
    attributed
      .where(inCurrency)
      .select([
        "creator_id",
        "type",
        "attribution",
        (eb) => eb.fn.countAll<number>().as("n"),
        sql<number>`coalesce(sum(coalesce(amount, 0) - refunded_amount), 0)`.as("net"),
        sql<number>`sum(case when is_new_customer = 1 then 1 else 0 end)`.as("new_customers"),
        sql<number>`sum(case when conflicting_creator_id is not null then 1 else 0 end)`.as("conflicts"),
      ])
      .groupBy(["creator_id", "type", "attribution"])
      .execute(),
    attributed
      .where(inCurrency)
      .where("type", "=", "order")
      .select([
        sql<string>`substr(occurred_at, 1, 10)`.as("day"),
        (eb) => eb.fn.countAll<number>().as("orders"),
        sql<number>`coalesce(sum(coalesce(amount, 0) - refunded_amount), 0)`.as("revenue"),
      ])
      .groupBy(sql`substr(occurred_at, 1, 10)`)
      .orderBy(sql`substr(occurred_at, 1, 10)`)
      .execute(),
    attributed
      .where((eb) => eb.not(inCurrency))
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  const byCreator = new Map<string, CreatorConversionSummary>();
  let codeClickConflicts = 0;
  for (const group of groups) {
    const creatorId = group.creator_id as string;
    const summary = byCreator.get(creatorId) ?? {
      creatorId,
      orders: 0,
      leads: 0,
      newCustomers: 0,
      netRevenue: 0,
      attribution: { code: 0, click: 0 },
    };
    const count = Number(group.n);
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
  return {
    byCreator: [...byCreator.values()],
    daily: days.map((d) => ({ day: d.day, orders: Number(d.orders), revenue: Number(d.revenue) })),
    otherCurrencyOrders: Number(other.n),
    codeClickConflicts,
  };
}
