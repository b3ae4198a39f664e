export interface QualityFlag {
  code: string;
  severity: "warning" | "critical";
  message: string;
  penalty: number;
  evidence: Record<string, number | string | null>;
  posts: string[];
}

export interface CreatorSearchItem {
  id: string;
  creatorId: string;
  name: string;
  handle: string;
  platform: string;
  profileUrl: string | null;
  followers: number;
  tier: string;
  engagementRate: number | null;
  engagementRateViews: number | null;
  qualityScore: number;
  qualityFlags: QualityFlag[];
  country: string | null;
  niches: string[];
  hasEmail: boolean;
  sponsoredShare: number | null;
  saturation: "none" | "saturated" | "strong";
  fit: number | null;
  conflicts: string[];
}

export interface Facet {
  value: string;
  count: number;
}

export interface CreatorSearchResult {
  total: number;
  items: CreatorSearchItem[];
  nextCursor: string | null;
  facets: { platform: Facet[]; tier: Facet[]; country: Facet[]; niche: Facet[] };
}

export interface CreatorList {
  id: string;
  name: string;
  description: string | null;
  creators: number;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: Record<string, string | string[]>;
}

export const flagLabels: Record<string, string> = {
  engagement_out_of_range: "Engagement off benchmark",
  follower_growth_spike: "Follower spike",
  comments_to_likes_low: "Few comments per like",
  comments_to_likes_high: "Many comments per like",
  audience_credibility: "Low audience credibility",
  audience_location_mismatch: "Audience outside target countries",
};
