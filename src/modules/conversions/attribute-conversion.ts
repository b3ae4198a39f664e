import { dayMs } from "../../shared/time.js";
import type { AttributionReason } from "./schema.js";

export interface CodeCandidate {
  discountCodeId: string;
  campaignId: string;
  creatorId: string;
}

export interface ClickCandidate {
  clickId: string;
  linkId: string;
  campaignId: string;
  creatorId: string;
  occurredAt: string;
  /** The click's campaign's attribution window. */
  attributionWindowDays: number;
}

export interface Attribution {
  reason: AttributionReason;
  campaignId: string | null;
  creatorId: string | null;
  discountCodeId: string | null;
  clickId: string | null;
  linkId: string | null;
  /** A click within its window pointed at this other creator; the code won (M11 code-versus-link conflict). */
  conflictingCreatorId: string | null;
}

/** A click counts when it happened before the conversion and no longer ago than its campaign's window. */
export function clickInWindow(click: ClickCandidate, conversionAt: string): boolean {
  const elapsed = Date.parse(conversionAt) - Date.parse(click.occurredAt);
  return elapsed >= 0 && elapsed <= click.attributionWindowDays * dayMs;
}

/**
 * M11, in order: (1) a discount code assigned to a creator in a campaign (the first such code on the order);
 * (2) else the last click within its campaign's window before the conversion; (3) else unattributed.
 * When both a code and an eligible click exist and name different creators, the code wins and the conflict is kept.
 */
export function attributeConversion(input: {
  occurredAt: string;
  codes: CodeCandidate[];
  clicks: ClickCandidate[];
}): Attribution {
  const lastClick = input.clicks
    .filter((click) => clickInWindow(click, input.occurredAt))
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))[0];
  const code = input.codes[0];
  if (code)
    return {
      reason: "code",
      campaignId: code.campaignId,
      creatorId: code.creatorId,
      discountCodeId: code.discountCodeId,
      clickId: null,
      linkId: null,
      conflictingCreatorId: lastClick && lastClick.creatorId !== code.creatorId ? lastClick.creatorId : null,
    };
  if (lastClick)
    return {
      reason: "click",
      campaignId: lastClick.campaignId,
      creatorId: lastClick.creatorId,
      discountCodeId: null,
      clickId: lastClick.clickId,
      linkId: lastClick.linkId,
      conflictingCreatorId: null,
    };
  return {
    reason: "none",
    campaignId: null,
    creatorId: null,
    discountCodeId: null,
    clickId: null,
    linkId: null,
    conflictingCreatorId: null,
  };
}
