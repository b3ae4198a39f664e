import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Moves one creator's email threads to another (merging duplicate creators). Run inside the merge's transaction. */
export async function reassignCreatorOutreach(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  await db
    .updateTable("email_threads")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
}
