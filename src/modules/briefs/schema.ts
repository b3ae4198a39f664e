export interface BriefsTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  /** "" for the campaign's brief; a creator id for that creator's override. */
  creator_id: string;
  version: number;
  /** JSON BriefContent. */
  content: string;
  actor_label: string;
  created_at: string;
}

export interface BriefsTables {
  briefs: BriefsTable;
}
