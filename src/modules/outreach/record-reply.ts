import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { addDoNotContact } from "./do-not-contact.js";
import { newMessageId } from "./mailer.js";
import { stopFollowUps } from "./send-campaign-email.js";

export interface InboundEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[];
}

/** A reply whose first line asks to stop is an opt-out. */
export function isOptOut(text: string): boolean {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  return /^\s*(stop|unsubscribe|opt[\s-]?out|remove me)\b/i.test(firstLine);
}

const bracketed = (id: string) => (id.startsWith("<") ? id : `<${id}>`);

async function findThread(db: Kysely<Database>, organisationId: string, email: InboundEmail) {
  const ids = [email.inReplyTo, ...(email.references ?? [])]
    .filter((v): v is string => Boolean(v))
    .map(bracketed);
  if (ids.length > 0) {
    const byId = await db
      .selectFrom("email_messages")
      .select("thread_id")
      .where("organisation_id", "=", organisationId)
      .where("message_id", "in", ids)
      .executeTakeFirst();
    if (byId) return byId.thread_id;
  }
  // Some clients drop the headers; the conversation most recently written to that address is the best match.
  const byAddress = await db
    .selectFrom("email_messages")
    .select("thread_id")
    .where("organisation_id", "=", organisationId)
    .where("direction", "=", "outbound")
    .where("to_address", "=", email.from.toLowerCase())
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return byAddress?.thread_id ?? null;
}

export interface RecordedReply {
  threadId: string;
  messageId: string;
  campaignId: string;
  creatorId: string;
  optedOut: boolean;
  duplicate: boolean;
}

/** A reply that quotes our portal-link email would show the team the creator's token; the quote keeps the link's place. */
const quotedToken = /#token=[\w-]+/g;

async function storeReply(
  trx: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  threadId: string,
  email: InboundEmail,
  status: "received" | "logged",
): Promise<RecordedReply> {
  const thread = await trx
    .selectFrom("email_threads")
    .selectAll()
    .where("id", "=", threadId)
    .executeTakeFirstOrThrow();
  const id = newId();
  const messageId = email.messageId ? bracketed(email.messageId) : newMessageId(id, email.from);
  const existing = await trx
    .selectFrom("email_messages")
    .select("id")
    .where("organisation_id", "=", ctx.organisationId)
    .where("message_id", "=", messageId)
    .executeTakeFirst();
  const result = { threadId, campaignId: thread.campaign_id, creatorId: thread.creator_id };
  if (existing)
    return { ...result, messageId: existing.id, optedOut: thread.status === "opted_out", duplicate: true };
  const at = nowIso();
  const optedOut = isOptOut(email.text);
  await trx
    .insertInto("email_messages")
    .values({
      id,
      organisation_id: ctx.organisationId,
      thread_id: threadId,
      direction: "inbound",
      status,
      from_address: email.from.toLowerCase(),
      to_address: email.to.toLowerCase(),
      subject: email.subject.replace(/[\r\n]+/g, " ").slice(0, 998),
      body_text: email.text.replace(quotedToken, "#token=[removed]"),
      body_html: null,
      message_id: messageId,
      in_reply_to: email.inReplyTo ? bracketed(email.inReplyTo) : null,
      template_id: null,
      follow_up_step: null,
      error: null,
      sent_at: null,
      created_at: at,
    })
    .execute();
  await trx
    .updateTable("email_threads")
    .set({ status: optedOut ? "opted_out" : "replied", last_message_at: at })
    .where("id", "=", threadId)
    .execute();
  await stopFollowUps(trx, threadId, optedOut ? "the creator opted out" : "the creator replied");
  if (optedOut) await addDoNotContact(trx, ctx, email.from, "opted out by reply");
  await recordAuditEvent(trx, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: status === "received" ? "outreach.reply_received" : "outreach.reply_logged",
    targetType: "campaign",
    targetId: thread.campaign_id,
    details: { creatorId: thread.creator_id, messageId: id, optedOut },
  });
  return { ...result, messageId: id, optedOut, duplicate: false };
}

/** Threads an inbound email to its conversation (by In-Reply-To/References, else by address). Idempotent per Message-ID. */
export async function receiveInboundEmail(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  email: InboundEmail,
): Promise<RecordedReply> {
  try {
    return await inTransaction(db, async (trx) => {
      const threadId = await findThread(trx, ctx.organisationId, email);
      if (!threadId)
        throw new AppError(
          "not_found",
          "No conversation matches this email's In-Reply-To, References or sender.",
          {
            errors: [{ field: "inReplyTo", message: "matches no conversation" }],
          },
        );
      return storeReply(trx, ctx, threadId, email, "received");
    });
  } catch (error) {
    // Two deliveries of the same email racing: the loser sees the winner's row.
    if (isUniqueViolation(error)) return receiveInboundEmail(db, ctx, email);
    throw error;
  }
}

/** A reply that came some other way (a call, a DM), logged by hand into the creator's thread. */
export async function logReply(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  creatorId: string,
  reply: { text: string; subject?: string },
): Promise<RecordedReply> {
  return inTransaction(db, async (trx) => {
    const thread = await trx
      .selectFrom("email_threads")
      .selectAll()
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .where("creator_id", "=", creatorId)
      .executeTakeFirst();
    if (!thread) throw notFound("Conversation with this creator");
    const lastOutbound = await trx
      .selectFrom("email_messages")
      .select(["to_address", "from_address"])
      .where("thread_id", "=", thread.id)
      .where("direction", "=", "outbound")
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    return storeReply(
      trx,
      ctx,
      thread.id,
      {
        from: lastOutbound.to_address,
        to: lastOutbound.from_address,
        subject: reply.subject ?? `Re: ${thread.subject}`,
        text: reply.text,
      },
      "logged",
    );
  });
}
