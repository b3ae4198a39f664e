import { committedAmount, type Installment, maximumBonus, splitBySchedule } from "./compensation.js";
import type { OfferTerms } from "./offer-terms.js";
import type { AcceptanceMethod, ContractsTable, OfferStatus, OffersTable, Party } from "./schema.js";
import { termsSha256 } from "./terms-hash.js";

export interface OfferView {
  id: string;
  campaignId: string;
  creatorId: string;
  version: number;
  status: OfferStatus;
  proposedBy: Party;
  terms: OfferTerms;
  note: string | null;
  proposedByLabel: string;
  committedAmount: number;
  termsSha256: string;
  createdAt: string;
}

export function toOfferView(row: OffersTable): OfferView {
  const terms = JSON.parse(row.terms) as OfferTerms;
  return {
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    version: row.version,
    status: row.status,
    proposedBy: row.proposed_by,
    terms,
    note: row.note,
    proposedByLabel: row.actor_label,
    committedAmount: committedAmount(terms.compensation),
    termsSha256: termsSha256(terms),
    createdAt: row.created_at,
  };
}

export interface ContractView {
  id: string;
  campaignId: string;
  creatorId: string;
  offerId: string;
  version: number;
  status: "in_force" | "superseded";
  terms: OfferTerms;
  currency: string;
  committedAmount: number;
  maximumBonus: number;
  installments: Installment[];
  acceptedBy: Party;
  acceptedName: string;
  acceptedAt: string;
  acceptedIp: string | null;
  acceptanceMethod: AcceptanceMethod;
  /** How the contract was accepted, in words: the same sentence in the API, the web, the portal and the PDF. */
  acceptance: string;
  acceptedUserAgent: string | null;
  termsSha256: string | null;
  pdfSha256: string | null;
  hasSignedDocument: boolean;
  recordedBy: string | null;
  supersededAt: string | null;
  createdAt: string;
}

function describeAcceptance(row: ContractsTable): string {
  switch (row.acceptance_method) {
    case "portal":
      return `Accepted by the creator in the Amplio portal: typed name "${row.accepted_name}" and ticked "I agree to these terms"`;
    case "signed_document":
      return `Accepted outside Amplio — signed document uploaded by ${row.recorded_by ?? "a team member"}`;
    case "recorded":
      return `Recorded by the brand as accepted by the ${row.accepted_by} (typed name "${row.accepted_name}"); no signature was collected`;
  }
}

export function toContractView(row: ContractsTable): ContractView {
  const terms = JSON.parse(row.terms) as OfferTerms;
  const c = terms.compensation;
  const fee = c.model === "flat_fee" ? c : c.model === "hybrid" ? c.fee : null;
  return {
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    offerId: row.offer_id,
    version: row.version,
    status: row.superseded_at ? "superseded" : "in_force",
    terms,
    currency: row.currency,
    committedAmount: row.committed_amount,
    maximumBonus: maximumBonus(c),
    installments: fee ? splitBySchedule(fee.amount, fee.schedule) : [],
    acceptedBy: row.accepted_by,
    acceptedName: row.accepted_name,
    acceptedAt: row.accepted_at,
    acceptedIp: row.accepted_ip,
    acceptanceMethod: row.acceptance_method,
    acceptance: describeAcceptance(row),
    acceptedUserAgent: row.accepted_user_agent,
    termsSha256: row.terms_sha256,
    pdfSha256: row.pdf_sha256,
    hasSignedDocument: row.signed_document_key !== null,
    recordedBy: row.recorded_by,
    supersededAt: row.superseded_at,
    createdAt: row.created_at,
  };
}
