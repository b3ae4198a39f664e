import type { ComplianceFinding } from "../compliance/finding.js";
import type { Platform } from "../creators/tiers.js";
import type { ContentFormat } from "../measurement/estimated-reach.js";
import type {
  DeliverableDraftsTable,
  DeliverableStatus,
  DeliverablesTable,
  ReviewEventKind,
  ReviewEventsTable,
} from "./schema.js";

export type DraftMedia =
  | { kind: "link"; url: string }
  | { kind: "upload"; mediaId: string; contentType: string };

export interface DraftView {
  id: string;
  version: number;
  caption: string;
  media: DraftMedia[];
  /** The compliance check run when the draft was submitted (C7). */
  findings: ComplianceFinding[];
  compliant: boolean;
  createdAt: string;
}

export interface DeliverableView {
  id: string;
  campaignId: string;
  creatorId: string;
  title: string;
  platform: Platform;
  format: ContentFormat;
  dueDate: string;
  status: DeliverableStatus;
  /** Past its due date and not yet approved or live. */
  overdue: boolean;
  approvedAt: string | null;
  livePostId: string | null;
  latestDraft: DraftView | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewEventView {
  id: string;
  kind: ReviewEventKind;
  author: "brand" | "creator";
  authorLabel: string;
  draftId: string | null;
  body: string | null;
  quote: { start: number; end: number; text: string } | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface DeliverableDetail extends DeliverableView {
  /** Newest first. */
  drafts: DraftView[];
  /** Oldest first: every submission, comment and decision. */
  timeline: ReviewEventView[];
}

export function toDraftView(row: DeliverableDraftsTable): DraftView {
  return {
    id: row.id,
    version: row.version,
    caption: row.caption,
    media: JSON.parse(row.media) as DraftMedia[],
    findings: JSON.parse(row.findings) as ComplianceFinding[],
    compliant: row.compliant === 1,
    createdAt: row.created_at,
  };
}

/**
 * Approval is where a deliverable is done: before it (awaiting a draft, in review, changes requested) a passed due
 * date makes it overdue, as the draft due for review has not yet become approved content.
 */
export const doneStatuses: readonly DeliverableStatus[] = ["approved", "live"];

/** The due date is a calendar day: a deliverable is overdue from the UTC day after it. */
export const overdueBefore = (now: Date): string => now.toISOString().slice(0, 10);

export function isOverdue(row: Pick<DeliverablesTable, "due_date" | "status">, now = new Date()): boolean {
  return !doneStatuses.includes(row.status) && row.due_date < overdueBefore(now);
}

export function toDeliverableView(
  row: DeliverablesTable,
  latest: DeliverableDraftsTable | null,
): DeliverableView {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    creatorId: row.creator_id,
    title: row.title,
    platform: row.platform as Platform,
    format: row.format as ContentFormat,
    dueDate: row.due_date,
    status: row.status,
    overdue: isOverdue(row),
    approvedAt: row.approved_at,
    livePostId: row.live_post_id,
    latestDraft: latest ? toDraftView(latest) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toReviewEventView(row: ReviewEventsTable): ReviewEventView {
  return {
    id: row.id,
    kind: row.kind,
    author: row.author,
    authorLabel: row.author_label,
    draftId: row.draft_id,
    body: row.body,
    quote:
      row.quote_start !== null && row.quote_end !== null
        ? { start: row.quote_start, end: row.quote_end, text: row.quote_text ?? "" }
        : null,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}
