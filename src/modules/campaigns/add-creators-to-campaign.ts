import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCreator } from "../creators/creators.js";
import { findCampaignRow } from "./campaign-view.js";
import { recordStageChange } from "./record-stage-change.js";

/**
 * Shortlists creators in a campaign, in one transaction. Creators already in it are left as they are and counted.
 * 404 when the campaign or any creator is not the organisation's.
 */
export async function addCreatorsToCampaign(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorIds: string[],
): Promise<{ added: number; alreadyIn: number }> {
  const wanted = [...new Set(creatorIds)];
  return inTransaction(db, async (trx) => {
    await findCampaignRow(trx, ctx.organisationId, campaignId);
    for (const creatorId of wanted) await getCreator(trx, ctx.organisationId, creatorId);
    const existing = new Set<string>();
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await trx
        .selectFrom("campaign_creators")
        .select("creator_id")
        .where("campaign_id", "=", campaignId)
        .where("creator_id", "in", wanted.slice(i, i + 500))
        .execute();
      for (const row of rows) existing.add(row.creator_id);
    }
    const now = nowIso();
    const toAdd = wanted.filter((id) => !existing.has(id));
    for (const creatorId of toAdd) {
      await trx
        .insertInto("campaign_creators")
        .values({
          id: newId(),
          organisation_id: ctx.organisationId,
          campaign_id: campaignId,
          creator_id: creatorId,
          stage: "shortlisted",
          stage_reason: null,
          stage_changed_at: now,
          collaboration_type: null,
          term_months: null,
          deliverables_per_month: null,
          term_ends_on: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await recordStageChange(trx, {
        organisationId: ctx.organisationId,
        campaignId,
        creatorId,
        from: null,
        to: "shortlisted",
        reason: null,
        actor: ctx.actor,
        at: now,
      });
    }
    if (toAdd.length > 0)
      await recordAuditEvent(trx, {
        organisationId: ctx.organisationId,
        actor: ctx.actor,
        action: "campaign.creators_added",
        targetType: "campaign",
        targetId: campaignId,
        details: { creatorIds: toAdd },
      });
    return { added: toAdd.length, alreadyIn: existing.size };
  });
}
