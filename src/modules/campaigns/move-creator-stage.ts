import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { hasSignedContract } from "../contracts/has-signed-contract.js";
import { recordStageChange } from "./record-stage-change.js";
import { assertStageMove, type Stage } from "./stages.js";

/** Moves a creator through the pipeline by its rules (see stages.ts) and records who moved them and when. */
export async function moveCreatorStage(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
  move: { stage: Stage; reason?: string | null },
): Promise<{ from: Stage; to: Stage }> {
  return inTransaction(db, async (trx) => {
    const member = await trx
      .selectFrom("campaign_creators")
      .select(["stage"])
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .executeTakeFirst();
    if (!member) throw notFound("Creator in this campaign");
    const from = member.stage as Stage;
    assertStageMove(from, move.stage, {
      hasSignedContract: await hasSignedContract(trx, ctx.organisationId, campaignId, creatorId),
      reason: move.reason,
    });
    const now = nowIso();
    const reason = move.reason?.trim() || null;
    await trx
      .updateTable("campaign_creators")
      .set({ stage: move.stage, stage_reason: reason, stage_changed_at: now, updated_at: now })
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .execute();
    await recordStageChange(trx, {
      organisationId: ctx.organisationId,
      campaignId,
      creatorId,
      from,
      to: move.stage,
      reason,
      actor: ctx.actor,
      at: now,
    });
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.creator_stage_changed",
      targetType: "campaign",
      targetId: campaignId,
      details: { creatorId, from, to: move.stage, ...(reason ? { reason } : {}) },
    });
    return { from, to: move.stage };
  });
}
