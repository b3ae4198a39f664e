import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import { campaignWindowEnd, startOfDay } from "../../shared/time.js";

/** How long after a first order a second one counts as a repeat purchase. */
export const repeatWindowDays = 90;

export interface RetentionGroup {
  /** Customers whose first order in the period fell in this group. */
  customers: number;
  /** Of those, the ones whose 90-day window has closed: only they can be judged. */
  eligible: number;
  /** Eligible customers who ordered again within 90 days of their first order. */
  repeated: number;
  /** repeated ÷ eligible; null while no window has closed. */
  repeatRate: number | null;
}

export interface RetentionImpact {
  windowDays: number;
  /** The period whose first orders are compared: the campaign's dates plus its attribution window. */
  from: string;
  to: string;
  /** Customers first acquired through this campaign's creators (the first order attributed to it). */
  acquiredByCreators: RetentionGroup;
  /** Customers whose first order in the same period was not attributed to any creator. */
  otherCustomers: RetentionGroup;
  /** Creators' repeat rate minus the others'; null unless both are known. */
  difference: number | null;
}

/** An ISO-8601 UTC text column plus whole days, as the same ISO text on either database. */
function plusDays(column: RawBuilder<string>, days: number, postgres: boolean): RawBuilder<string> {
  return postgres
    ? sql<string>`to_char((${column}::timestamptz + ${`${days} days`}::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, ${`+${days} days`})`;
}

function group(row: { customers: number; eligible: number; repeated: number } | undefined): RetentionGroup {
  const customers = Number(row?.customers ?? 0);
  const eligible = Number(row?.eligible ?? 0);
  const repeated = Number(row?.repeated ?? 0);
  return { customers, eligible, repeated, repeatRate: eligible > 0 ? repeated / eligible : null };
}

/**
 * Retention impact (issue 7): of the customers a campaign's creators brought in, the share who ordered again within
 * 90 days, beside the same share for customers acquired in the same period without a creator. A customer is
 * "acquired" by their first order in the organisation's records (known customer ids only); a customer counts only
 * once their 90 days have passed by `now`, so a young campaign shows how many are still open rather than a low rate.
 */
export async function getRetentionImpact(
  db: Kysely<Database>,
  organisationId: string,
  campaign: { id: string; startDate: string; endDate: string; attributionWindowDays: number },
  now = new Date(),
): Promise<RetentionImpact> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const from = startOfDay(campaign.startDate);
  const to = campaignWindowEnd(campaign);
  const firstOrders = db
    .selectFrom("conversions")
    .select([
      "customer_id",
      "occurred_at",
      "attribution",
      "campaign_id",
      sql<number>`row_number() over (partition by customer_id order by occurred_at, id)`.as("n"),
      sql<string | null>`lead(occurred_at) over (partition by customer_id order by occurred_at, id)`.as(
        "next_at",
      ),
      plusDays(sql.ref("occurred_at"), repeatWindowDays, postgres).as("window_end"),
    ])
    .where("organisation_id", "=", organisationId)
    .where("type", "=", "order")
    .where("customer_id", "is not", null);
  const cohort = sql<string>`case when f.attribution = 'none' then 'other' else 'creators' end`;
  const rows = await db
    .selectFrom(firstOrders.as("f"))
    .select([
      cohort.as("cohort"),
      (eb) => eb.fn.countAll<number>().as("customers"),
      sql<number>`sum(case when f.window_end <= ${now.toISOString()} then 1 else 0 end)`.as("eligible"),
      sql<number>`sum(case when f.window_end <= ${now.toISOString()} and f.next_at is not null
        and f.next_at <= f.window_end then 1 else 0 end)`.as("repeated"),
    ])
    .where("f.n", "=", 1)
    .where("f.occurred_at", ">=", from)
    .where("f.occurred_at", "<=", to)
    // Customers another campaign's creators brought in belong to neither group.
    .where((eb) => eb.or([eb("f.attribution", "=", "none"), eb("f.campaign_id", "=", campaign.id)]))
    .groupBy(cohort)
    .execute();
  const acquiredByCreators = group(rows.find((r) => r.cohort === "creators"));
  const otherCustomers = group(rows.find((r) => r.cohort === "other"));
  return {
    windowDays: repeatWindowDays,
    from,
    to,
    acquiredByCreators,
    otherCustomers,
    difference:
      acquiredByCreators.repeatRate !== null && otherCustomers.repeatRate !== null
        ? acquiredByCreators.repeatRate - otherCustomers.repeatRate
        : null,
  };
}
