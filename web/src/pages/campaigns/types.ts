import { parseMinor } from "@shared/money";

export type Stage =
  | "shortlisted"
  | "contacted"
  | "negotiating"
  | "contracted"
  | "in_production"
  | "live"
  | "completed"
  | "declined"
  | "dropped";

export const pipelineStages: Stage[] = [
  "shortlisted",
  "contacted",
  "negotiating",
  "contracted",
  "in_production",
  "live",
  "completed",
];
export const allStages: Stage[] = [...pipelineStages, "declined", "dropped"];

export const stageLabels: Record<Stage, string> = {
  shortlisted: "Shortlisted",
  contacted: "Contacted",
  negotiating: "Negotiating",
  contracted: "Contracted",
  in_production: "In production",
  live: "Live",
  completed: "Completed",
  declined: "Declined",
  dropped: "Dropped",
};

export interface Kpi {
  metric: string;
  comparison: "gte" | "lte";
  target: number;
  unit: "count" | "fraction" | "money" | "ratio";
}

export interface Campaign {
  id: string;
  slug: string;
  name: string;
  brand: string;
  goal: string;
  funnelRole: string;
  startDate: string;
  endDate: string;
  currency: string;
  budget: number | null;
  attributionWindowDays: number;
  kpis: Kpi[];
  creatorsByStage?: Partial<Record<Stage, number>>;
}

export interface Phase {
  phase: string;
  question: string;
  keyActions: string[];
  primaryMetrics: string[];
  missing: string[];
  status: "done" | "current" | "upcoming";
}

export interface Plan {
  currentPhase: string;
  phases: Phase[];
}

export interface Budget {
  currency: string;
  budget: number | null;
  committed: number;
  forecast: number;
  remaining: number | null;
  excludes: string[];
}

export interface PipelineEntry {
  creatorId: string;
  name: string;
  email: string | null;
  primaryAccount: { platform: string; handle: string; followers: number; tier: string } | null;
  stage: Stage;
  stageReason: string | null;
  stageChangedAt: string;
  collaborationType: string | null;
  contract: { id: string; version: number; committedAmount: number; model: string } | null;
  openOffer: { id: string; version: number; proposedBy: "brand" | "creator"; committedAmount: number } | null;
  /** Deliverables past their due date and not yet approved or live; null when none. */
  overdue: { count: number; earliestDueDate: string } | null;
}

export interface Template {
  id: string;
  name: string;
  subject: string;
  body: string;
}

export interface Message {
  id: string;
  direction: "outbound" | "inbound";
  status: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  followUpStep: number | null;
  error: string | null;
  createdAt: string;
}

export interface Thread {
  id: string;
  subject: string;
  status: string;
  messages: Message[];
  followUps: Array<{
    step: number;
    afterDays: number;
    status: string;
    dueAt: string | null;
    stoppedReason: string | null;
  }>;
}

export interface Offer {
  id: string;
  version: number;
  status: string;
  proposedBy: "brand" | "creator";
  proposedByLabel: string;
  committedAmount: number;
  note: string | null;
  terms: OfferTerms;
  termsSha256: string;
  createdAt: string;
}

export interface OfferTerms {
  collaborationType: string;
  deliverables: Array<{
    platform: string;
    format: string;
    quantity: number;
    dueDate: string;
    draftDueDate?: string | null;
  }>;
  usageRights: { channels: string[]; durationDays: number; paidAds: boolean; whitelisting: boolean };
  exclusivity: { category: string; periodDays: number } | null;
  compensation: Record<string, unknown> & { model: string };
  disclosure?: string;
}

export interface Contract {
  id: string;
  creatorId: string;
  version: number;
  status: "in_force" | "superseded";
  committedAmount: number;
  maximumBonus: number;
  installments: Array<{ trigger: string; amount: number }>;
  acceptedBy: string;
  acceptedName: string;
  acceptedAt: string;
  acceptanceMethod: "portal" | "signed_document" | "recorded";
  /** How it was accepted, in words, as the API, the portal and the PDF say it. */
  acceptance: string;
  hasSignedDocument: boolean;
  terms: OfferTerms;
  currency: string;
}

/** "1,025.00" typed by a person → 102500 minor units; null when it is not a valid amount (none is negative). */
export function toMinor(value: string, currency: string): number | null {
  const minor = parseMinor(value.replace(/,/g, ""), currency);
  return minor !== null && minor >= 0 ? minor : null;
}

/** A campaign-level cost (M7), in minor units of the campaign currency. */
export interface CampaignCost {
  id: string;
  description: string;
  amount: number;
  currency: string;
  incurredOn: string;
}

export type CampaignCostPage = {
  items: CampaignCost[];
  nextCursor: string | null;
  total: number;
  currency: string;
};
