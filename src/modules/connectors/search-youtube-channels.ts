import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { findKnownYouTubeChannels } from "./known-youtube-channels.js";
import { askYouTube, youtubeAccess } from "./youtube-access.js";
import {
  fetchYouTubeChannelsByIds,
  searchYouTubeChannels,
  type YouTubeChannelDetails,
  type YouTubeChannelSearch,
} from "./youtube-client.js";
import { type YouTubeQuotaView, youtubeQuotaToday } from "./youtube-quota.js";

export interface YouTubeChannelResult extends YouTubeChannelDetails {
  /** The creator this channel already is in the database; null when it is new to the organisation. */
  creatorId: string | null;
}

export interface YouTubeChannelSearchResult {
  items: YouTubeChannelResult[];
  nextPageToken: string | null;
  totalResults: number | null;
  quota: YouTubeQuotaView;
}

/**
 * One page of YouTube channels for a keyword, country and language, with their statistics and whether each is in
 * the database already: search.list (100 units), then channels.list for the page's ids (1 unit).
 */
export async function searchYouTubeChannelsFor(
  db: Kysely<Database>,
  organisationId: string,
  search: YouTubeChannelSearch,
): Promise<YouTubeChannelSearchResult> {
  const { options } = await youtubeAccess(db, organisationId);
  const { page, channels } = await askYouTube(db, organisationId, async () => {
    const page = await searchYouTubeChannels(options, search);
    return { page, channels: await fetchYouTubeChannelsByIds(options, page.channelIds) };
  });
  const known = await findKnownYouTubeChannels(db, organisationId, channels);
  return {
    items: channels.map((c) => ({ ...c, creatorId: known.get(c.channelId)?.creatorId ?? null })),
    nextPageToken: page.nextPageToken,
    totalResults: page.totalResults,
    quota: await youtubeQuotaToday(db, organisationId, new Date()),
  };
}
