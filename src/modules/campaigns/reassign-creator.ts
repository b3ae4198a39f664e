import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";

/**
 * Moves one creator's campaign collaborations and their stage history to another (merging duplicates). Two
 * collaborations in one campaign cannot become one without choosing between their offers, contracts and content, so
 * a campaign both are in stops the merge. Run inside the merge's transaction.
 */
export async function reassignCreatorCampaigns(
  db: Kysely<Database>,
  organisationId: string,
  fromCreatorId: string,
  toCreatorId: string,
): Promise<void> {
  const shared = await db
    .selectFrom("campaign_creators as a")
    .innerJoin("campaign_creators as b", "b.campaign_id", "a.campaign_id")
    .innerJoin("campaigns", "campaigns.id", "a.campaign_id")
    .select("campaigns.name")
    .where("a.organisation_id", "=", organisationId)
    .where("b.organisation_id", "=", organisationId)
    .where("a.creator_id", "=", fromCreatorId)
    .where("b.creator_id", "=", toCreatorId)
    .execute();
  if (shared.length > 0) {
    const names = shared.map((c) => c.name).join(", ");
    throw new AppError(
      "conflict",
      `Both creators are in ${names}: remove one of them from it before merging.`,
      {
        errors: [{ field: "duplicateId", message: `both creators are in ${names}` }],
      },
    );
  }
  for (const table of ["campaign_creators", "campaign_stage_changes"] as const)
    await db
      .updateTable(table)
      .set({ creator_id: toCreatorId })
      .where("organisation_id", "=", organisationId)
      .where("creator_id", "=", fromCreatorId)
      .execute();
}
