import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { getCreator } from "../creators/creators.js";
import type { OutreachSettings } from "./outreach-settings.js";
import type { MergeContext } from "./render-email.js";

/** The merge fields for one creator in one campaign; 404 unless both are the organisation's. */
export async function buildMergeContext(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string,
  settings: OutreachSettings,
): Promise<{ context: MergeContext; stage: string; email: string | null }> {
  const member = await getCampaignCreator(db, organisationId, campaignId, creatorId);
  const campaign = await getCampaign(db, organisationId, campaignId);
  const creator = await getCreator(db, organisationId, creatorId);
  const account = creator.accounts[0];
  return {
    stage: member.stage,
    email: creator.email,
    context: {
      creator: {
        name: creator.name,
        firstName: creator.name.split(/\s+/)[0] ?? creator.name,
        email: creator.email ?? "",
        handle: account ? `@${account.handle}` : "",
        platform: account?.platform ?? "",
      },
      campaign: { name: campaign.name, startDate: campaign.startDate, endDate: campaign.endDate },
      brand: { name: campaign.brand },
      sender: { name: settings.senderName, email: settings.senderEmail },
    },
  };
}

export function requireEmail(email: string | null): string {
  if (!email) throw invalidField("creatorId", "the creator has no email address; add one first");
  return email;
}
