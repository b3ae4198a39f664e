/** How a creator works with the brand in a campaign. `ambassador` is long-term: deliverables every month over a term. */
export const collaborationTypes = [
  "sponsored_post",
  "review",
  "tutorial",
  "giveaway",
  "affiliate",
  "ambassador",
] as const;
export type CollaborationType = (typeof collaborationTypes)[number];
