/** The rule ids of C7; a finding points at the span of the caption it is about. */
export const complianceRules = [
  "disclosure.missing",
  "disclosure.ambiguous",
  "disclosure.buried",
  "disclosure.hashtag-pile",
  "disclosure.video-unverified",
  "brief.hashtag-missing",
  "brief.mention-missing",
  "brief.forbidden-term",
  "brief.link-missing",
  "brief.code-missing",
] as const;

export type ComplianceRule = (typeof complianceRules)[number];

export interface ComplianceFinding {
  rule: ComplianceRule;
  /** `error` blocks approval unless a reviewer overrides it with a written reason; `warning` informs (C7). */
  severity: "error" | "warning";
  message: string;
  /** UTF-16 indices into the caption, end exclusive. A finding about something absent has start = end = 0. */
  start: number;
  end: number;
}

export interface ComplianceResult {
  /** True when there is no `error` (C7). */
  compliant: boolean;
  findings: ComplianceFinding[];
}
