import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { Platform } from "../creators/tiers.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { checkDraftCompliance } from "./check-draft-compliance.js";
import type { DeliverableDetail, DraftMedia } from "./deliverable-view.js";
import { getDeliverable } from "./get-deliverable.js";
import { queueTeamNotification } from "./notify-team.js";
import {
  findDeliverableRow,
  type ReviewActor,
  recordReviewEvent,
  setDeliverableStatus,
} from "./review-actor.js";
import type { DeliverableStatus } from "./schema.js";

export interface DraftInput {
  caption: string;
  media: Array<{ kind: "link"; url: string } | { kind: "upload"; mediaId: string }>;
}

const openForDrafts: ReadonlySet<DeliverableStatus> = new Set([
  "awaiting_draft",
  "in_review",
  "changes_requested",
]);

/**
 * Records a new draft version, runs the compliance check on its caption and stores the findings, and puts the
 * deliverable in review. Approved or live content takes no more drafts.
 */
export async function submitDraft(
  db: Kysely<Database>,
  who: ReviewActor,
  env: OutreachEnv,
  deliverableId: string,
  input: DraftInput,
): Promise<DeliverableDetail> {
  return inTransaction(db, async (trx) => {
    const row = await findDeliverableRow(trx, who, deliverableId);
    if (!openForDrafts.has(row.status))
      throw new AppError(
        "conflict",
        `This deliverable is ${row.status.replace("_", " ")}; it takes no more drafts.`,
        {
          errors: [{ field: "deliverableId", message: `deliverable is ${row.status}` }],
        },
      );
    if (!input.caption.trim() && input.media.length === 0)
      throw invalidField("caption", "write a caption or add media");
    const media: DraftMedia[] = [];
    for (const [index, item] of input.media.entries()) {
      if (item.kind === "link") {
        media.push(item);
        continue;
      }
      const file = await trx
        .selectFrom("media_files")
        .select(["id", "content_type"])
        .where("organisation_id", "=", row.organisation_id)
        .where("creator_id", "=", row.creator_id)
        .where("id", "=", item.mediaId)
        .executeTakeFirst();
      if (!file) throw invalidField(`media.${index}.mediaId`, "no such upload of this creator");
      media.push({ kind: "upload", mediaId: file.id, contentType: file.content_type });
    }
    const result = await checkDraftCompliance(
      trx,
      row.organisation_id,
      { campaignId: row.campaign_id, creatorId: row.creator_id, platform: row.platform as Platform },
      input.caption,
      env.publicUrl,
    );
    const latest = await trx
      .selectFrom("deliverable_drafts")
      .select(({ fn }) => fn.max("version").as("version"))
      .where("deliverable_id", "=", row.id)
      .executeTakeFirst();
    const draftId = newId();
    const version = Number(latest?.version ?? 0) + 1;
    await trx
      .insertInto("deliverable_drafts")
      .values({
        id: draftId,
        organisation_id: row.organisation_id,
        deliverable_id: row.id,
        version,
        caption: input.caption,
        media: JSON.stringify(media),
        findings: JSON.stringify(result.findings),
        compliant: result.compliant ? 1 : 0,
        created_at: nowIso(),
      })
      .execute();
    await setDeliverableStatus(trx, row, { status: "in_review" });
    await recordReviewEvent(trx, who, row.id, {
      kind: "draft_submitted",
      draftId,
      details: {
        version,
        compliant: result.compliant,
        errors: result.findings.filter((f) => f.severity === "error").length,
      },
    });
    await recordAuditEvent(trx, {
      organisationId: row.organisation_id,
      actor: who.actor,
      action: "deliverable.draft_submitted",
      targetType: "deliverable",
      targetId: row.id,
      details: { draftId, version, compliant: result.compliant },
    });
    if (who.author === "creator")
      await queueTeamNotification(trx, env, row.organisation_id, row.id, "draft_submitted");
    return getDeliverable(trx, who, row.id);
  });
}
