import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import type { OrgAuth } from "../../http/auth.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { bumpLinksVersion } from "./link-cache.js";
import { findLinkRow, type LinkView, toLinkView } from "./link-view.js";
import type { LinkStatus } from "./schema.js";

/** Disables (or re-enables) a link; a disabled link answers 404 in every process within a cache poll. */
export async function setLinkStatus(
  db: Kysely<Database>,
  auth: Pick<OrgAuth, "organisationId" | "actor">,
  linkId: string,
  status: LinkStatus,
  publicUrl: string,
): Promise<LinkView> {
  return inTransaction(db, async (trx) => {
    const row = await findLinkRow(trx, auth.organisationId, linkId);
    if (row.status === status) return toLinkView(row, publicUrl);
    const updatedAt = nowIso();
    await trx
      .updateTable("tracking_links")
      .set({ status, updated_at: updatedAt })
      .where("organisation_id", "=", auth.organisationId)
      .where("id", "=", linkId)
      .execute();
    await bumpLinksVersion(trx);
    await recordAuditEvent(trx, {
      organisationId: auth.organisationId,
      actor: auth.actor,
      action: status === "disabled" ? "tracking_link.disabled" : "tracking_link.enabled",
      targetType: "tracking_link",
      targetId: linkId,
    });
    return toLinkView({ ...row, status, updated_at: updatedAt }, publicUrl);
  });
}
