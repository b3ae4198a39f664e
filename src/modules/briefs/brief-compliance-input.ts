import type { ComplianceInput } from "../compliance/check-compliance.js";
import type { BriefContent } from "./brief-content.js";

/** The brief's share of a compliance check (C6): required tags and handles, do-nots, link, code and wording. */
export function briefComplianceInput(
  brief: BriefContent,
): Pick<
  ComplianceInput,
  | "jurisdiction"
  | "requiredHashtags"
  | "requiredMentions"
  | "forbiddenTerms"
  | "trackingLink"
  | "discountCode"
  | "requiredDisclosure"
> {
  return {
    jurisdiction: brief.jurisdiction,
    requiredHashtags: brief.requiredHashtags,
    requiredMentions: brief.requiredMentions,
    forbiddenTerms: brief.forbiddenTerms,
    trackingLink: brief.trackingLink || undefined,
    discountCode: brief.discountCode || undefined,
    requiredDisclosure: brief.requiredDisclosure || undefined,
  };
}
