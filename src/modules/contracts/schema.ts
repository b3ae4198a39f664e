export type OfferStatus = "proposed" | "superseded" | "accepted" | "withdrawn";
export type Party = "brand" | "creator";

export interface OffersTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  version: number;
  status: OfferStatus;
  proposed_by: Party;
  /** JSON OfferTerms. */
  terms: string;
  note: string | null;
  actor_label: string;
  created_at: string;
}

/** A contract row is never updated except to mark it superseded by an amendment; its terms are frozen. */
export interface ContractsTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  offer_id: string;
  version: number;
  terms: string;
  currency: string;
  /** Fixed fees plus product value, minor units: what signing commits to spend. */
  committed_amount: number;
  accepted_by: Party;
  accepted_name: string;
  accepted_at: string;
  accepted_ip: string | null;
  superseded_at: string | null;
  created_at: string;
}

export interface ContractsTables {
  offers: OffersTable;
  contracts: ContractsTable;
}
