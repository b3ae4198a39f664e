import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import type { Stage } from "./stages.js";

/** One row per pipeline move: who moved whom, from where to where, when and why. */
export async function recordStageChange(
  db: Kysely<Database>,
  entry: {
    organisationId: string;
    campaignId: string;
    creatorId: string;
    from: Stage | null;
    to: Stage;
    reason: string | null;
    actor: Actor;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto("campaign_stage_changes")
    .values({
      id: newId(),
      organisation_id: entry.organisationId,
      campaign_id: entry.campaignId,
      creator_id: entry.creatorId,
      from_stage: entry.from,
      to_stage: entry.to,
      reason: entry.reason,
      actor_type: entry.actor.type,
      actor_id: entry.actor.id,
      actor_label: entry.actor.label,
      created_at: entry.at,
    })
    .execute();
}
