import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCreator } from "../creators/creators.js";
import { type Platform, tierForFollowers } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import { defaultFormatFor } from "./default-price-model.js";
import { estimatePrice } from "./estimate-price.js";
import { feeHistoryKey, loadPlanningHistory } from "./planning-history.js";

export interface AccountFeeEstimate {
  accountId: string;
  platform: Platform;
  handle: string;
  /** The platform's usual format (a reel on Instagram, a video on YouTube): the deliverable priced. */
  format: ContentFormat;
  currency: string;
  /** Minor units; the 80% range around the expected fee. */
  expected: number;
  low: number;
  high: number;
  /** "history": the default model corrected by `pastFees` fees agreed for similar creators; "default": the model alone. */
  basis: "history" | "default";
  /** Deliverables in contracts in force (same currency, platform, format and tier) whose fees shaped the estimate. */
  pastFees: number;
}

/**
 * What one deliverable from each of a creator's accounts would likely cost, by the planner's price model: the default
 * rate card, shifted by the fees the organisation agreed in contracts (in this currency) with creators of the same
 * platform, format and tier.
 */
export async function estimateCreatorFee(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
  currency: string,
): Promise<{ items: AccountFeeEstimate[] }> {
  const creator = await getCreator(db, organisationId, creatorId);
  if (creator.accounts.length === 0) return { items: [] };
  const history = await loadPlanningHistory(db, organisationId, { excludeCampaignId: "", currency });
  return {
    items: creator.accounts.map((account) => {
      const format = defaultFormatFor[account.platform];
      const past = history.fees.get(
        feeHistoryKey(account.platform, format, tierForFollowers(account.followers)),
      );
      const estimate = estimatePrice({
        platform: account.platform,
        format,
        followers: account.followers,
        engagementRate: account.engagementRate,
        history: past ?? [],
      });
      return {
        accountId: account.id,
        platform: account.platform,
        handle: account.handle,
        format,
        currency,
        expected: estimate.expected,
        low: estimate.low,
        high: estimate.high,
        basis: estimate.basis === "history" ? "history" : "default",
        pastFees: estimate.historyCount,
      };
    }),
  };
}
