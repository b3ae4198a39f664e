import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { sendCampaignEmail } from "../outreach/send-campaign-email.js";

/** Escapes text that goes into an email template, so a title or comment never runs as a merge field. */
function literal(text: string): string {
  return text.replaceAll("{{", "{ {").replaceAll("}}", "} }");
}

/**
 * Emails the creator about their deliverable through outreach (SMTP, or the outbox when none is configured).
 * Returns why no mail was sent, rather than failing the review that triggered it.
 */
export async function notifyCreator(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  env: OutreachEnv,
  target: { campaignId: string; creatorId: string },
  message: { subject: string; lines: string[] },
): Promise<string | null> {
  try {
    await sendCampaignEmail(db, ctx, env, target.campaignId, target.creatorId, {
      subject: literal(message.subject),
      body: literal([...message.lines, "", `Open your portal: ${env.publicUrl}/portal`].join("\n")),
    });
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}
