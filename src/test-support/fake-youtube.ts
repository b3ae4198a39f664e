import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A channel as the stand-in holds it; the answers give it in YouTube Data API v3 shapes. */
export interface FakeChannel {
  id: string;
  title: string;
  customUrl?: string;
  country?: string;
  description?: string;
  subscribers: number;
  hidden?: boolean;
  videos: number;
  views: number;
}

/** A YouTube channel id: "UC" and 22 characters. */
export const channelIdOf = (name: string) =>
  `UC${name
    .replace(/[^\w-]/g, "")
    .padEnd(22, "0")
    .slice(0, 22)}`;

export type FakeYouTubeMode = "ok" | "quotaExceeded" | "keyInvalid";

export interface FakeYouTube {
  baseUrl: string;
  /** Every request the stand-in answered. */
  requests: URL[];
  channels: FakeChannel[];
  mode: FakeYouTubeMode;
  close(): Promise<void>;
}

const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { "content-type": "application/json; charset=UTF-8" }).end(JSON.stringify(body));

/** Google's error answers, as the API documents them. */
const errors = {
  quotaExceeded: {
    status: 403,
    body: {
      error: {
        code: 403,
        message:
          'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
        errors: [
          {
            message:
              'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
            domain: "youtube.quota",
            reason: "quotaExceeded",
          },
        ],
      },
    },
  },
  keyInvalid: {
    status: 400,
    body: {
      error: {
        code: 400,
        message: "API key not valid. Please pass a valid API key.",
        errors: [
          {
            message: "API key not valid. Please pass a valid API key.",
            domain: "usageLimits",
            reason: "keyInvalid",
          },
        ],
        status: "INVALID_ARGUMENT",
      },
    },
  },
} as const;

/**
 * A stand-in for www.googleapis.com answering search.list (type=channel, pages of `pageSize` by keyword match on
 * title and description) and channels.list (by id) with the shapes the YouTube Data API v3 documents: counts as
 * strings, hiddenSubscriberCount, and the quotaExceeded and keyInvalid errors. `key` is the only key it accepts.
 */
export async function startFakeYouTube(options: {
  key: string;
  channels: FakeChannel[];
  pageSize?: number;
}): Promise<FakeYouTube> {
  const pageSize = options.pageSize ?? 2;
  const state: FakeYouTube = {
    baseUrl: "",
    requests: [],
    channels: options.channels,
    mode: "ok",
    close: async () => undefined,
  };
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    state.requests.push(url);
    if (state.mode !== "ok") {
      const error = errors[state.mode];
      return json(response, error.status, error.body);
    }
    if (url.searchParams.get("key") !== options.key)
      return json(response, errors.keyInvalid.status, errors.keyInvalid.body);
    if (url.pathname === "/youtube/v3/search") {
      const region = url.searchParams.get("regionCode");
      if (region === "ZZ")
        return json(response, 400, {
          error: {
            code: 400,
            message: "The <code>regionCode</code> parameter specifies an invalid region code.",
            errors: [{ domain: "youtube.search", reason: "invalidRegionCode", location: "regionCode" }],
          },
        });
      const words = (url.searchParams.get("q") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      const matches = state.channels.filter(
        (c) =>
          (!region || !c.country || c.country === region) &&
          words.every((w) => `${c.title} ${c.description ?? ""}`.toLowerCase().includes(w)),
      );
      const start = Number(url.searchParams.get("pageToken")?.replace(/^P/, "") ?? 0);
      const page = matches.slice(start, start + pageSize);
      const next = start + pageSize < matches.length ? `P${start + pageSize}` : undefined;
      return json(response, 200, {
        kind: "youtube#searchListResponse",
        etag: "e",
        ...(next ? { nextPageToken: next } : {}),
        regionCode: region ?? "US",
        pageInfo: { totalResults: matches.length, resultsPerPage: pageSize },
        items: page.map((c) => ({
          kind: "youtube#searchResult",
          etag: "e",
          id: { kind: "youtube#channel", channelId: c.id },
        })),
      });
    }
    if (url.pathname === "/youtube/v3/channels") {
      const ids = (url.searchParams.get("id") ?? "").split(",");
      // YouTube does not promise the order of the ids asked.
      const items = state.channels.filter((c) => ids.includes(c.id)).reverse();
      return json(response, 200, {
        kind: "youtube#channelListResponse",
        etag: "e",
        pageInfo: { totalResults: items.length, resultsPerPage: 50 },
        items: items.map((c) => ({
          kind: "youtube#channel",
          etag: "e",
          id: c.id,
          snippet: {
            title: c.title,
            description: c.description ?? "",
            ...(c.customUrl ? { customUrl: c.customUrl } : {}),
            publishedAt: "2015-04-01T10:00:00Z",
            thumbnails: {
              default: { url: `https://yt3.ggpht.com/${c.id}=s88`, width: 88, height: 88 },
              medium: { url: `https://yt3.ggpht.com/${c.id}=s240`, width: 240, height: 240 },
            },
            ...(c.country ? { country: c.country } : {}),
          },
          statistics: {
            viewCount: String(c.views),
            // A channel that hides its count still sends subscriberCount in some answers; hiddenSubscriberCount rules.
            subscriberCount: String(c.hidden ? 0 : c.subscribers),
            hiddenSubscriberCount: c.hidden === true,
            videoCount: String(c.videos),
          },
        })),
      });
    }
    json(response, 404, { error: { code: 404, message: "Not Found" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
