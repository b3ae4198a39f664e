import { invalidField } from "../../http/errors.js";

/** The pipeline, in order. A creator leaves it early as `declined` (their choice) or `dropped` (ours). */
export const pipelineStages = [
  "shortlisted",
  "contacted",
  "negotiating",
  "contracted",
  "in_production",
  "live",
  "completed",
] as const;
export const exitStages = ["declined", "dropped"] as const;
export const stages = [...pipelineStages, ...exitStages] as const;
export type Stage = (typeof stages)[number];

const preContract: readonly Stage[] = ["shortlisted", "contacted", "negotiating"];
const order = (stage: Stage) => (pipelineStages as readonly Stage[]).indexOf(stage);

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

export interface StageMoveFacts {
  /** The creator has signed terms in force for this campaign. */
  hasSignedContract: boolean;
  reason?: string | null;
}

/**
 * The pipeline's rules. Before a contract people move freely (outreach is messy); a contract is required to enter
 * `contracted`; after it every step is taken in order, and signed terms are never walked back: a creator is dropped
 * or the contract amended instead. Throws a validation error naming `stage` (or `reason`).
 */
export function assertStageMove(from: Stage, to: Stage, facts: StageMoveFacts): void {
  if (from === to) throw invalidField("stage", `the creator is already ${stageLabels[to].toLowerCase()}`);
  const needsReason = to === "declined" || to === "dropped";
  if (needsReason && !facts.reason?.trim()) throw invalidField("reason", `say why the creator is ${to}`);
  if (from === "completed") throw invalidField("stage", "the collaboration is completed");
  if (from === "declined" || from === "dropped") {
    if (to !== "shortlisted") throw invalidField("stage", `a ${from} creator can only be shortlisted again`);
    return;
  }
  if (to === "dropped") return;
  if (to === "declined") {
    if (!preContract.includes(from))
      throw invalidField("stage", "a creator under contract cannot decline; drop them with a reason instead");
    return;
  }
  if (preContract.includes(to)) {
    if (!preContract.includes(from))
      throw invalidField("stage", "the terms are signed: drop the creator or amend the contract instead");
    return;
  }
  if (!facts.hasSignedContract)
    throw invalidField("stage", `${stageLabels[to].toLowerCase()} needs a signed contract first`);
  if (to === "contracted") return;
  const previous = pipelineStages[order(to) - 1] as Stage;
  if (from !== previous)
    throw invalidField(
      "stage",
      `${stageLabels[to].toLowerCase()} comes after ${stageLabels[previous].toLowerCase()}; the creator is ${stageLabels[from].toLowerCase()}`,
    );
}

export function isPreContract(stage: Stage): boolean {
  return preContract.includes(stage);
}

export function isActive(stage: Stage): boolean {
  return stage !== "declined" && stage !== "dropped";
}
