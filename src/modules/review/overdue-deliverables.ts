import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { doneStatuses, overdueBefore } from "./deliverable-view.js";

export interface OverdueDeliverables {
  count: number;
  /** The earliest due date missed, YYYY-MM-DD. */
  earliestDueDate: string;
}

/**
 * For each creator in a campaign with overdue deliverables on `now` (as each deliverable's `overdue` flag), how
 * many and the earliest due date missed. Creators with none are absent.
 */
export async function overdueDeliverablesByCreator(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  now: Date,
): Promise<Map<string, OverdueDeliverables>> {
  const rows = await db
    .selectFrom("deliverables")
    .select(({ fn }) => [
      "creator_id",
      fn.countAll<number | string>().as("count"),
      fn.min("due_date").as("earliest_due_date"),
    ])
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("status", "not in", doneStatuses)
    .where("due_date", "<", overdueBefore(now))
    .groupBy("creator_id")
    .execute();
  return new Map(
    rows.map((row) => [
      row.creator_id,
      // PostgreSQL answers a count as a bigint string.
      { count: Number(row.count), earliestDueDate: row.earliest_due_date },
    ]),
  );
}
