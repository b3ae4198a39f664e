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

/** An uploaded reference file; which briefs list it is in their versions' content. */
export interface BriefFilesTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  /** The uploader's file name, shown and offered on download; never used as a storage path. */
  name: string;
  /** Sniffed from the bytes. */
  content_type: string;
  size: number;
  storage_key: string;
  created_at: string;
}

export interface BriefsTables {
  briefs: BriefsTable;
  brief_files: BriefFilesTable;
}
