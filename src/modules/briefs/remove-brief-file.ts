import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { type BriefView, getBrief } from "./get-brief.js";
import { type BriefContext, requireBriefOwner, saveBriefVersion } from "./save-brief.js";

/**
 * Takes a reference file out of the campaign's brief, or out of what one creator's override lists, as a new
 * version. The bytes stay, so the team can still open the file from an earlier version.
 */
export async function removeBriefFile(
  db: Kysely<Database>,
  ctx: BriefContext,
  campaignId: string,
  creatorId: string | null,
  fileId: string,
): Promise<BriefView> {
  return inTransaction(db, async (trx) => {
    await requireBriefOwner(trx, ctx.organisationId, campaignId, creatorId);
    const current = await getBrief(trx, ctx.organisationId, campaignId, creatorId);
    const file = current.content.referenceFiles.find((f) => f.id === fileId);
    if (!file) throw notFound("Reference file");
    const referenceFiles = current.content.referenceFiles.filter((f) => f.id !== fileId);
    return saveBriefVersion(
      trx,
      ctx,
      campaignId,
      creatorId,
      creatorId ? { ...current.override, referenceFiles } : { ...current.content, referenceFiles },
      { action: "brief.file_removed", details: { fileId, name: file.name } },
    );
  });
}
