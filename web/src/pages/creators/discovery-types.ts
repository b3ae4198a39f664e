import { $api, type PageItem, type ResponseOf, type Schemas } from "../../api/client";

export type CreatorSearch = ResponseOf<"/api/v1/creators">;
export type CreatorSearchItem = PageItem<CreatorSearch>;
export type Facet = CreatorSearch["facets"]["tier"][number];
export type QualityFlag = Schemas["QualityFlag"];
export type AccountProfile = Schemas["CreatorProfile"]["accounts"][number];

export const flagLabels: Record<string, string> = {
  engagement_out_of_range: "Engagement off benchmark",
  follower_growth_spike: "Follower spike",
  comments_to_likes_low: "Few comments per like",
  comments_to_likes_high: "Many comments per like",
  audience_credibility: "Low audience credibility",
  audience_location_mismatch: "Audience outside target countries",
};

export const tierRanges: Record<string, string> = {
  emerging: "under 1K followers",
  nano: "1K–10K followers",
  micro: "10K–100K followers",
  mid: "100K–500K followers",
  macro: "500K–1M followers",
  mega: "1M+ followers",
};

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The campaigns a creator or a list can be added to, newest first, as select options. The 200 newest cover any
 * working team; the select is searchable.
 */
export function useCampaignOptions() {
  const query = $api.useQuery("get", "/api/v1/campaigns", { params: { query: { limit: 200 } } });
  const options = (query.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  return { query, options };
}
