import { committedAmount, type Installment, maximumBonus, splitBySchedule } from "./compensation.js";
import type { OfferTerms } from "./offer-terms.js";
import type { ContractsTable, OfferStatus, OffersTable, Party } from "./schema.js";

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
  supersededAt: string | null;
  createdAt: string;
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
    supersededAt: row.superseded_at,
    createdAt: row.created_at,
  };
}
