import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCampaignTargeting } from "../campaigns/get-campaign-targeting.js";
import { getCreatorProfile } from "../creators/get-creator-profile.js";
import { locationMismatchFlag } from "../creators/quality-signals.js";
import { conflictingBrands } from "../creators/sponsorship.js";
import type { Platform } from "../creators/tiers.js";
import { type AudienceFit, audienceFit } from "./audience-fit.js";

export interface AccountFit extends AudienceFit {
  accountId: string;
  platform: Platform;
  handle: string;
  conflicts: string[];
  /** M4: under 30% of the audience in the campaign's countries. */
  locationMismatch: boolean;
}

/** M6 audience fit of each of a creator's accounts for a campaign, with its M5 conflicts and M4 location check. */
export async function creatorFit(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
  campaignId: string,
): Promise<{ campaignId: string; accounts: AccountFit[] }> {
  const targeting = await getCampaignTargeting(db, organisationId, campaignId);
  const profile = await getCreatorProfile(db, organisationId, creatorId);
  return {
    campaignId,
    accounts: profile.accounts.map((account) => ({
      accountId: account.id,
      platform: account.platform,
      handle: account.handle,
      ...audienceFit(
        {
          niches: account.niches,
          language: account.language,
          tier: account.tier,
          audience: account.audience,
        },
        targeting.profile,
      ),
      conflicts: conflictingBrands(account.sponsoredBrands, targeting.competitorBrands),
      locationMismatch:
        locationMismatchFlag(account.audience?.countries ?? null, targeting.profile.countries) !== null,
    })),
  };
}
