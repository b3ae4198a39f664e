import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { sendMail } from "./mailer.js";
import type { OutreachEnv } from "./outreach-env.js";
import { getOutreachSettings } from "./outreach-settings.js";

const maxAttempts = 5;

/**
 * Job handler body: sends one queued message over SMTP and marks it sent. A failure is recorded on the message and
 * retried by the job runner; after the last attempt the message is marked failed, never silently dropped.
 */
export async function deliverMessage(
  db: Kysely<Database>,
  env: OutreachEnv,
  job: { organisationId: string | null; payload: Record<string, unknown>; attempts: number },
): Promise<void> {
  const message = await db
    .selectFrom("email_messages")
    .selectAll()
    .where("organisation_id", "=", job.organisationId ?? "")
    .where("id", "=", String(job.payload.messageId))
    .executeTakeFirst();
  if (message?.status !== "queued") return;
  if (!env.smtpUrl) {
    await db.updateTable("email_messages").set({ status: "outbox" }).where("id", "=", message.id).execute();
    return;
  }
  const settings = await getOutreachSettings(db, message.organisation_id, env.publicUrl);
  const references = message.in_reply_to
    ? (
        await db
          .selectFrom("email_messages")
          .select("message_id")
          .where("thread_id", "=", message.thread_id)
          .where("created_at", "<", message.created_at)
          .orderBy("created_at")
          .execute()
      ).map((m) => m.message_id)
    : [];
  try {
    await sendMail(env.smtpUrl, {
      from: { name: settings.senderName, address: message.from_address },
      to: message.to_address,
      subject: message.subject,
      text: message.delivery_text ?? message.body_text,
      html: message.delivery_html ?? message.body_html,
      messageId: message.message_id,
      inReplyTo: message.in_reply_to,
      references,
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const giveUp = job.attempts >= maxAttempts;
    await db
      .updateTable("email_messages")
      .set({ error: text.slice(0, 1000), ...(giveUp ? { status: "failed" } : {}) })
      .where("id", "=", message.id)
      .execute();
    if (giveUp) return;
    throw error;
  }
  await db
    .updateTable("email_messages")
    .set({ status: "sent", sent_at: nowIso(), error: null, delivery_text: null, delivery_html: null })
    .where("id", "=", message.id)
    .execute();
}
