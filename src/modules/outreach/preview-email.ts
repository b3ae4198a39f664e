import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { buildMergeContext } from "./merge-context.js";
import type { OutreachEnv } from "./outreach-env.js";
import { getOutreachSettings } from "./outreach-settings.js";
import { type RenderedEmail, renderEmail, withSignature } from "./render-email.js";

/** The email exactly as this creator would receive it (signature included), before anything is sent. */
export async function previewEmail(
  db: Kysely<Database>,
  organisationId: string,
  env: OutreachEnv,
  campaignId: string,
  creatorId: string,
  template: { subject: string; body: string },
): Promise<RenderedEmail & { to: string | null; from: string }> {
  const settings = await getOutreachSettings(db, organisationId, env.publicUrl);
  const { context, email } = await buildMergeContext(db, organisationId, campaignId, creatorId, settings);
  return {
    ...withSignature(renderEmail(template, context), settings.signature),
    to: email,
    from: `${settings.senderName} <${settings.senderEmail}>`,
  };
}
