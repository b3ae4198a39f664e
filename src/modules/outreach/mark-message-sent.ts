import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";

/** A person sent an outbox message from their own mail client: it leaves the outbox as sent. */
export async function markMessageSent(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  messageId: string,
): Promise<void> {
  const message = await db
    .selectFrom("email_messages")
    .select(["id", "status", "delivery_text"])
    .where("organisation_id", "=", ctx.organisationId)
    .where("id", "=", messageId)
    .executeTakeFirst();
  if (!message) throw notFound("Message");
  if (message.status !== "outbox" && message.status !== "failed")
    throw new AppError(
      "conflict",
      `The message is ${message.status}; only outbox or failed messages are sent by hand.`,
    );
  if (message.delivery_text !== null)
    throw new AppError(
      "conflict",
      "This message holds a link only the creator may see; it was never shown here, so send a new one instead.",
    );
  await db
    .updateTable("email_messages")
    .set({ status: "sent", sent_at: nowIso(), error: null })
    .where("id", "=", messageId)
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "outreach.sent_by_hand",
    targetType: "email_message",
    targetId: messageId,
  });
}
