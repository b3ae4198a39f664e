import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { listMembers } from "../organisations/members.js";
import { newMessageId, sendMail } from "../outreach/mailer.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { getOutreachSettings } from "../outreach/outreach-settings.js";

export const notifyTeamJobKind = "review.notify_team";

const subjects = {
  draft_submitted: "New draft to review",
  live_submitted: "Content went live",
} as const;

/**
 * Queues one email per member of the brand's team (viewers excepted) about what a creator just did in the portal.
 * One job per person, so a retry never mails someone twice. Without SMTP there is nothing to send: the team sees
 * the review in Amplio itself.
 */
export async function queueTeamNotification(
  db: Kysely<Database>,
  env: OutreachEnv,
  organisationId: string,
  deliverableId: string,
  event: keyof typeof subjects,
): Promise<void> {
  if (!env.smtpUrl) return;
  const { items: members } = await listMembers(db, organisationId);
  for (const member of members.filter((m) => m.role !== "viewer"))
    await enqueueJob(db, {
      kind: notifyTeamJobKind,
      organisationId,
      payload: { deliverableId, event, to: member.email },
    });
}

/** Job handler: sends one team notification. */
export async function sendTeamNotification(
  db: Kysely<Database>,
  env: OutreachEnv,
  job: { organisationId: string | null; payload: Record<string, unknown> },
): Promise<void> {
  if (!env.smtpUrl || !job.organisationId) return;
  const deliverable = await db
    .selectFrom("deliverables")
    .select(["id", "title", "campaign_id", "creator_id"])
    .where("organisation_id", "=", job.organisationId)
    .where("id", "=", String(job.payload.deliverableId))
    .executeTakeFirst();
  if (!deliverable) return;
  const event = job.payload.event === "live_submitted" ? "live_submitted" : "draft_submitted";
  const settings = await getOutreachSettings(db, job.organisationId, env.publicUrl);
  const link = `${env.publicUrl}/campaigns/${deliverable.campaign_id}/creators/${deliverable.creator_id}/review`;
  await sendMail(env.smtpUrl, {
    from: { name: settings.senderName, address: settings.senderEmail },
    to: String(job.payload.to),
    subject: `${subjects[event]}: ${deliverable.title}`,
    text: `${subjects[event]} for "${deliverable.title}".\n\nOpen the review: ${link}\n`,
    html: null,
    messageId: newMessageId(newId(), settings.senderEmail),
    inReplyTo: null,
    references: [],
  });
}
