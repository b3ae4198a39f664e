import type { Kysely, Selectable } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import type { EmailMessagesTable, FollowUpStatus, MessageStatus, ThreadStatus } from "./schema.js";

export interface MessageView {
  id: string;
  direction: "outbound" | "inbound";
  status: MessageStatus;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  inReplyTo: string | null;
  followUpStep: number | null;
  error: string | null;
  sentAt: string | null;
  createdAt: string;
}

export function toMessageView(row: Selectable<EmailMessagesTable>): MessageView {
  return {
    id: row.id,
    direction: row.direction,
    status: row.status,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    text: row.body_text,
    html: row.body_html,
    messageId: row.message_id,
    inReplyTo: row.in_reply_to,
    followUpStep: row.follow_up_step,
    error: row.error,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  };
}

export interface ThreadView {
  id: string;
  campaignId: string;
  creatorId: string;
  subject: string;
  status: ThreadStatus;
  lastMessageAt: string;
  messages: MessageView[];
  followUps: Array<{
    step: number;
    templateId: string;
    afterDays: number;
    status: FollowUpStatus;
    dueAt: string | null;
    stoppedReason: string | null;
    templateName: string | null;
    sequenceName: string | null;
  }>;
}

/** The creator's one conversation in the campaign, oldest message first; null before the first email. */
export async function getThread(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string,
): Promise<ThreadView | null> {
  await getCampaignCreator(db, organisationId, campaignId, creatorId);
  const thread = await db
    .selectFrom("email_threads")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("creator_id", "=", creatorId)
    .executeTakeFirst();
  if (!thread) return null;
  const messages = await db
    .selectFrom("email_messages")
    .selectAll()
    .where("thread_id", "=", thread.id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const followUps = await db
    .selectFrom("email_follow_ups")
    .leftJoin("email_templates", "email_templates.id", "email_follow_ups.template_id")
    .leftJoin("email_sequences", "email_sequences.id", "email_follow_ups.sequence_id")
    .selectAll("email_follow_ups")
    .select(["email_templates.name as template_name", "email_sequences.name as sequence_name"])
    .where("email_follow_ups.thread_id", "=", thread.id)
    .orderBy("email_follow_ups.created_at")
    .orderBy("email_follow_ups.step")
    .execute();
  return {
    id: thread.id,
    campaignId,
    creatorId,
    subject: thread.subject,
    status: thread.status,
    lastMessageAt: thread.last_message_at,
    messages: messages.map(toMessageView),
    followUps: followUps.map((f) => ({
      step: f.step,
      templateId: f.template_id,
      afterDays: f.after_days,
      status: f.status,
      dueAt: f.due_at,
      stoppedReason: f.stopped_reason,
      templateName: f.template_name,
      sequenceName: f.sequence_name,
    })),
  };
}

export interface OutboxItem extends MessageView {
  campaignId: string;
  creatorId: string;
}

/** Messages waiting for a person because no SMTP server is configured, and ones SMTP gave up on. */
export async function listOutbox(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string | undefined,
  page: PageRequest,
): Promise<Page<OutboxItem>> {
  let query = db
    .selectFrom("email_messages")
    .innerJoin("email_threads", "email_threads.id", "email_messages.thread_id")
    .selectAll("email_messages")
    .select(["email_threads.campaign_id", "email_threads.creator_id"])
    .where("email_messages.organisation_id", "=", organisationId)
    .where("email_messages.status", "in", ["outbox", "failed", "queued"]);
  if (campaignId) query = query.where("email_threads.campaign_id", "=", campaignId);
  const rows = await keysetPage(
    query,
    [
      { by: "email_messages.created_at", direction: "desc", value: (row) => row.created_at },
      { by: "email_messages.id", direction: "desc", value: (row) => row.id },
    ],
    page,
  );
  return {
    items: rows.items.map((row) => ({
      ...toMessageView(row),
      campaignId: row.campaign_id,
      creatorId: row.creator_id,
    })),
    nextCursor: rows.nextCursor,
  };
}
