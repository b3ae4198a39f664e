import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type CreatorCampaign, listCreatorCampaigns } from "../campaigns/list-creator-campaigns.js";
import { listContracts } from "../contracts/list-contracts.js";
import type { Basis } from "../reports/build-campaign-report.js";
import { compareCreators } from "../reports/compare-creators.js";
import { getCreator } from "./creators.js";

export interface CreatorHistoryEntry extends CreatorCampaign {
  /** The contract in force, if one was agreed: its version, fee committed (minor units of `currency`) and date. */
  contract: { version: number; committedAmount: number; currency: string; acceptedAt: string } | null;
  /** What the creator's posts in the campaign produced (M13), or null before any were measured or tracked. */
  results: {
    posts: number;
    reach: number | null;
    engagements: number | null;
    clicks: number;
    orders: number;
    revenue: number;
    basis: { reach: Basis; engagements: Basis };
  } | null;
}

/**
 * A creator's history with the organisation's brands: each campaign they were part of, where they got to, the
 * contract agreed and what their posts produced, from the campaigns, contracts and reports modules.
 */
export async function getCreatorHistory(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
): Promise<{ items: CreatorHistoryEntry[] }> {
  await getCreator(db, organisationId, creatorId);
  const campaigns = await listCreatorCampaigns(db, organisationId, creatorId);
  if (campaigns.length === 0) return { items: [] };
  const { items: contracts } = await listContracts(db, organisationId, { creatorId, inForceOnly: true });
  const comparison = await compareCreators(db, organisationId, {
    creatorIds: [creatorId],
    campaignIds: campaigns.map((c) => c.campaignId),
  });
  const rows = comparison.creators[0]?.rows ?? [];
  return {
    items: campaigns.map((campaign) => {
      const contract = contracts.find((c) => c.campaignId === campaign.campaignId);
      const row = rows.find((r) => r.campaignId === campaign.campaignId);
      const measured = row && (row.posts > 0 || row.clicks > 0 || row.orders > 0);
      return {
        ...campaign,
        contract: contract
          ? {
              version: contract.version,
              committedAmount: contract.committedAmount,
              currency: contract.currency,
              acceptedAt: contract.acceptedAt,
            }
          : null,
        results: measured
          ? {
              posts: row.posts,
              reach: row.reach,
              engagements: row.engagements,
              clicks: row.clicks,
              orders: row.orders,
              revenue: row.revenue,
              basis: { reach: row.basis.reach, engagements: row.basis.engagements },
            }
          : null,
      };
    }),
  };
}
