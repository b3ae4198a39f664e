import type { Kysely } from "kysely";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { findCampaignRow } from "./campaign-view.js";
import type { Stage } from "./stages.js";

export interface StageChangeView {
  creatorId: string;
  from: Stage | null;
  to: Stage;
  reason: string | null;
  actor: { type: string; id: string | null; label: string };
  at: string;
}

/** Every pipeline move in the campaign, newest first; optionally one creator's. */
export async function listStageChanges(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string | undefined,
  page: PageRequest,
): Promise<Page<StageChangeView>> {
  await findCampaignRow(db, organisationId, campaignId);
  let query = db
    .selectFrom("campaign_stage_changes")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId);
  if (creatorId) query = query.where("creator_id", "=", creatorId);
  const rows = await keysetPage(query, newestFirst(), page);
  return {
    items: rows.items.map((r) => ({
      creatorId: r.creator_id,
      from: r.from_stage as Stage | null,
      to: r.to_stage as Stage,
      reason: r.reason,
      actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label },
      at: r.created_at,
    })),
    nextCursor: rows.nextCursor,
  };
}
