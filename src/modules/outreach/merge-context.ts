import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { getCreator } from "../creators/creators.js";
import type { OutreachSettings } from "./outreach-settings.js";

/** What a template can say: `{{creator.firstName}}`, `{{campaign.name}}`, `{{brand.name}}`, `{{sender.name}}`… */
export interface MergeContext {
  creator: {
    name: string;
    firstName: string;
    email: string;
    handle: string;
    handleWithoutAt: string;
    platform: string;
  };
  campaign: { name: string; startDate: string; endDate: string };
  brand: { name: string };
  sender: { name: string; email: string };
}

type MergeField = {
  [G in keyof MergeContext]: `${G}.${Extract<keyof MergeContext[G], string>}`;
}[keyof MergeContext];

/**
 * The one list of merge fields: rendering accepts exactly these, the template editor's picker shows them (through
 * GET /api/v1/outreach/merge-fields) and the README lists them (a test keeps it in step).
 */
export const mergeFieldCatalogue: ReadonlyArray<{ field: MergeField; description: string; example: string }> =
  [
    { field: "creator.name", description: "The creator's full name", example: "Maya Lindqvist" },
    { field: "creator.firstName", description: "The first word of the creator's name", example: "Maya" },
    { field: "creator.email", description: "The creator's email address", example: "maya@example.com" },
    {
      field: "creator.handle",
      description: "Handle on the creator's main account, with its @",
      example: "@mayaoutdoors",
    },
    {
      field: "creator.handleWithoutAt",
      description: "The same handle without the @ (for links)",
      example: "mayaoutdoors",
    },
    {
      field: "creator.platform",
      description: "Platform of the creator's main account, as it spells its name",
      example: "Instagram",
    },
    { field: "campaign.name", description: "The campaign's name", example: "Spring Trail" },
    {
      field: "campaign.startDate",
      description: "First day of the campaign (YYYY-MM-DD)",
      example: "2026-03-01",
    },
    {
      field: "campaign.endDate",
      description: "Last day of the campaign (YYYY-MM-DD)",
      example: "2026-04-30",
    },
    { field: "brand.name", description: "The brand the campaign is for", example: "Northwind Outdoor" },
    { field: "sender.name", description: "Sender name from Settings → Outreach", example: "Northwind team" },
    {
      field: "sender.email",
      description: "Sender address from Settings → Outreach",
      example: "hello@northwind.example",
    },
  ];

const platformNames: Record<string, string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  linkedin: "LinkedIn",
};

/** "tiktok" → "TikTok": platforms are named in an email the way they write their own names. */
export function platformName(platform: string): string {
  return platformNames[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1);
}

/** The merge fields for one creator in one campaign; 404 unless both are the organisation's. */
export async function buildMergeContext(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string,
  settings: OutreachSettings,
): Promise<{ context: MergeContext; stage: string; email: string | null; name: string }> {
  const member = await getCampaignCreator(db, organisationId, campaignId, creatorId);
  const campaign = await getCampaign(db, organisationId, campaignId);
  const creator = await getCreator(db, organisationId, creatorId);
  const account = creator.accounts[0];
  // Handles are stored without the @, but one typed with it must not come out as "@@name".
  const bareHandle = account ? account.handle.replace(/^@+/, "") : "";
  return {
    stage: member.stage,
    email: creator.email,
    name: creator.name,
    context: {
      creator: {
        name: creator.name,
        firstName: creator.name.split(/\s+/)[0] ?? creator.name,
        email: creator.email ?? "",
        handle: bareHandle ? `@${bareHandle}` : "",
        handleWithoutAt: bareHandle,
        platform: account ? platformName(account.platform) : "",
      },
      campaign: { name: campaign.name, startDate: campaign.startDate, endDate: campaign.endDate },
      brand: { name: campaign.brand },
      sender: { name: settings.senderName, email: settings.senderEmail },
    },
  };
}
