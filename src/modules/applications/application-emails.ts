import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { isDoNotContact } from "../outreach/do-not-contact.js";
import { newMessageId, sendMail } from "../outreach/mailer.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { getOutreachSettings } from "../outreach/outreach-settings.js";
import type { ApplicationEmailKind, ApplicationEmailStatus } from "./schema.js";

export const applicationEmailJobKind = "applications.send_email";
const maxAttempts = 5;

export interface ApplicationEmailView {
  id: string;
  kind: ApplicationEmailKind;
  status: ApplicationEmailStatus;
  toAddress: string;
  subject: string;
  bodyText: string;
  error: string | null;
  sentAt: string | null;
  createdAt: string;
}

/**
 * Records an email to an applicant and queues it for SMTP through the outreach mailer, or leaves it in the outbox
 * when no SMTP server is configured. An address on the do-not-contact list gets nothing (recorded as skipped).
 * Run inside the transaction that makes the change the email is about.
 */
export async function queueApplicationEmail(
  db: Kysely<Database>,
  env: OutreachEnv,
  organisationId: string,
  applicationId: string,
  mail: { kind: ApplicationEmailKind; to: string; subject: string; bodyText: string },
): Promise<ApplicationEmailStatus> {
  const id = newId();
  const status: ApplicationEmailStatus = (await isDoNotContact(db, organisationId, mail.to))
    ? "skipped"
    : env.smtpUrl
      ? "queued"
      : "outbox";
  await db
    .insertInto("application_emails")
    .values({
      id,
      organisation_id: organisationId,
      application_id: applicationId,
      kind: mail.kind,
      status,
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.bodyText,
      error: null,
      sent_at: null,
      created_at: nowIso(),
    })
    .execute();
  if (status === "queued")
    await enqueueJob(db, { kind: applicationEmailJobKind, organisationId, payload: { emailId: id } });
  return status;
}

/** Job handler: sends one queued applicant email; after the last failed attempt it is marked failed, not dropped. */
export async function deliverApplicationEmail(
  db: Kysely<Database>,
  env: OutreachEnv,
  job: { organisationId: string | null; payload: Record<string, unknown>; attempts: number },
): Promise<void> {
  const email = await db
    .selectFrom("application_emails")
    .selectAll()
    .where("organisation_id", "=", job.organisationId ?? "")
    .where("id", "=", String(job.payload.emailId))
    .executeTakeFirst();
  if (email?.status !== "queued") return;
  if (!env.smtpUrl) {
    await db.updateTable("application_emails").set({ status: "outbox" }).where("id", "=", email.id).execute();
    return;
  }
  const settings = await getOutreachSettings(db, email.organisation_id, env.publicUrl);
  try {
    await sendMail(env.smtpUrl, {
      from: { name: settings.senderName, address: settings.senderEmail },
      to: email.to_address,
      subject: email.subject,
      text: email.body_text,
      html: null,
      messageId: newMessageId(email.id, settings.senderEmail),
      inReplyTo: null,
      references: [],
    });
  } catch (error) {
    const giveUp = job.attempts >= maxAttempts;
    await db
      .updateTable("application_emails")
      .set({
        error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        ...(giveUp ? { status: "failed" as const } : {}),
      })
      .where("id", "=", email.id)
      .execute();
    if (giveUp) return;
    throw error;
  }
  await db
    .updateTable("application_emails")
    .set({ status: "sent", sent_at: nowIso(), error: null })
    .where("id", "=", email.id)
    .execute();
}
