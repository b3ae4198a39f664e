import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { dayMs } from "../../shared/time.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { isDoNotContact } from "./do-not-contact.js";
import { newMessageId } from "./mailer.js";
import { buildMergeContext } from "./merge-context.js";
import { deliverJobKind, followUpJobKind, type OutreachEnv, utcDay } from "./outreach-env.js";
import { getOutreachSettings } from "./outreach-settings.js";
import { renderEmail, withSignature } from "./render-email.js";
import { assertUnderDailyLimit, stopFollowUps } from "./send-campaign-email.js";
import { getTemplate } from "./templates.js";

export type FollowUpOutcome = "sent" | "stopped" | "deferred" | "skipped";

/**
 * Job handler body for one follow-up step. It checks the stop conditions when it runs, not when it was scheduled:
 * a reply, an opt-out (or do-not-contact entry), or any pipeline stage change since the sequence started stops it.
 * Over the daily limit it waits for the next UTC day. After sending, the next step is scheduled.
 */
export async function runFollowUp(
  db: Kysely<Database>,
  env: OutreachEnv,
  job: { organisationId: string | null; payload: Record<string, unknown> },
): Promise<FollowUpOutcome> {
  return db.transaction().execute(async (trx) => {
    const organisationId = job.organisationId ?? "";
    const followUp = await trx
      .selectFrom("email_follow_ups")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("id", "=", String(job.payload.followUpId))
      .executeTakeFirst();
    if (followUp?.status !== "scheduled") return "skipped";
    const thread = await trx
      .selectFrom("email_threads")
      .selectAll()
      .where("id", "=", followUp.thread_id)
      .executeTakeFirstOrThrow();
    const settings = await getOutreachSettings(trx, organisationId, env.publicUrl);
    const { context, stage, email } = await buildMergeContext(
      trx,
      organisationId,
      thread.campaign_id,
      thread.creator_id,
      settings,
    );
    const stopReason =
      thread.status === "replied"
        ? "the creator replied"
        : thread.status === "opted_out" || !email || (await isDoNotContact(trx, organisationId, email))
          ? "the creator opted out"
          : stage !== followUp.stage_when_scheduled
            ? `the creator moved from ${followUp.stage_when_scheduled} to ${stage}`
            : null;
    if (stopReason) {
      await stopFollowUps(trx, thread.id, stopReason);
      return "stopped";
    }
    const now = new Date();
    try {
      await assertUnderDailyLimit(trx, organisationId, settings.dailySendLimit, now);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "rate_limited") throw error;
      const next = utcDay(now).next;
      await trx
        .updateTable("email_follow_ups")
        .set({ due_at: next.toISOString(), updated_at: nowIso() })
        .where("id", "=", followUp.id)
        .execute();
      await enqueueJob(trx, {
        kind: followUpJobKind,
        payload: { followUpId: followUp.id },
        runAt: next,
        organisationId,
      });
      return "deferred";
    }
    let template: { body: string };
    try {
      template = await getTemplate(trx, organisationId, followUp.template_id);
    } catch {
      await stopFollowUps(trx, thread.id, "the follow-up template was deleted");
      return "stopped";
    }
    // Follow-ups stay in the thread: the subject is the thread's, the body the step's template.
    const rendered = withSignature(
      renderEmail({ subject: `Re: ${thread.subject.replace(/[{}]/g, "")}`, body: template.body }, context),
      settings.signature,
    );
    const previous = await trx
      .selectFrom("email_messages")
      .select("message_id")
      .where("thread_id", "=", thread.id)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    const at = now.toISOString();
    const id = newId();
    const status = env.smtpUrl ? "queued" : "outbox";
    await trx
      .insertInto("email_messages")
      .values({
        id,
        organisation_id: organisationId,
        thread_id: thread.id,
        direction: "outbound",
        status,
        from_address: settings.senderEmail,
        to_address: email as string,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        message_id: newMessageId(id, settings.senderEmail),
        in_reply_to: previous?.message_id ?? null,
        template_id: followUp.template_id,
        follow_up_step: followUp.step,
        error: null,
        sent_at: null,
        created_at: at,
      })
      .execute();
    if (status === "queued")
      await enqueueJob(trx, { kind: deliverJobKind, payload: { messageId: id }, organisationId });
    await trx.updateTable("email_threads").set({ last_message_at: at }).where("id", "=", thread.id).execute();
    await trx
      .updateTable("email_follow_ups")
      .set({ status: "sent", updated_at: at })
      .where("id", "=", followUp.id)
      .execute();
    const nextStep = await trx
      .selectFrom("email_follow_ups")
      .selectAll()
      .where("thread_id", "=", thread.id)
      .where("status", "=", "scheduled")
      .where("step", "=", followUp.step + 1)
      .executeTakeFirst();
    if (nextStep) {
      const dueAt = new Date(now.getTime() + nextStep.after_days * dayMs);
      await trx
        .updateTable("email_follow_ups")
        .set({ due_at: dueAt.toISOString(), updated_at: at })
        .where("id", "=", nextStep.id)
        .execute();
      await enqueueJob(trx, {
        kind: followUpJobKind,
        payload: { followUpId: nextStep.id },
        runAt: dueAt,
        organisationId,
      });
    }
    return "sent";
  });
}
