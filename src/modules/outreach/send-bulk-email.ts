import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { buildMergeContext } from "./merge-context.js";
import type { OutreachEnv } from "./outreach-env.js";
import { getOutreachSettings } from "./outreach-settings.js";
import { renderEmail, withSignature } from "./render-email.js";
import type { MessageStatus } from "./schema.js";
import { outreachBlock, sendCampaignEmail } from "./send-campaign-email.js";
import { getSequence } from "./sequences.js";
import { getTemplate } from "./templates.js";

export interface BulkPreviewItem {
  creatorId: string;
  name: string;
  to: string | null;
  subject: string;
  text: string;
  /** Why this creator will not be emailed, or null. */
  skipReason: string | null;
}

/** Each chosen creator's email as they would receive it, and who will be skipped and why, before anything is sent. */
export async function previewBulkEmail(
  db: Kysely<Database>,
  organisationId: string,
  env: OutreachEnv,
  campaignId: string,
  input: { subject: string; body: string; creatorIds: string[] },
): Promise<BulkPreviewItem[]> {
  await getCampaign(db, organisationId, campaignId);
  const settings = await getOutreachSettings(db, organisationId, env.publicUrl);
  const items: BulkPreviewItem[] = [];
  for (const creatorId of new Set(input.creatorIds)) {
    let member: Awaited<ReturnType<typeof buildMergeContext>>;
    try {
      member = await buildMergeContext(db, organisationId, campaignId, creatorId, settings);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "not_found") throw error;
      items.push({
        creatorId,
        name: "",
        to: null,
        subject: "",
        text: "",
        skipReason: "not in this campaign",
      });
      continue;
    }
    const rendered = withSignature(renderEmail(input, member.context), settings.signature);
    const block = await outreachBlock(db, organisationId, member.stage, member.email);
    items.push({
      creatorId,
      name: member.name,
      to: member.email,
      subject: rendered.subject,
      text: rendered.text,
      skipReason: block?.reason ?? null,
    });
  }
  return items;
}

export interface BulkRecipient {
  creatorId: string;
  /** The message as edited after the preview, sent as it reads; both or neither. */
  subject?: string;
  body?: string;
}

export interface BulkSendInput {
  /** Chosen by the sender once per bulk send: sending the same batch again sends nobody twice. */
  batchId: string;
  templateId?: string | null;
  subject: string;
  body: string;
  sequenceId?: string | null;
  recipients: BulkRecipient[];
}

export interface BulkSendResult {
  creatorId: string;
  outcome: "sent" | "already_sent" | "skipped";
  reason: string | null;
  messageId: string | null;
  status: MessageStatus | null;
}

/**
 * Emails many creators in a campaign: each message in its own transaction (one creator's refusal never undoes
 * another's email), each keyed by batch and creator so a retried batch sends nobody twice. A creator who must not
 * be emailed (no address, declined, do not contact, today's limit reached) is skipped with the reason.
 */
export async function sendBulkEmail(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  campaignId: string,
  input: BulkSendInput,
): Promise<BulkSendResult[]> {
  await getCampaign(db, ctx.organisationId, campaignId);
  if (input.templateId)
    await getTemplate(db, ctx.organisationId, input.templateId).catch(() => {
      throw invalidField("templateId", "choose one of your templates");
    });
  if (input.sequenceId)
    await getSequence(db, ctx.organisationId, input.sequenceId).catch(() => {
      throw invalidField("sequenceId", "choose one of your sequences");
    });
  const seen = new Set<string>();
  const results: BulkSendResult[] = [];
  for (const recipient of input.recipients) {
    if (seen.has(recipient.creatorId)) continue;
    seen.add(recipient.creatorId);
    results.push(await sendOne(db, ctx, env, campaignId, input, recipient));
  }
  return results;
}

async function sendOne(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  campaignId: string,
  input: BulkSendInput,
  recipient: BulkRecipient,
): Promise<BulkSendResult> {
  const { creatorId } = recipient;
  const sendKey = `${input.batchId}:${creatorId}`;
  const already = async () => {
    const row = await db
      .selectFrom("email_messages")
      .select(["id", "status"])
      .where("organisation_id", "=", ctx.organisationId)
      .where("send_key", "=", sendKey)
      .executeTakeFirst();
    return row
      ? { creatorId, outcome: "already_sent" as const, reason: null, messageId: row.id, status: row.status }
      : null;
  };
  const done = await already();
  if (done) return done;
  const written = recipient.subject !== undefined && recipient.body !== undefined;
  try {
    const message = await inTransaction(db, (trx) =>
      sendCampaignEmail(trx, ctx, env, campaignId, creatorId, {
        subject: written ? (recipient.subject as string) : input.subject,
        body: written ? (recipient.body as string) : input.body,
        written,
        templateId: input.templateId ?? null,
        sequenceId: input.sequenceId ?? null,
        sendKey,
      }),
    );
    return { creatorId, outcome: "sent", reason: null, messageId: message.id, status: message.status };
  } catch (error) {
    // The same batch sent twice at once: the other request's message stands.
    if (isUniqueViolation(error)) return (await already()) ?? skipped(creatorId, "sent by another request");
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    if (error.code === "not_found") return skipped(creatorId, "not in this campaign");
    if (error.code === "rate_limited") return skipped(creatorId, "today's send limit is reached");
    return skipped(creatorId, error.errors?.[0]?.message ?? error.message);
  }
}

const skipped = (creatorId: string, reason: string): BulkSendResult => ({
  creatorId,
  outcome: "skipped",
  reason,
  messageId: null,
  status: null,
});
