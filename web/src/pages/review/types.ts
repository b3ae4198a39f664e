import type { ResponseOf, Schemas } from "../../api/client";

/** The API's shapes for briefs and content review, named once for the review and portal pages. */
export type Brief = Schemas["Brief"];
export type BriefContent = Schemas["BriefContent"];
export type ReferenceFile = BriefContent["referenceFiles"][number];
export type Draft = Schemas["Draft"];
export type Finding = Draft["findings"][number];
export type DraftMedia = Draft["media"][number];
export type Deliverable = Schemas["ReviewDeliverable"];
export type DeliverableDetail = Schemas["ReviewDeliverableDetail"];
export type ReviewEvent = DeliverableDetail["timeline"][number];
export type DeliverableStatus = Deliverable["status"];
export type LibraryItem = ResponseOf<"/api/v1/content-library">["items"][number];

export const statusLabels: Record<DeliverableStatus, string> = {
  awaiting_draft: "Waiting for a draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  live: "Live",
};

/** Badge colours: what needs someone's attention stands out. */
export const statusColors: Record<DeliverableStatus, string> = {
  awaiting_draft: "gray",
  in_review: "indigo",
  changes_requested: "orange",
  approved: "teal",
  live: "green",
};

export const platformValues: Deliverable["platform"][] = ["instagram", "tiktok", "youtube", "linkedin"];
export const formatValues: Deliverable["format"][] = [
  "post",
  "reel",
  "story",
  "short",
  "video",
  "live",
  "carousel",
  "newsletter",
  "webinar",
  "article",
];

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
