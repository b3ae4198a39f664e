import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { checkCompliance } from "../compliance/check-compliance.js";
import { briefComplianceInput } from "./brief-compliance-input.js";
import type { BriefContent, BriefInput, BriefOverride, BriefOverrideInput } from "./brief-content.js";
import { type BriefView, getBrief } from "./get-brief.js";

export interface BriefContext {
  organisationId: string;
  actor: Actor;
}

/**
 * Saves a new version of the campaign's brief (creatorId null) or of one creator's override. Versions are never
 * edited, so a creator can always see what changed. The reference files of the version before are kept: they
 * change only through their own routes.
 */
export async function saveBrief(
  db: Kysely<Database>,
  ctx: BriefContext,
  campaignId: string,
  creatorId: string | null,
  content: BriefInput | BriefOverrideInput,
): Promise<BriefView> {
  return inTransaction(db, async (trx) => {
    await requireBriefOwner(trx, ctx.organisationId, campaignId, creatorId);
    const before = await getBrief(trx, ctx.organisationId, campaignId, creatorId);
    const files = creatorId ? before.override?.referenceFiles : before.content.referenceFiles;
    return saveBriefVersion(
      trx,
      ctx,
      campaignId,
      creatorId,
      files ? { ...content, referenceFiles: files } : content,
      {
        action: creatorId ? "brief.override_saved" : "brief.saved",
      },
    );
  });
}

/** The campaign, or the creator in it, whose brief this is; 404 for another organisation's. */
export async function requireBriefOwner(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string | null,
): Promise<void> {
  if (creatorId) await getCampaignCreator(db, organisationId, campaignId, creatorId);
  else await getCampaign(db, organisationId, campaignId);
}

/** Writes the next version of a brief or override inside the caller's transaction, with its audit event. */
export async function saveBriefVersion(
  trx: Kysely<Database>,
  ctx: BriefContext,
  campaignId: string,
  creatorId: string | null,
  content: BriefContent | BriefOverride,
  audit: { action: string; details?: Record<string, unknown> },
): Promise<BriefView> {
  const latest = await trx
    .selectFrom("briefs")
    .select(({ fn }) => fn.max("version").as("version"))
    .where("organisation_id", "=", ctx.organisationId)
    .where("campaign_id", "=", campaignId)
    .where("creator_id", "=", creatorId ?? "")
    .executeTakeFirst();
  // The brief feeds every draft's compliance check, so a hashtag or term the checker cannot use is refused now.
  const before = await getBrief(trx, ctx.organisationId, campaignId, creatorId);
  const merged: BriefContent = { ...before.content, ...content };
  checkCompliance({ caption: "", platform: "instagram", ...briefComplianceInput(merged) });
  const version = Number(latest?.version ?? 0) + 1;
  const id = newId();
  try {
    await trx
      .insertInto("briefs")
      .values({
        id,
        organisation_id: ctx.organisationId,
        campaign_id: campaignId,
        creator_id: creatorId ?? "",
        version,
        content: JSON.stringify(content),
        actor_label: ctx.actor.label,
        created_at: nowIso(),
      })
      .execute();
  } catch (error) {
    // Two saves read the same latest version: the second loses the race and says so, rather than failing opaquely.
    if (isUniqueViolation(error))
      throw new AppError(
        "conflict",
        "Someone else saved this brief at the same moment: reload it and save again.",
      );
    throw error;
  }
  await recordAuditEvent(trx, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: audit.action,
    targetType: "campaign",
    targetId: campaignId,
    details: { briefId: id, version, creatorId, ...audit.details },
  });
  return getBrief(trx, ctx.organisationId, campaignId, creatorId);
}
