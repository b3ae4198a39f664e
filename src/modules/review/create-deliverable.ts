import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import type { Platform } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import { type DeliverableView, toDeliverableView } from "./deliverable-view.js";

export interface DeliverableInput {
  title: string;
  platform: Platform;
  format: ContentFormat;
  /** The date the draft is due for review, YYYY-MM-DD. */
  dueDate: string;
}

/** A piece of content a creator owes in a campaign; it waits for its first draft. */
export async function createDeliverable(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
  input: DeliverableInput,
): Promise<DeliverableView> {
  return inTransaction(db, async (trx) => {
    await getCampaignCreator(trx, ctx.organisationId, campaignId, creatorId);
    const now = nowIso();
    const row = {
      id: newId(),
      organisation_id: ctx.organisationId,
      campaign_id: campaignId,
      creator_id: creatorId,
      title: input.title,
      platform: input.platform,
      format: input.format,
      due_date: input.dueDate,
      status: "awaiting_draft" as const,
      live_post_id: null,
      approved_at: null,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto("deliverables").values(row).execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "deliverable.created",
      targetType: "deliverable",
      targetId: row.id,
      details: { campaignId, creatorId, title: input.title, dueDate: input.dueDate },
    });
    return toDeliverableView(row, null);
  });
}
