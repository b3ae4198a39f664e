import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { addCreatorsToCampaign } from "../campaigns/add-creators-to-campaign.js";
import { getOrganisation } from "../organisations/organisations.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { queueApplicationEmail } from "./application-emails.js";
import { type ApplicationView, findApplicationRow, getApplication } from "./application-view.js";
import type { ApplicationStatus, CreatorApplicationsTable } from "./schema.js";

type Ctx = { organisationId: string; actor: Actor };

async function decide(
  trx: Kysely<Database>,
  ctx: Ctx,
  row: CreatorApplicationsTable,
  status: ApplicationStatus,
  acceptedCampaignId: string | null,
) {
  await trx
    .updateTable("creator_applications")
    .set({
      status,
      decided_at: nowIso(),
      decided_by: ctx.actor.label,
      accepted_campaign_id: acceptedCampaignId,
      updated_at: nowIso(),
    })
    .where("id", "=", row.id)
    .execute();
  await recordAuditEvent(trx, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: `application.${status}`,
    targetType: "creator",
    targetId: row.creator_id,
    details: { applicationId: row.id, ...(acceptedCampaignId ? { campaignId: acceptedCampaignId } : {}) },
  });
}

function refuseIf(row: CreatorApplicationsTable, statuses: ApplicationStatus[]) {
  if (statuses.includes(row.status))
    throw new AppError("conflict", `This application is already ${row.status}.`, {
      errors: [{ field: "status", message: `already ${row.status}` }],
    });
}

/**
 * Accepts an application: the creator is shortlisted in the chosen campaign's pipeline (left as they are when
 * already in it). A declined or spam application can be accepted after all; an accepted one only once.
 */
export async function acceptApplication(
  db: Kysely<Database>,
  ctx: Ctx,
  applicationId: string,
  campaignId: string,
): Promise<ApplicationView> {
  return inTransaction(db, async (trx) => {
    const row = await findApplicationRow(trx, ctx.organisationId, applicationId);
    refuseIf(row, ["accepted"]);
    await addCreatorsToCampaign(trx, ctx, campaignId, [row.creator_id]);
    await decide(trx, ctx, row, "accepted", campaignId);
    return getApplication(trx, ctx.organisationId, applicationId);
  });
}

/** Declines a waiting application, emailing the creator the brand's message when asked to. */
export async function declineApplication(
  db: Kysely<Database>,
  ctx: Ctx,
  env: OutreachEnv,
  applicationId: string,
  input: { emailCreator: boolean; message?: string | null },
): Promise<ApplicationView> {
  return inTransaction(db, async (trx) => {
    const row = await findApplicationRow(trx, ctx.organisationId, applicationId);
    refuseIf(row, ["accepted", "declined", "spam"]);
    await decide(trx, ctx, row, "declined", null);
    if (input.emailCreator) {
      const brand = (await getOrganisation(trx, ctx.organisationId)).name;
      const message =
        input.message?.trim() ||
        `Thank you for applying to work with ${brand}. We will not take your application further this time, and we wish you well with your work.`;
      await queueApplicationEmail(trx, env, ctx.organisationId, row.id, {
        kind: "decline",
        to: row.email,
        subject: `Your application to ${brand}`,
        bodyText: [`Hi ${row.name},`, "", message, "", brand].join("\n"),
      });
    }
    return getApplication(trx, ctx.organisationId, applicationId);
  });
}

/** Marks a waiting application as spam: it leaves the inbox and no email goes out. */
export async function markApplicationSpam(
  db: Kysely<Database>,
  ctx: Ctx,
  applicationId: string,
): Promise<ApplicationView> {
  return inTransaction(db, async (trx) => {
    const row = await findApplicationRow(trx, ctx.organisationId, applicationId);
    refuseIf(row, ["accepted", "spam"]);
    await decide(trx, ctx, row, "spam", null);
    return getApplication(trx, ctx.organisationId, applicationId);
  });
}
