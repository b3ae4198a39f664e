export type OfferStatus = "proposed" | "superseded" | "accepted" | "withdrawn";
export type Party = "brand" | "creator";
/**
 * portal: the creator typed their name and ticked "I agree to these terms" in the portal. signed_document: accepted
 * outside Amplio; a team member uploaded the signed document. recorded: before signatures, a team member typed a
 * name on the creator's behalf.
 */
export type AcceptanceMethod = "portal" | "signed_document" | "recorded";

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
  /** The team member who proposed this version, when a person (not an API key or the creator) did. */
  author_user_id: string | null;
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
  acceptance_method: AcceptanceMethod;
  accepted_user_agent: string | null;
  /** SHA-256 of the canonical JSON of the terms accepted (terms-hash.ts). */
  terms_sha256: string | null;
  /** SHA-256 of the PDF accepted: the contract as rendered for the creator, or the signed document uploaded. */
  pdf_sha256: string | null;
  /** Media storage key of the signed document, for signed_document. */
  signed_document_key: string | null;
  /** The team member who uploaded the signed document. */
  recorded_by: string | null;
}

export interface ContractsTables {
  offers: OffersTable;
  contracts: ContractsTable;
}
