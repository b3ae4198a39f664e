import type { Generated } from "kysely";

export type LinkStatus = "active" | "disabled";
export type DeviceClass = "desktop" | "mobile" | "tablet" | "other";

export interface TrackingLinksTable {
  id: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  deliverable_id: string | null;
  /** Base62 (7+ characters, random) or a custom slug; unique across all organisations. */
  code: string;
  /** The URL as the brand gave it. */
  destination_url: string;
  /** The destination with UTM parameters added; the redirect appends `amp_cid`. */
  target_url: string;
  status: LinkStatus;
  created_at: string;
  updated_at: string;
}

export interface TrackingStateTable {
  id: number;
  links_version: number;
}

/**
 * Append-only: a sequence in commit order and a unique index on the time-ordered click id, both growing at their right
 * edge, so the redirect's writes stay cheap. Rollups are brought up to date from it (`TrackingRollupStateTable`).
 */
export interface TrackingClicksTable {
  seq: Generated<number>;
  /** The click id handed to the destination as `amp_cid`. */
  id: string;
  organisation_id: string;
  link_id: string;
  occurred_at: string;
  /** SHA-256 of IP and user agent keyed with the day's salt; no raw IP is stored. */
  visitor_hash: string;
  device: DeviceClass;
  referrer_host: string | null;
  country: string | null;
  is_bot: number;
}

/** One row: the last click sequence number counted in the rollups. */
export interface TrackingRollupStateTable {
  id: number;
  rolled_up_through: number;
}

export interface TrackingSaltsTable {
  /** YYYY-MM-DD (UTC). */
  day: string;
  salt: string;
}

/** Human clicks only in the device columns; bots are counted in `bot_clicks` and nowhere else. */
export interface TrackingLinkHourlyTable {
  link_id: string;
  /** YYYY-MM-DDTHH:00:00.000Z */
  hour: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  clicks: number;
  bot_clicks: number;
  unique_visitors: number;
  desktop_clicks: number;
  mobile_clicks: number;
  tablet_clicks: number;
  other_clicks: number;
}

/** The hourly rows summed per UTC day (YYYY-MM-DD): what reports over whole days read. */
export type TrackingLinkDailyTable = Omit<TrackingLinkHourlyTable, "hour"> & { day: string };

export type BreakdownDimension = "country" | "referrer";

/** Human clicks per day by country or referrer host; clicks with neither are the remainder of the hourly total. */
export interface TrackingLinkDailyBreakdownTable {
  link_id: string;
  day: string;
  dimension: BreakdownDimension;
  value: string;
  organisation_id: string;
  campaign_id: string;
  creator_id: string;
  clicks: number;
}

export interface TrackingDailyVisitorsTable {
  link_id: string;
  day: string;
  visitor_hash: string;
}

export interface TrackingTables {
  tracking_links: TrackingLinksTable;
  tracking_state: TrackingStateTable;
  tracking_clicks: TrackingClicksTable;
  tracking_rollup_state: TrackingRollupStateTable;
  tracking_salts: TrackingSaltsTable;
  tracking_link_hourly: TrackingLinkHourlyTable;
  tracking_link_daily: TrackingLinkDailyTable;
  tracking_link_daily_breakdown: TrackingLinkDailyBreakdownTable;
  tracking_daily_visitors: TrackingDailyVisitorsTable;
}
