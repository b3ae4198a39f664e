import { type Kysely, type Selectable, sql } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { dayMs } from "../../shared/time.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { moveCreatorStage } from "../campaigns/move-creator-stage.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { doNotContactReason } from "./do-not-contact.js";
import { newMessageId } from "./mailer.js";
import { buildMergeContext } from "./merge-context.js";
import { deliverJobKind, followUpJobKind, type OutreachEnv, utcDay } from "./outreach-env.js";
import { getOutreachSettings } from "./outreach-settings.js";
import { plainEmail, renderEmail, withSignature } from "./render-email.js";
import type { EmailMessagesTable } from "./schema.js";
import { getSequence } from "./sequences.js";
import { getTemplate } from "./templates.js";

export interface FollowUpStep {
  templateId: string;
  /** Days without a reply after the previous message. */
  afterDays: number;
}

export interface SendEmailInput {
  /** Template source with merge fields, edited for this creator as needed. */
  subject: string;
  body: string;
  templateId?: string | null;
  /** True when subject and body are the message written out in full (edited after a preview): sent as they read. */
  written?: boolean;
  followUps?: FollowUpStep[];
  /** A saved sequence whose steps become the follow-ups (instead of `followUps`). */
  sequenceId?: string | null;
  /** Set by a bulk send: a second message with the same key is refused by the database. */
  sendKey?: string;
  /**
   * A value only the recipient may read (a portal link): `placeholder` in the body becomes `value` in what SMTP
   * delivers and `shownAs` in the message the team sees in the thread and the outbox.
   */
  secret?: { placeholder: string; value: string; shownAs: string };
}

/** Refuses when the organisation has used up today's sends; the limit protects its sender reputation. */
export async function assertUnderDailyLimit(
  db: Kysely<Database>,
  organisationId: string,
  limit: number,
  now: Date,
) {
  const day = utcDay(now);
  const sent = await db
    .selectFrom("email_messages")
    .select(sql<number>`count(*)`.as("n"))
    .where("organisation_id", "=", organisationId)
    .where("direction", "=", "outbound")
    .where("status", "in", ["queued", "sent", "outbox"])
    .where("created_at", ">=", day.start)
    .executeTakeFirst();
  if (Number(sent?.n ?? 0) >= limit)
    throw new AppError(
      "rate_limited",
      `Today's send limit of ${limit} emails is reached; sending resumes tomorrow (UTC).`,
      {
        errors: [{ field: "dailySendLimit", message: `limit of ${limit} per day reached` }],
        retryAfterSeconds: Math.ceil((day.next.getTime() - now.getTime()) / 1000),
      },
    );
}

export interface OutreachBlock {
  code: "validation" | "conflict";
  field: string;
  /** Why this creator is not emailed, in a few plain words. */
  reason: string;
  detail: string;
}

/** Why a creator must not be emailed in this campaign (no address, declined or dropped, do not contact), or null. */
export async function outreachBlock(
  db: Kysely<Database>,
  organisationId: string,
  stage: string,
  email: string | null,
): Promise<OutreachBlock | null> {
  if (!email)
    return {
      code: "validation",
      field: "creatorId",
      reason: "no email address",
      detail: "creatorId: the creator has no email address; add one first",
    };
  if (stage === "declined" || stage === "dropped")
    return {
      code: "conflict",
      field: "creatorId",
      reason: `${stage} in this campaign`,
      detail: `The creator is ${stage} in this campaign.`,
    };
  const dnc = await doNotContactReason(db, organisationId, email);
  if (dnc !== null)
    return {
      code: "conflict",
      field: "to",
      reason: `on the do-not-contact list (${dnc})`,
      detail: `${email} is on the do-not-contact list.`,
    };
  return null;
}

/** Stops every scheduled follow-up of a thread, saying why. */
export async function stopFollowUps(db: Kysely<Database>, threadId: string, reason: string): Promise<void> {
  await db
    .updateTable("email_follow_ups")
    .set({ status: "stopped", stopped_reason: reason, updated_at: nowIso() })
    .where("thread_id", "=", threadId)
    .where("status", "=", "scheduled")
    .execute();
}

/**
 * Emails a creator in a campaign: renders the (possibly edited) template, records the message in the creator's one
 * thread for this campaign, and queues it for SMTP, or leaves it in the outbox when no SMTP server is configured.
 * Starts the follow-up sequence, if given. A shortlisted creator becomes contacted.
 */
