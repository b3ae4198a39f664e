import type { AgeBucket, Gender } from "../campaigns/ideal-customer-profile.js";
import {
  type ConnectionPlatformClient,
  countOf,
  expiresAt,
  type FetchLike,
  form,
  PlatformError,
  readJson,
  type TokenSet,
  toShares,
  type VerifiedPost,
} from "./platform.js";

/** Google OAuth and the YouTube Data and Analytics APIs, or one origin in their place (AMPLIO_OAUTH_YOUTUBE_URL). */
export function youtubeHosts(override?: string) {
  return {
    authorize: override ?? "https://accounts.google.com",
    token: override ?? "https://oauth2.googleapis.com",
    data: override ?? "https://www.googleapis.com",
    analytics: override ?? "https://youtubeanalytics.googleapis.com",
  };
}

const scopes = [
  "https://www.googleapis.com/auth/youtube.readonly",
  "https://www.googleapis.com/auth/yt-analytics.readonly",
].join(" ");
// YouTube Analytics age groups are "age18-24" … "age65-".
const ageOf = (group: string): AgeBucket | null => {
  const bucket = group.replace(/^age/, "").replace(/-$/, "+");
  return ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"].includes(bucket)
    ? (bucket as AgeBucket)
    : null;
};
const genderOf: Record<string, Gender> = { female: "female", male: "male", user_specified: "other" };

function tokenSet(body: Record<string, unknown>, previous: TokenSet | null, what: string): TokenSet {
  if (typeof body.access_token !== "string")
    throw new PlatformError(`${what}: no access token in the answer`);
  return {
    accessToken: body.access_token,
    // A refresh answer carries no new refresh token: the first one stays good.
    refreshToken:
      typeof body.refresh_token === "string" ? body.refresh_token : (previous?.refreshToken ?? null),
    accessExpiresAt: expiresAt(body.expires_in),
    refreshExpiresAt: null,
    scopes: typeof body.scope === "string" ? body.scope : (previous?.scopes ?? scopes),
  };
}

