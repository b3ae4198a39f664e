import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { ComplianceFinding } from "../compliance/finding.js";
import type { DeliverableDetail } from "./deliverable-view.js";
import { getDeliverable } from "./get-deliverable.js";
import {
  findDeliverableRow,
  type ReviewActor,
  recordReviewEvent,
  setDeliverableStatus,
} from "./review-actor.js";

export type ReviewDecision =
  | { decision: "request_changes"; body: string }
  | { decision: "approve"; body?: string | null; overrideReason?: string | null };

/**
 * The brand's decision on the latest draft, which must be in review. Approval is refused while the draft has an
 * `error` finding unless the reviewer overrides it with a written reason, which is recorded (C7).
 */
export async function decideReview(
  db: Kysely<Database>,
  who: ReviewActor,
  deliverableId: string,
  input: ReviewDecision,
): Promise<DeliverableDetail> {
  if (who.author !== "brand") throw new AppError("forbidden", "Only the brand's team reviews drafts.");
  return inTransaction(db, async (trx) => {
    const row = await findDeliverableRow(trx, who, deliverableId);
    if (row.status !== "in_review")
      throw new AppError(
        "conflict",
        `There is no draft in review: the deliverable is ${row.status.replace("_", " ")}.`,
        {
          errors: [{ field: "deliverableId", message: `deliverable is ${row.status}` }],
        },
      );
    const draft = await trx
      .selectFrom("deliverable_drafts")
      .select(["id", "version", "findings"])
      .where("deliverable_id", "=", row.id)
      .orderBy("version", "desc")
      .executeTakeFirstOrThrow();
    if (input.decision === "request_changes") {
      const body = input.body.trim();
      if (!body) throw invalidField("body", "say what needs to change");
      await setDeliverableStatus(trx, row, { status: "changes_requested" });
      await recordReviewEvent(trx, who, row.id, { kind: "changes_requested", draftId: draft.id, body });
    } else {
      const errors = (JSON.parse(draft.findings) as ComplianceFinding[]).filter(
        (f) => f.severity === "error",
      );
      const overrideReason = input.overrideReason?.trim() || null;
      if (errors.length > 0 && !overrideReason)
        throw new AppError(
          "conflict",
          `Draft ${draft.version} fails ${errors.length} compliance check(s): ${errors.map((e) => e.rule).join(", ")}. Ask for changes, or override with a written reason.`,
          {
            errors: [
              { field: "overrideReason", message: "required to approve a draft with compliance errors" },
            ],
          },
        );
      if (overrideReason && overrideReason.length < 10)
        throw invalidField("overrideReason", "explain the override in at least 10 characters");
      await setDeliverableStatus(trx, row, { status: "approved", approved_at: nowIso() });
      await recordReviewEvent(trx, who, row.id, {
        kind: "approved",
        draftId: draft.id,
        body: input.body?.trim() || null,
        details: errors.length > 0 ? { overrideReason, overriddenRules: errors.map((e) => e.rule) } : {},
      });
    }
    await recordAuditEvent(trx, {
      organisationId: row.organisation_id,
      actor: who.actor,
      action: input.decision === "approve" ? "deliverable.approved" : "deliverable.changes_requested",
      targetType: "deliverable",
      targetId: row.id,
      details: {
        draftId: draft.id,
        version: draft.version,
        ...(input.decision === "approve" && input.overrideReason
          ? { overrideReason: input.overrideReason.trim() }
          : {}),
      },
    });
    return getDeliverable(trx, who, row.id);
  });
}
