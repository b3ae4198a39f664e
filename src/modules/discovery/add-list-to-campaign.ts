import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { addCreatorsToCampaign } from "../campaigns/add-creators-to-campaign.js";
import { listCreatorIdsInList } from "./list-membership.js";

/** Shortlists every creator of a list in a campaign; those already in it are counted, not duplicated. */
export async function addListToCampaign(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  listId: string,
  campaignId: string,
): Promise<{ added: number; alreadyIn: number }> {
  const creatorIds = await listCreatorIdsInList(db, ctx.organisationId, listId);
  return addCreatorsToCampaign(db, ctx, campaignId, creatorIds);
}