export function youtubeOAuth(override?: string, fetchImpl: FetchLike = fetch): ConnectionPlatformClient {
  const hosts = youtubeHosts(override);
  const get = async (
    base: string,
    path: string,
    params: Record<string, string>,
    token: string,
    what: string,
  ) => {
    const url = new URL(`${base}${path}`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return readJson(await fetchImpl(url, { headers: { authorization: `Bearer ${token}` } }), what);
  };
  const report = (token: string, params: Record<string, string>, what: string) => {
    const end = new Date();
    const start = new Date(end.getTime() - 90 * 86_400_000);
    return get(
      hosts.analytics,
      "/v2/reports",
      {
        ids: "channel==MINE",
        startDate: start.toISOString().slice(0, 10),
        endDate: end.toISOString().slice(0, 10),
        ...params,
      },
      token,
      what,
    );
  };
  const rowsOf = (body: Record<string, unknown>) => (body.rows as unknown[][] | undefined) ?? [];

  return {
    platform: "youtube",
    label: "YouTube",
    shares: ["profile", "followers", "audience_age", "audience_gender", "audience_country", "post_metrics"],
    authorizeUrl({ clientId, redirectUri, state, codeChallenge }) {
      const url = new URL(`${hosts.authorize}/o/oauth2/v2/auth`);
      url.search = new URLSearchParams({
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: "code",
        scope: scopes,
        // offline: a refresh token, so Amplio can keep the data current; consent: Google sends one every time.
        access_type: "offline",
        prompt: "consent",
        state,
        code_challenge: codeChallenge,
        code_challenge_method: "S256",
      }).toString();
      return url.toString();
    },
    async exchangeCode(client, { code, redirectUri, codeVerifier }) {
      const body = await readJson(
        await fetchImpl(
          `${hosts.token}/token`,
          form({
            code,
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uri: redirectUri,
            grant_type: "authorization_code",
            code_verifier: codeVerifier,
          }),
        ),
        "Google token exchange",
      );
      return tokenSet(body, null, "Google token exchange");
    },
    async refresh(client, tokens) {
      if (!tokens.refreshToken) throw new PlatformError("Google token refresh: no refresh token was granted");
      const body = await readJson(
        await fetchImpl(
          `${hosts.token}/token`,
          form({
            client_id: client.clientId,
            client_secret: client.clientSecret,
            grant_type: "refresh_token",
            refresh_token: tokens.refreshToken,
          }),
        ),
        "Google token refresh",
      );
      return tokenSet(body, tokens, "Google token refresh");
    },
    async revoke(_client, tokens) {
      // Revoking the refresh token ends the whole grant.
      await readJson(
        await fetchImpl(`${hosts.token}/revoke`, form({ token: tokens.refreshToken ?? tokens.accessToken })),
        "Google revoke",
      );
    },
    async read(tokens) {
      const token = tokens.accessToken;
      const channels = await get(
        hosts.data,
        "/youtube/v3/channels",
        { part: "snippet,statistics,contentDetails", mine: "true" },
        token,
        "YouTube channel",
      );
      const channel = (channels.items as Array<Record<string, Record<string, unknown>>> | undefined)?.[0];
      if (!channel) throw new PlatformError("YouTube channel: this Google account has no YouTube channel");
      const snippet = channel.snippet ?? {};
      const statistics = channel.statistics ?? {};
      const handle = String(snippet.customUrl ?? snippet.title ?? channel.id).replace(/^@/, "");

      const byAgeGender = await report(
        token,
        { metrics: "viewerPercentage", dimensions: "ageGroup,gender", sort: "gender,ageGroup" },
        "YouTube Analytics by age and gender",
      );
      const ageCounts = new Map<AgeBucket, number>();
      const genderCounts = new Map<Gender, number>();
      for (const [group, gender, percentage] of rowsOf(byAgeGender)) {
        const share = Number(percentage);
        if (!Number.isFinite(share)) continue;
        const age = ageOf(String(group));
        if (age) ageCounts.set(age, (ageCounts.get(age) ?? 0) + share);
        const g = genderOf[String(gender)];
        if (g) genderCounts.set(g, (genderCounts.get(g) ?? 0) + share);
      }
      const byCountry = await report(
        token,
        { metrics: "views", dimensions: "country", sort: "-views", maxResults: "50" },
        "YouTube Analytics by country",
      );
      const countryCounts = new Map<string, number>();
      for (const [country, views] of rowsOf(byCountry)) {
        const count = countOf(views);
        if (typeof country === "string" && count !== null) countryCounts.set(country.toUpperCase(), count);
      }

      const posts: VerifiedPost[] = [];
      const uploads = (channel.contentDetails?.relatedPlaylists as Record<string, string> | undefined)
        ?.uploads;
      if (uploads) {
        const items = await get(
          hosts.data,
          "/youtube/v3/playlistItems",
          { part: "contentDetails", playlistId: uploads, maxResults: "25" },
          token,
          "YouTube uploads",
        );
        const ids = ((items.items as Array<{ contentDetails?: { videoId?: string } }> | undefined) ?? [])
          .map((item) => item.contentDetails?.videoId)
          .filter((id): id is string => Boolean(id));
        if (ids.length > 0) {
          const videos = await get(
            hosts.data,
            "/youtube/v3/videos",
            { part: "snippet,statistics", id: ids.join(",") },
            token,
            "YouTube videos",
          );
          for (const video of (videos.items as Array<Record<string, Record<string, unknown>>> | undefined) ??
            []) {
            const id = String(video.id);
            posts.push({
              externalId: id,
              url: `https://www.youtube.com/watch?v=${id}`,
              postedAt: String(video.snippet?.publishedAt ?? new Date().toISOString()),
              caption: typeof video.snippet?.title === "string" ? video.snippet.title : null,
              views: countOf(video.statistics?.viewCount),
              reach: null,
              likes: countOf(video.statistics?.likeCount),
              comments: countOf(video.statistics?.commentCount),
              shares: null,
              saves: null,
            });
          }
        }
      }
      return {
        externalUserId: String(channel.id),
        handle,
        bio: typeof snippet.description === "string" ? snippet.description : null,
        followers: statistics.hiddenSubscriberCount === true ? null : countOf(statistics.subscriberCount),
        following: null,
        postsCount: countOf(statistics.videoCount),
        audience:
          ageCounts.size + genderCounts.size + countryCounts.size === 0
            ? null
            : {
                ages: toShares(ageCounts),
                genders: toShares(genderCounts),
                countries: toShares(countryCounts) as Record<string, number>,
              },
        posts,
      };
    },
  };
}