export async function sendCampaignEmail(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  campaignId: string,
  creatorId: string,
  input: SendEmailInput,
): Promise<Selectable<EmailMessagesTable>> {
  return inTransaction(db, async (trx) => {
    const now = new Date();
    const settings = await getOutreachSettings(trx, ctx.organisationId, env.publicUrl);
    const { context, stage, email } = await buildMergeContext(
      trx,
      ctx.organisationId,
      campaignId,
      creatorId,
      settings,
    );
    // A person forwards outbox mail by hand, so a secret left there would be read by the team.
    if (input.secret && !env.smtpUrl)
      throw new AppError(
        "conflict",
        "This email carries a link only the creator may see, so it is sent by SMTP only; configure AMPLIO_SMTP_URL.",
        { errors: [{ field: "smtpUrl", message: "no SMTP server is configured" }] },
      );
    const block = await outreachBlock(trx, ctx.organisationId, stage, email);
    if (block)
      throw new AppError(block.code, block.detail, {
        errors: [{ field: block.field, message: block.reason }],
      });
    const to = email as string;
    await assertUnderDailyLimit(trx, ctx.organisationId, settings.dailySendLimit, now);
    if (input.templateId) await getTemplate(trx, ctx.organisationId, input.templateId);
    const sequence = input.sequenceId ? await getSequence(trx, ctx.organisationId, input.sequenceId) : null;
    const followUps = sequence ? sequence.steps : (input.followUps ?? []);
    for (const [index, step] of followUps.entries())
      await getTemplate(trx, ctx.organisationId, step.templateId).catch(() => {
        throw new AppError("validation", `followUps.${index}.templateId: unknown template`, {
          errors: [{ field: `followUps.${index}.templateId`, message: "unknown template" }],
        });
      });
    // A message written out in full already shows the signature from its preview.
    const rendered = input.written
      ? plainEmail(input.subject, input.body)
      : withSignature(renderEmail(input, context), settings.signature);
    const secret = input.secret;
    const shown = (body: string) => (secret ? body.replaceAll(secret.placeholder, secret.shownAs) : body);
    const delivered = (body: string) => (secret ? body.replaceAll(secret.placeholder, secret.value) : null);
    const at = now.toISOString();

    let thread = await trx
      .selectFrom("email_threads")
      .selectAll()
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .executeTakeFirst();
    if (!thread) {
      thread = {
        id: newId(),
        organisation_id: ctx.organisationId,
        campaign_id: campaignId,
        creator_id: creatorId,
        subject: rendered.subject,
        status: "open",
        last_message_at: at,
        created_at: at,
      };
      await trx.insertInto("email_threads").values(thread).execute();
    }
    const previous = await trx
      .selectFrom("email_messages")
      .select("message_id")
      .where("thread_id", "=", thread.id)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    const id = newId();
    const message: Selectable<EmailMessagesTable> = {
      id,
      organisation_id: ctx.organisationId,
      thread_id: thread.id,
      direction: "outbound",
      status: env.smtpUrl ? "queued" : "outbox",
      from_address: settings.senderEmail,
      to_address: to,
      subject: rendered.subject,
      body_text: shown(rendered.text),
      body_html: shown(rendered.html),
      message_id: newMessageId(id, settings.senderEmail),
      in_reply_to: previous?.message_id ?? null,
      template_id: input.templateId ?? null,
      follow_up_step: null,
      error: null,
      sent_at: null,
      created_at: at,
      delivery_text: delivered(rendered.text),
      delivery_html: delivered(rendered.html),
      send_key: input.sendKey ?? null,
    };
    await trx.insertInto("email_messages").values(message).execute();
    await trx
      .updateTable("email_threads")
      .set({ status: "open", last_message_at: at })
      .where("id", "=", thread.id)
      .execute();
    if (message.status === "queued")
      await enqueueJob(trx, {
        kind: deliverJobKind,
        payload: { messageId: id },
        organisationId: ctx.organisationId,
      });

    const stageNow = stage === "shortlisted" ? "contacted" : stage;
    if (stage === "shortlisted")
      await moveCreatorStage(trx, ctx, campaignId, creatorId, { stage: "contacted" });

    await stopFollowUps(trx, thread.id, "a new message started another sequence");
    for (const [index, step] of followUps.entries()) {
      const followUpId = newId();
      const dueAt = index === 0 ? new Date(now.getTime() + step.afterDays * dayMs) : null;
      await trx
        .insertInto("email_follow_ups")
        .values({
          id: followUpId,
          organisation_id: ctx.organisationId,
          thread_id: thread.id,
          step: index + 1,
          template_id: step.templateId,
          after_days: step.afterDays,
          status: "scheduled",
          stage_when_scheduled: stageNow,
          due_at: dueAt?.toISOString() ?? null,
          stopped_reason: null,
          sequence_id: sequence?.id ?? null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      if (dueAt)
        await enqueueJob(trx, {
          kind: followUpJobKind,
          payload: { followUpId },
          runAt: dueAt,
          organisationId: ctx.organisationId,
        });
    }
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "outreach.email_sent",
      targetType: "campaign",
      targetId: campaignId,
      details: {
        creatorId,
        messageId: id,
        status: message.status,
        followUps: followUps.length,
        ...(sequence ? { sequenceId: sequence.id } : {}),
      },
    });
    return message;
  });
}
