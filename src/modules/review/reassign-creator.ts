import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Moves one creator's deliverables and their media to another (merging duplicate creators). Run inside the merge's transaction. */
export async function reassignCreatorDeliverables(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  await db
    .updateTable("deliverables")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
  await db
    .updateTable("media_files")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
}
