export type ConnectorPlatform = "youtube" | "instagram";
export type ConnectorStatus = "not_configured" | "idle" | "ok" | "rate_limited" | "error";

export interface ConnectorSettingsTable {
  organisation_id: string;
  platform: ConnectorPlatform;
  /** YouTube Data API key. */
  api_key: string | null;
  /** Instagram Graph API access token. */
  access_token: string | null;
  /** The Instagram business account whose business_discovery looks others up. */
  business_account_id: string | null;
  /** Overrides the official API origin (self-hosted proxies, tests). */
  base_url: string | null;
  refresh_interval_hours: number;
  status: ConnectorStatus;
  status_detail: string | null;
  last_run_at: string | null;
  /** Quota or rate limit hit: no calls before this time. */
  backoff_until: string | null;
  /** When the scheduled refresh runs next; the one job chain that matches it is the live one. */
  next_refresh_at: string | null;
  updated_at: string;
}

/** The organisation's scheduled post-metrics refresh: only the job chain whose time matches next_run_at is live. */
export interface PostMetricSchedulesTable {
  organisation_id: string;
  next_run_at: string;
}

/** YouTube Data API units an organisation spent on one quota day (YYYY-MM-DD in Pacific time, as Google counts). */
export interface YouTubeQuotaDaysTable {
  organisation_id: string;
  day: string;
  units: number;
}

/** The creator account a YouTube channel id became; channel ids never change, handles can. */
export interface YouTubeChannelsTable {
  organisation_id: string;
  channel_id: string;
  account_id: string;
  /** How the channel came in: "youtube-search". */
  source: string;
  created_at: string;
}

export interface ConnectorsTables {
  connector_settings: ConnectorSettingsTable;
  post_metric_schedules: PostMetricSchedulesTable;
  youtube_quota_days: YouTubeQuotaDaysTable;
  youtube_channels: YouTubeChannelsTable;
}
