import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { findCampaignBySlug } from "../campaigns/find-campaign-by-slug.js";
import { findOrganisationBySlug } from "../organisations/organisations.js";
import { getApplicationSettings } from "./application-settings.js";

export interface ApplicationForm {
  organisation: { id: string; name: string; slug: string };
  campaign: { id: string; name: string; slug: string } | null;
  open: boolean;
  pitch: string;
  questions: string[];
}

/** What the public application page shows; 404 for an unknown organisation or campaign. */
export async function getApplicationForm(
  db: Kysely<Database>,
  organisationSlug: string,
  campaignSlug: string | null,
): Promise<ApplicationForm> {
  const organisation = await findOrganisationBySlug(db, organisationSlug);
  const campaign = campaignSlug ? await findCampaignBySlug(db, organisation.id, campaignSlug) : null;
  const settings = await getApplicationSettings(db, organisation.id);
  return {
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    campaign: campaign ? { id: campaign.id, name: campaign.name, slug: campaign.slug } : null,
    ...settings,
  };
}
