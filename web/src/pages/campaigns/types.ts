import { parseMinor } from "@shared/money";
import type { Schemas } from "../../api/client";

export type Campaign = Schemas["Campaign"];
export type PipelineEntry = Schemas["CampaignCreator"];
export type Stage = PipelineEntry["stage"];
// The creator portal's pages show offers and contracts too; they read the generated shapes through these names.
export type Offer = Schemas["Offer"];
/**
 * The generated terms with an open-ended compensation model: the portal's terms view (not yet moved) keeps a
 * fallback for models it does not know, which the exact union would make unreachable. Use Schemas["OfferTerms"].
 */
export type OfferTerms = Omit<Schemas["OfferTerms"], "compensation"> & {
  compensation: Schemas["Compensation"] | (Record<string, unknown> & { model: string });
};
export type Contract = Schemas["Contract"];

export const pipelineStages: Stage[] = [
  "shortlisted",
  "contacted",
  "negotiating",
  "contracted",
  "in_production",
  "live",
  "completed",
];
export const exitStages: Stage[] = ["declined", "dropped"];
export const allStages: Stage[] = [...pipelineStages, ...exitStages];

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

/** Moving a creator out of the pipeline asks why; the reason is kept with the stage. */
export const needsReason = (stage: Stage) => exitStages.includes(stage);

/** "sponsored_post" → "sponsored post": the API's words, as a person reads them. */
export const words = (value: string) => value.replaceAll("_", " ");

/** "1,025.00" typed by a person → 102500 minor units; null when it is not a valid amount (none is negative). */
export function toMinor(value: string, currency: string): number | null {
  const minor = parseMinor(value.replace(/,/g, ""), currency);
  return minor !== null && minor >= 0 ? minor : null;
}
