export interface Finding {
  rule: string;
  severity: "error" | "warning";
  message: string;
  start: number;
  end: number;
}

export type DraftMedia =
  | { kind: "link"; url: string }
  | { kind: "upload"; mediaId: string; contentType: string };

export interface Draft {
  id: string;
  version: number;
  caption: string;
  media: DraftMedia[];
  findings: Finding[];
  compliant: boolean;
  createdAt: string;
}

export type DeliverableStatus = "awaiting_draft" | "in_review" | "changes_requested" | "approved" | "live";

export const statusLabels: Record<DeliverableStatus, string> = {
  awaiting_draft: "Waiting for a draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  live: "Live",
};

export interface Deliverable {
  id: string;
  campaignId: string;
  creatorId: string;
  title: string;
  platform: string;
  format: string;
  dueDate: string;
  status: DeliverableStatus;
  overdue: boolean;
  approvedAt: string | null;
  livePostId: string | null;
  latestDraft: Draft | null;
}

export interface ReviewEvent {
  id: string;
  kind: "draft_submitted" | "comment" | "changes_requested" | "approved" | "live_submitted";
  author: "brand" | "creator";
  authorLabel: string;
  draftId: string | null;
  body: string | null;
  quote: { start: number; end: number; text: string } | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface DeliverableDetail extends Deliverable {
  drafts: Draft[];
  timeline: ReviewEvent[];
}

export interface BriefContent {
  objective: string;
  keyMessages: string[];
  talkingPoints: string[];
  creativeGuidelines: string;
  dos: string[];
  donts: string[];
  requiredHashtags: string[];
  requiredMentions: string[];
  forbiddenTerms: string[];
  requiredDisclosure: string;
  jurisdiction: string;
  trackingLink: string;
  discountCode: string;
  referenceLinks: Array<{ label: string; url: string }>;
  deadlines: Array<{ label: string; date: string }>;
  referenceFiles: ReferenceFile[];
}

export interface ReferenceFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

export interface Brief {
  campaignId: string;
  content: BriefContent;
  versions: Array<{ source: "campaign" | "creator"; version: number; savedBy: string; savedAt: string }>;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
  updatedAt: string | null;
}

export const briefFieldLabels: Record<keyof BriefContent, string> = {
  objective: "Objective",
  keyMessages: "Key messages",
  talkingPoints: "Talking points",
  creativeGuidelines: "Creative guidelines",
  dos: "Do",
  donts: "Do not",
  requiredHashtags: "Required hashtags",
  requiredMentions: "Required mentions",
  forbiddenTerms: "Forbidden words and claims",
  requiredDisclosure: "Required disclosure",
  jurisdiction: "Jurisdiction",
  trackingLink: "Tracking link",
  discountCode: "Discount code",
  referenceLinks: "Reference links",
  deadlines: "Deadlines",
  referenceFiles: "Reference files",
};

export const eventLabels: Record<ReviewEvent["kind"], string> = {
  draft_submitted: "submitted a draft",
  comment: "commented",
  changes_requested: "requested changes",
  approved: "approved",
  live_submitted: "added the live post",
};
