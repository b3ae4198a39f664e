import {
  type ConnectionPlatformClient,
  countOf,
  expiresAt,
  type FetchLike,
  form,
  PlatformError,
  readJson,
  type TokenSet,
  type VerifiedPost,
} from "./platform.js";

/** TikTok Login Kit and Display API, or one origin in their place (AMPLIO_OAUTH_TIKTOK_URL). */
export function tiktokHosts(override?: string) {
  return { authorize: override ?? "https://www.tiktok.com", api: override ?? "https://open.tiktokapis.com" };
}

const scopes = "user.info.basic,user.info.profile,user.info.stats,video.list";

/** TikTok answers { data, error: { code: "ok" | … } }, with a 200 even for some failures. */
async function tiktokJson(response: Response, what: string) {
  const body = await readJson(response, what);
  const error = body.error as { code?: string; message?: string } | undefined;
  if (error?.code && error.code !== "ok") throw new PlatformError(`${what}: ${error.message || error.code}`);
  return body;
}

function tokenSet(body: Record<string, unknown>, what: string): TokenSet {
  if (typeof body.access_token !== "string")
    throw new PlatformError(`${what}: no access token in the answer`);
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === "string" ? body.refresh_token : null,
    accessExpiresAt: expiresAt(body.expires_in),
    refreshExpiresAt: expiresAt(body.refresh_expires_in),
    scopes: typeof body.scope === "string" ? body.scope : scopes,
  };
}

export function tiktokLogin(override?: string, fetchImpl: FetchLike = fetch): ConnectionPlatformClient {
  const hosts = tiktokHosts(override);
  return {
    platform: "tiktok",
    label: "TikTok",
    // The Display API gives no audience demographics.
    shares: ["profile", "followers", "post_metrics"],
    authorizeUrl({ clientId, redirectUri, state, codeChallenge }) {
      const url = new URL(`${hosts.authorize}/v2/auth/authorize/`);
      url.search = new URLSearchParams({
        client_key: clientId,
        scope: scopes,
        response_type: "code",
        redirect_uri: redirectUri,
        state,
        code_challenge: codeChallenge,
        code_challenge_method: "S256",
      }).toString();
      return url.toString();
    },
    async exchangeCode(client, { code, redirectUri, codeVerifier }) {
      const body = await tiktokJson(
        await fetchImpl(
          `${hosts.api}/v2/oauth/token/`,
          form({
            client_key: client.clientId,
            client_secret: client.clientSecret,
            code,
            grant_type: "authorization_code",
            redirect_uri: redirectUri,
            code_verifier: codeVerifier,
          }),
        ),
        "TikTok token exchange",
      );
      return tokenSet(body, "TikTok token exchange");
    },
    async refresh(client, tokens) {
      if (!tokens.refreshToken) throw new PlatformError("TikTok token refresh: no refresh token was granted");
      const body = await tiktokJson(
        await fetchImpl(
          `${hosts.api}/v2/oauth/token/`,
          form({
            client_key: client.clientId,
            client_secret: client.clientSecret,
            grant_type: "refresh_token",
            refresh_token: tokens.refreshToken,
          }),
        ),
        "TikTok token refresh",
      );
      return tokenSet(body, "TikTok token refresh");
    },
    async revoke(client, tokens) {
      await tiktokJson(
        await fetchImpl(
          `${hosts.api}/v2/oauth/revoke/`,
          form({
            client_key: client.clientId,
            client_secret: client.clientSecret,
            token: tokens.accessToken,
          }),
        ),
        "TikTok revoke",
      );
    },
    async read(tokens) {
      const headers = { authorization: `Bearer ${tokens.accessToken}` };
      const info = await tiktokJson(
        await fetchImpl(
          `${hosts.api}/v2/user/info/?fields=open_id,username,display_name,bio_description,follower_count,following_count,video_count`,
          { headers },
        ),
        "TikTok user info",
      );
      const user = (info.data as { user?: Record<string, unknown> } | undefined)?.user;
      if (!user || typeof user.open_id !== "string")
        throw new PlatformError("TikTok user info: no user in the answer");
      const list = await tiktokJson(
        await fetchImpl(
          `${hosts.api}/v2/video/list/?fields=id,create_time,share_url,video_description,view_count,like_count,comment_count,share_count`,
          {
            method: "POST",
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify({ max_count: 20 }),
          },
        ),
        "TikTok video list",
      );
      const videos = (list.data as { videos?: Array<Record<string, unknown>> } | undefined)?.videos ?? [];
      const posts: VerifiedPost[] = videos.map((video) => ({
        externalId: String(video.id),
        url: typeof video.share_url === "string" ? video.share_url : null,
        postedAt: new Date((countOf(video.create_time) ?? Date.now() / 1000) * 1000).toISOString(),
        caption: typeof video.video_description === "string" ? video.video_description : null,
        views: countOf(video.view_count),
        reach: null,
        likes: countOf(video.like_count),
        comments: countOf(video.comment_count),
        shares: countOf(video.share_count),
        saves: null,
      }));
      return {
        externalUserId: user.open_id,
        handle: String(user.username ?? user.display_name ?? user.open_id),
        bio: typeof user.bio_description === "string" ? user.bio_description : null,
        followers: countOf(user.follower_count),
        following: countOf(user.following_count),
        postsCount: countOf(user.video_count),
        audience: null,
        posts,
      };
    },
  };
}
