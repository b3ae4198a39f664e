import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Moves one creator's tracking links and their click counts to another (merging duplicate creators). Run inside the merge's transaction. */
export async function reassignCreatorTrackingLinks(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  await db
    .updateTable("tracking_links")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
  await db
    .updateTable("tracking_link_hourly")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
  await db
    .updateTable("tracking_link_daily_breakdown")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
}
