import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Moves one creator's attributed conversions (and those they conflicted on) to another, merging duplicates. */
export async function reassignCreatorConversions(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  await db
    .updateTable("conversions")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
  await db
    .updateTable("conversions")
    .set({ conflicting_creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("conflicting_creator_id", "=", fromCreatorId)
    .execute();
}
