export type DeliverableStatus = "awaiting_draft" | "in_review" | "changes_requested" | "approved" | "live";

export interface DeliverablesTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  title: string;
  platform: string;
  format: string;
  /** Calendar date, YYYY-MM-DD. */
  due_date: string;
  status: DeliverableStatus;
  live_post_id: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliverableDraftsTable {
  id: string;
  organisation_id: string;
  deliverable_id: string;
  version: number;
  caption: string;
  /** JSON array of DraftMedia. */
  media: string;
  /** JSON array of ComplianceFinding. */
  findings: string;
  compliant: number;
  created_at: string;
}

export type ReviewEventKind =
  | "draft_submitted"
  | "comment"
  | "changes_requested"
  | "approved"
  | "live_submitted";

export interface ReviewEventsTable {
  id: string;
  organisation_id: string;
  deliverable_id: string;
  draft_id: string | null;
  kind: ReviewEventKind;
  author: "brand" | "creator";
  author_label: string;
  body: string | null;
  /** A comment on a quoted part of the caption: UTF-16 indices, end exclusive. */
  quote_start: number | null;
  quote_end: number | null;
  quote_text: string | null;
  /** JSON: override reason, live post id, live caption findings. */
  details: string;
  created_at: string;
}

export interface MediaFilesTable {
  id: string;
  organisation_id: string;
  creator_id: string;
  content_type: string;
  size: number;
  storage_key: string;
  created_at: string;
}

export interface ReviewTables {
  deliverables: DeliverablesTable;
  deliverable_drafts: DeliverableDraftsTable;
  review_events: ReviewEventsTable;
  media_files: MediaFilesTable;
}
