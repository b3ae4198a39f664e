import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Instagram Login, Google OAuth + YouTube Data/Analytics, and TikTok Login Kit + Display API, on one
 * local port (each platform under its own path prefix), following each one's documented flow and answer shapes:
 * the authorize step redirects back with a code and the state, the token endpoint checks the client, the redirect
 * URI and the PKCE verifier against the S256 challenge, tokens refresh and revoke, and the APIs answer only to a
 * live token.
 */
export interface FakePlatforms {
  urls: { instagram: string; youtube: string; tiktok: string };
  /** What happened, in order: "youtube:pkce-verified", "youtube:refresh", "youtube:revoke", … */
  events: string[];
  /** Access tokens issued, newest last, per platform. */
  accessTokens: Record<"instagram" | "youtube" | "tiktok", string[]>;
  instagramUsername: string;
  close(): Promise<void>;
}

export const fakeClients = {
  instagram: { clientId: "ig-app-id", clientSecret: "ig-app-secret" },
  youtube: { clientId: "yt-client.apps.googleusercontent.com", clientSecret: "yt-client-secret" },
  tiktok: { clientId: "tt-client-key", clientSecret: "tt-client-secret" },
};

type Platform = keyof typeof fakeClients;

const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { "content-type": "application/json; charset=UTF-8" }).end(JSON.stringify(body));

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakePlatforms(): Promise<FakePlatforms> {
  const codes = new Map<string, { platform: Platform; challenge: string; redirectUri: string }>();
  const live = new Set<string>();
  const refreshTokens = new Map<string, Platform>();
  const events: string[] = [];
  const accessTokens: FakePlatforms["accessTokens"] = { instagram: [], youtube: [], tiktok: [] };
  const fake = { instagramUsername: "creator" };
  const token = (platform: Platform, prefix: string) => {
    const value = `${prefix}${randomBytes(12).toString("hex")}`;
    live.add(value);
    accessTokens[platform].push(value);
    return value;
  };

  function authorize(platform: Platform, url: URL, response: ServerResponse) {
    const q = url.searchParams;
    const clientId = q.get(platform === "tiktok" ? "client_key" : "client_id");
    const redirectUri = q.get("redirect_uri");
    const state = q.get("state");
    const challenge = q.get("code_challenge");
    if (clientId !== fakeClients[platform].clientId || !redirectUri || !state || !challenge)
      return json(response, 400, { error: "invalid_request" });
    if (q.get("code_challenge_method") !== "S256") return json(response, 400, { error: "invalid_request" });
    if (q.get("response_type") !== "code") return json(response, 400, { error: "unsupported_response_type" });
    const code = randomBytes(10).toString("hex");
    codes.set(code, { platform, challenge, redirectUri });
    // The person allows the app at once: straight back to the app with the code and the state.
    const back = new URL(redirectUri);
    back.searchParams.set("code", code);
    back.searchParams.set("state", state);
    response.writeHead(302, { location: back.toString() }).end();
  }

  /** The authorization_code grant: the client, the code (once), the redirect URI and the PKCE verifier. */
  function exchange(platform: Platform, form: URLSearchParams): string | null {
    const clientId = form.get(platform === "tiktok" ? "client_key" : "client_id");
    if (
      clientId !== fakeClients[platform].clientId ||
      form.get("client_secret") !== fakeClients[platform].clientSecret
    )
      return "invalid_client";
    const code = codes.get(form.get("code") ?? "");
    if (!code || code.platform !== platform) return "invalid_grant: unknown or used code";
    codes.delete(form.get("code") ?? "");
    if (form.get("redirect_uri") !== code.redirectUri) return "invalid_grant: redirect_uri mismatch";
    const verifier = form.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier).digest("base64url") !== code.challenge)
      return "invalid_grant: code_verifier does not match the code_challenge";
    events.push(`${platform}:pkce-verified`);
    return null;
  }

  const bearer = (request: IncomingMessage) => request.headers.authorization?.replace(/^Bearer /, "") ?? "";

  async function google(path: string, url: URL, request: IncomingMessage, response: ServerResponse) {
    if (path === "/o/oauth2/v2/auth") return authorize("youtube", url, response);
    if (path === "/token") {
      const form = new URLSearchParams(await bodyOf(request));
      if (form.get("grant_type") === "refresh_token") {
        if (refreshTokens.get(form.get("refresh_token") ?? "") !== "youtube")
          return json(response, 400, {
            error: "invalid_grant",
            error_description: "Token has been expired or revoked.",
          });
        events.push("youtube:refresh");
        return json(response, 200, {
          access_token: token("youtube", "ya29.renewed-"),
          expires_in: 3599,
          scope:
            "https://www.googleapis.com/auth/youtube.readonly https://www.googleapis.com/auth/yt-analytics.readonly",
          token_type: "Bearer",
        });
      }
      const problem = exchange("youtube", form);
      if (problem) return json(response, 400, { error: "invalid_grant", error_description: problem });
      const refresh = `1//refresh-${randomBytes(8).toString("hex")}`;
      refreshTokens.set(refresh, "youtube");
      return json(response, 200, {
        access_token: token("youtube", "ya29.first-"),
        expires_in: 3599,
        refresh_token: refresh,
        scope:
          "https://www.googleapis.com/auth/youtube.readonly https://www.googleapis.com/auth/yt-analytics.readonly",
        token_type: "Bearer",
      });
    }
    if (path === "/revoke") {
      const form = new URLSearchParams(await bodyOf(request));
      refreshTokens.delete(form.get("token") ?? "");
      live.delete(form.get("token") ?? "");
      events.push("youtube:revoke");
      return json(response, 200, {});
    }
    if (!live.has(bearer(request)))
      return json(response, 401, {
        error: { code: 401, message: "Request had invalid authentication credentials." },
      });
    if (path === "/youtube/v3/channels")
      return json(response, 200, {
        kind: "youtube#channelListResponse",
        items: [
          {
            id: "UCverified",
            snippet: { title: "Ana Cooks", customUrl: "@anacooks", description: "Weeknight recipes" },
            statistics: {
              viewCount: "9000000",
              subscriberCount: "52000",
              hiddenSubscriberCount: false,
              videoCount: "120",
            },
            contentDetails: { relatedPlaylists: { uploads: "UUverified" } },
          },
        ],
      });
    if (path === "/youtube/v3/playlistItems")
      return json(response, 200, {
        items: ["vidAAAAAAA1", "vidAAAAAAA2"].map((videoId) => ({ contentDetails: { videoId } })),
      });
    if (path === "/youtube/v3/videos")
      return json(response, 200, {
        items: [
          {
            id: "vidAAAAAAA1",
            snippet: {
              publishedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
              title: "Glow lentil stew #ad",
            },
            statistics: { viewCount: "48000", likeCount: "3100", commentCount: "210" },
          },
          {
            id: "vidAAAAAAA2",
            snippet: { publishedAt: new Date(Date.now() - 9 * 86_400_000).toISOString(), title: "Curry" },
            statistics: { viewCount: "30000", likeCount: "1500", commentCount: "90" },
          },
        ],
      });
    if (path === "/v2/reports") {
      const dimensions = url.searchParams.get("dimensions");
      if (url.searchParams.get("ids") !== "channel==MINE")
        return json(response, 400, { error: { message: "ids" } });
      if (dimensions === "ageGroup,gender")
        return json(response, 200, {
          kind: "youtubeAnalytics#resultTable",
          columnHeaders: [
            { name: "ageGroup", columnType: "DIMENSION", dataType: "STRING" },
            { name: "gender", columnType: "DIMENSION", dataType: "STRING" },
            { name: "viewerPercentage", columnType: "METRIC", dataType: "FLOAT" },
          ],
          rows: [
            ["age18-24", "female", 40],
            ["age18-24", "male", 10],
            ["age25-34", "female", 30],
            ["age25-34", "male", 20],
          ],
        });
      if (dimensions === "country")
        return json(response, 200, {
          kind: "youtubeAnalytics#resultTable",
          columnHeaders: [
            { name: "country", columnType: "DIMENSION", dataType: "STRING" },
            { name: "views", columnType: "METRIC", dataType: "INTEGER" },
          ],
          rows: [
            ["DE", 8000],
            ["AT", 2000],
          ],
        });
    }
    json(response, 404, { error: { code: 404, message: "Not found" } });
  }

  async function instagram(path: string, url: URL, request: IncomingMessage, response: ServerResponse) {
    const q = url.searchParams;
    if (path === "/oauth/authorize") return authorize("instagram", url, response);
    if (path === "/oauth/access_token") {
      const problem = exchange("instagram", new URLSearchParams(await bodyOf(request)));
      if (problem)
        return json(response, 400, { error_type: "OAuthException", code: 400, error_message: problem });
      return json(response, 200, {
        data: [
          {
            access_token: token("instagram", "IGshort"),
            user_id: "17841400000000001",
            permissions: "instagram_business_basic,instagram_business_manage_insights",
          },
        ],
      });
    }
    if (path === "/access_token") {
      if (
        q.get("grant_type") !== "ig_exchange_token" ||
        q.get("client_secret") !== fakeClients.instagram.clientSecret
      )
        return json(response, 400, {
          error: { message: "Invalid exchange", type: "OAuthException", code: 100 },
        });
      if (!live.has(q.get("access_token") ?? ""))
        return json(response, 400, { error: { message: "bad token", code: 190 } });
      return json(response, 200, {
        access_token: token("instagram", "IGlong"),
        token_type: "bearer",
        expires_in: 5_183_944,
      });
    }
    if (path === "/refresh_access_token") {
      if (!live.has(q.get("access_token") ?? ""))
        return json(response, 400, { error: { message: "bad token", code: 190 } });
      events.push("instagram:refresh");
      return json(response, 200, {
        access_token: token("instagram", "IGlong"),
        token_type: "bearer",
        expires_in: 5_183_944,
      });
    }
    if (!live.has(q.get("access_token") ?? ""))
      return json(response, 400, {
        error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 },
      });
    if (path === "/v23.0/me/media")
      return json(response, 200, {
        data: [
          {
            id: "18000000000000001",
            caption: "Glow serum morning routine #ad",
            timestamp: new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d{3}Z$/, "+0000"),
            permalink: "https://www.instagram.com/reel/GLOW123/",
            like_count: 2400,
            comments_count: 130,
          },
        ],
      });
    if (path === "/v23.0/me")
      return json(response, 200, {
        user_id: "17841400000000001",
        username: fake.instagramUsername,
        biography: "Skincare, honestly",
        followers_count: 45_000,
        follows_count: 310,
        media_count: 212,
        id: "17841400000000001",
      });
    if (path === "/v23.0/17841400000000001/insights") {
      const breakdown = q.get("breakdown");
      if (q.get("metric") !== "follower_demographics" || q.get("metric_type") !== "total_value")
        return json(response, 400, { error: { message: "metric", code: 100 } });
      const results: Record<string, Array<[string, number]>> = {
        age: [
          ["18-24", 27_000],
          ["25-34", 13_500],
          ["35-44", 4_500],
        ],
        gender: [
          ["F", 36_000],
          ["M", 8_000],
          ["U", 1_000],
        ],
        country: [
          ["DE", 36_000],
          ["US", 9_000],
        ],
      };
      return json(response, 200, {
        data: [
          {
            name: "follower_demographics",
            period: "lifetime",
            title: "Follower demographics",
            total_value: {
              breakdowns: [
                {
                  dimension_keys: [breakdown],
                  results: (results[breakdown ?? ""] ?? []).map(([key, value]) => ({
                    dimension_values: [key],
                    value,
                  })),
                },
              ],
            },
            id: "17841400000000001/insights/follower_demographics/lifetime",
          },
        ],
      });
    }
    if (path === "/v23.0/18000000000000001/insights")
      return json(response, 200, {
        data: ["reach:31000", "views:52000", "saved:800", "shares:410"].map((pair) => {
          const [name, value] = pair.split(":");
          return { name, period: "lifetime", values: [{ value: Number(value) }] };
        }),
      });
    json(response, 404, { error: { message: "Unsupported get request", code: 100 } });
  }

  async function tiktok(path: string, url: URL, request: IncomingMessage, response: ServerResponse) {
    if (path === "/v2/auth/authorize/") return authorize("tiktok", url, response);
    const ok = { code: "ok", message: "", log_id: "fake" };
    if (path === "/v2/oauth/token/") {
      const form = new URLSearchParams(await bodyOf(request));
      if (form.get("grant_type") === "refresh_token") {
        if (refreshTokens.get(form.get("refresh_token") ?? "") !== "tiktok")
          return json(response, 400, {
            error: "invalid_grant",
            error_description: "Refresh token is invalid or expired.",
          });
        events.push("tiktok:refresh");
      } else {
        const problem = exchange("tiktok", form);
        if (problem) return json(response, 400, { error: "invalid_grant", error_description: problem });
      }
      const refresh = `rft.${randomBytes(8).toString("hex")}`;
      refreshTokens.set(refresh, "tiktok");
      return json(response, 200, {
        access_token: token("tiktok", "act."),
        expires_in: 86_400,
        open_id: "tt-open-id-1",
        refresh_expires_in: 31_536_000,
        refresh_token: refresh,
        scope: "user.info.basic,user.info.profile,user.info.stats,video.list",
        token_type: "Bearer",
      });
    }
    if (path === "/v2/oauth/revoke/") {
      const form = new URLSearchParams(await bodyOf(request));
      live.delete(form.get("token") ?? "");
      events.push("tiktok:revoke");
      return json(response, 200, { error: ok });
    }
    if (!live.has(bearer(request)))
      return json(response, 401, {
        error: { code: "access_token_invalid", message: "The access token is invalid.", log_id: "x" },
      });
    if (path === "/v2/user/info/")
      return json(response, 200, {
        data: {
          user: {
            open_id: "tt-open-id-1",
            username: "ana.tok",
            display_name: "Ana",
            bio_description: "Short recipes",
            follower_count: 88_000,
            following_count: 120,
            video_count: 340,
          },
        },
        error: ok,
      });
    if (path === "/v2/video/list/")
      return json(response, 200, {
        data: {
          videos: [
            {
              id: "7300000000000000001",
              create_time: Math.floor(Date.now() / 1000) - 86_400,
              share_url: "https://www.tiktok.com/@ana.tok/video/7300000000000000001",
              video_description: "Glow in 30 seconds #ad",
              view_count: 120_000,
              like_count: 9_000,
              comment_count: 300,
              share_count: 150,
            },
          ],
          cursor: 0,
          has_more: false,
        },
        error: ok,
      });
    json(response, 404, { error: { code: "not_found", message: "Not found" } });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const [, prefix, ...rest] = url.pathname.split("/");
    const path = `/${rest.join("/")}`;
    const handler =
      prefix === "youtube"
        ? google
        : prefix === "instagram"
          ? instagram
          : prefix === "tiktok"
            ? tiktok
            : null;
    if (!handler) return json(response, 404, { error: "unknown platform" });
    handler(path, url, request, response).catch((error: unknown) =>
      json(response, 500, { error: String(error) }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: { instagram: `${base}/instagram`, youtube: `${base}/youtube`, tiktok: `${base}/tiktok` },
    events,
    accessTokens,
    get instagramUsername() {
      return fake.instagramUsername;
    },
    set instagramUsername(value: string) {
      fake.instagramUsername = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
