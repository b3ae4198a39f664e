import type { Kysely } from "kysely";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCreator } from "../creators/creators.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { listMembers } from "../organisations/members.js";
import { newMessageId, sendMail } from "../outreach/mailer.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { getOutreachSettings } from "../outreach/outreach-settings.js";
import { getContract } from "./list-contracts.js";
import { renderContractPdf } from "./render-contract-pdf.js";

export const sendContractCopyJobKind = "contracts.send_copy";

/**
 * Queues the signed contract, as a PDF, to the creator and to the brand's owners and admins and the offer's author:
 * one job per person, so a retry never mails someone twice. Without SMTP nothing is sent; both sides download it in
 * Amplio.
 */
export async function queueContractCopies(
  db: Kysely<Database>,
  env: OutreachEnv,
  organisationId: string,
  contractId: string,
  authorUserId: string | null,
): Promise<void> {
  if (!env.smtpUrl) return;
  const contract = await getContract(db, organisationId, contractId);
  const creator = await getCreator(db, organisationId, contract.creatorId);
  const team = (await listMembers(db, organisationId)).items.filter(
    (m) => m.role === "owner" || m.role === "admin" || m.userId === authorUserId,
  );
  const recipients = [
    ...(creator.email ? [{ to: creator.email, party: "creator" }] : []),
    ...team.map((m) => ({ to: m.email, party: "brand" })),
  ];
  for (const recipient of recipients)
    await enqueueJob(db, {
      kind: sendContractCopyJobKind,
      organisationId,
      payload: { contractId, ...recipient },
    });
}

/** Job handler: mails one copy of the signed contract with its PDF attached. */
export async function sendContractCopy(
  db: Kysely<Database>,
  env: OutreachEnv,
  job: { organisationId: string | null; payload: Record<string, unknown> },
): Promise<void> {
  if (!env.smtpUrl || !job.organisationId) return;
  const contract = await getContract(db, job.organisationId, String(job.payload.contractId));
  const campaign = await getCampaign(db, job.organisationId, contract.campaignId);
  const creator = await getCreator(db, job.organisationId, contract.creatorId);
  const settings = await getOutreachSettings(db, job.organisationId, env.publicUrl);
  const where =
    job.payload.party === "creator"
      ? `${env.publicUrl}/portal/contracts`
      : `${env.publicUrl}/campaigns/${contract.campaignId}/creators/${contract.creatorId}`;
  await sendMail(env.smtpUrl, {
    from: { name: settings.senderName, address: settings.senderEmail },
    to: String(job.payload.to),
    subject: `Signed contract: ${campaign.name} with ${creator.name} (version ${contract.version})`,
    text: [
      `The contract for ${campaign.name} between ${campaign.brand} and ${creator.name} is signed.`,
      "",
      `${contract.acceptance}, at ${contract.acceptedAt} (UTC).`,
      contract.termsSha256 ? `SHA-256 of the terms: ${contract.termsSha256}` : "",
      "",
      `Your copy is attached, and in Amplio: ${where}`,
    ].join("\n"),
    html: null,
    messageId: newMessageId(newId(), settings.senderEmail),
    inReplyTo: null,
    references: [],
    attachments: [
      {
        filename: `contract-${contract.id}-v${contract.version}.pdf`,
        content: await renderContractPdf(db, job.organisationId, contract.id),
        contentType: "application/pdf",
      },
    ],
  });
}
