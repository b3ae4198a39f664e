import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { assertDate } from "./campaign-input.js";
import type { CollaborationType } from "./collaboration-types.js";

export interface CollaborationInput {
  collaborationType?: CollaborationType | null;
  termMonths?: number | null;
  deliverablesPerMonth?: number | null;
  termEndsOn?: string | null;
}

/** Sets how a creator collaborates in the campaign; an ambassador has a term and monthly deliverables. */
export async function updateCampaignCreator(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
  input: CollaborationInput,
): Promise<void> {
  if (input.termEndsOn) assertDate("termEndsOn", input.termEndsOn);
  await inTransaction(db, async (trx) => {
    const member = await trx
      .selectFrom("campaign_creators")
      .selectAll()
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .executeTakeFirst();
    if (!member) throw notFound("Creator in this campaign");
    const type = input.collaborationType === undefined ? member.collaboration_type : input.collaborationType;
    const ambassador = type === "ambassador";
    if (!ambassador && (input.termMonths || input.deliverablesPerMonth || input.termEndsOn))
      throw invalidField("collaborationType", "only ambassadors have a term and monthly deliverables");
    await trx
      .updateTable("campaign_creators")
      .set({
        collaboration_type: type,
        term_months: ambassador ? (input.termMonths ?? member.term_months) : null,
        deliverables_per_month: ambassador
          ? (input.deliverablesPerMonth ?? member.deliverables_per_month)
          : null,
        term_ends_on: ambassador ? (input.termEndsOn ?? member.term_ends_on) : null,
        updated_at: nowIso(),
      })
      .where("id", "=", member.id)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.collaboration_updated",
      targetType: "campaign",
      targetId: campaignId,
      details: { creatorId, ...input },
    });
  });
}

/** Renews an ambassador's term by its length in months, from the current end (explicit, never automatic). */
export async function renewAmbassadorTerm(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
): Promise<{ termEndsOn: string }> {
  return inTransaction(db, async (trx) => {
    const member = await trx
      .selectFrom("campaign_creators")
      .selectAll()
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .executeTakeFirst();
    if (!member) throw notFound("Creator in this campaign");
    if (member.collaboration_type !== "ambassador" || !member.term_months || !member.term_ends_on)
      throw invalidField(
        "collaborationType",
        "only an ambassador with a term and an end date can be renewed",
      );
    const end = new Date(`${member.term_ends_on}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + member.term_months);
    const termEndsOn = end.toISOString().slice(0, 10);
    await trx
      .updateTable("campaign_creators")
      .set({ term_ends_on: termEndsOn, updated_at: nowIso() })
      .where("id", "=", member.id)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "campaign.ambassador_renewed",
      targetType: "campaign",
      targetId: campaignId,
      details: { creatorId, termEndsOn },
    });
    return { termEndsOn };
  });
}
