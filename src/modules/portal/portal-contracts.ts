import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { listContracts } from "../contracts/list-contracts.js";
import type { ContractView } from "../contracts/offer-view.js";

export interface CreatorContract extends ContractView {
  campaignName: string;
  brand: string;
}

/** One creator's own contracts in the organisation that invited them, every version, newest first. */
export async function listCreatorContracts(
  db: Kysely<Database>,
  who: { organisationId: string; creatorId: string },
): Promise<CreatorContract[]> {
  const { items: contracts } = await listContracts(db, who.organisationId, { creatorId: who.creatorId });
  const campaigns = new Map<string, { name: string; brand: string }>();
  const mine: CreatorContract[] = [];
  for (const contract of contracts) {
    let campaign = campaigns.get(contract.campaignId);
    if (!campaign) {
      campaign = await getCampaign(db, who.organisationId, contract.campaignId);
      campaigns.set(contract.campaignId, campaign);
    }
    mine.push({ ...contract, campaignName: campaign.name, brand: campaign.brand });
  }
  return mine;
}

/** One of the creator's own contracts; another creator's answers 404. */
export async function getCreatorContract(
  db: Kysely<Database>,
  who: { organisationId: string; creatorId: string },
  contractId: string,
): Promise<ContractView> {
  const contract = (await listContracts(db, who.organisationId, { creatorId: who.creatorId })).items.find(
    (c) => c.id === contractId,
  );
  if (!contract) throw notFound("Contract");
  return contract;
}
