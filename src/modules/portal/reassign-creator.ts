import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Moves one creator's portal sign-in links to another (merging duplicate creators). Run inside the merge's transaction. */
export async function reassignCreatorPortalTokens(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  await db
    .updateTable("portal_tokens")
    .set({ creator_id: toCreatorId })
    .where("organisation_id", "=", organisationId)
    .where("creator_id", "=", fromCreatorId)
    .execute();
}
