import type { AgeBucket, Gender } from "../campaigns/ideal-customer-profile.js";
import {
  type ConnectionPlatformClient,
  countOf,
  expiresAt,
  type FetchLike,
  form,
  PlatformError,
  readJson,
  toShares,
  type VerifiedPost,
} from "./platform.js";

/** Instagram API with Instagram Login: three hosts, or one origin in their place (AMPLIO_OAUTH_INSTAGRAM_URL). */
export function instagramHosts(override?: string) {
  return {
    authorize: override ?? "https://www.instagram.com",
    token: override ?? "https://api.instagram.com",
    graph: override ?? "https://graph.instagram.com",
  };
}

const version = "v23.0";
const scopes = "instagram_business_basic,instagram_business_manage_insights";
const genderOf: Record<string, Gender> = { F: "female", M: "male", U: "other" };
const ages = new Set<string>(["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]);

/** Graph timestamps look like 2026-11-20T10:00:00+0000. */
const graphTime = (value: string) => new Date(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2")).toISOString();

export function instagramLogin(override?: string, fetchImpl: FetchLike = fetch): ConnectionPlatformClient {
  const hosts = instagramHosts(override);
  const graph = async (path: string, params: Record<string, string>, what: string) => {
    const url = new URL(`${hosts.graph}${path}`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return readJson(await fetchImpl(url), what);
  };

  /** follower_demographics by one breakdown: counts per age, gender or country (lifetime, total_value). */
  async function demographics(userId: string, accessToken: string, breakdown: "age" | "gender" | "country") {
    const body = await graph(
      `/${version}/${userId}/insights`,
      {
        metric: "follower_demographics",
        period: "lifetime",
        metric_type: "total_value",
        breakdown,
        access_token: accessToken,
      },
      `Instagram follower demographics by ${breakdown}`,
    );
    const counts = new Map<string, number>();
    const data = (body.data as Array<Record<string, unknown>> | undefined) ?? [];
    for (const metric of data) {
      const breakdowns =
        ((metric.total_value as Record<string, unknown> | undefined)?.breakdowns as
          | Array<{ results?: Array<{ dimension_values?: string[]; value?: number }> }>
          | undefined) ?? [];
      for (const result of breakdowns.flatMap((b) => b.results ?? [])) {
        const key = result.dimension_values?.[0];
        const value = countOf(result.value);
        if (key && value !== null) counts.set(key, (counts.get(key) ?? 0) + value);
      }
    }
    return counts;
  }

  return {
    platform: "instagram",
    label: "Instagram",
    shares: ["profile", "followers", "audience_age", "audience_gender", "audience_country", "post_metrics"],
    authorizeUrl({ clientId, redirectUri, state, codeChallenge }) {
      const url = new URL(`${hosts.authorize}/oauth/authorize`);
      url.search = new URLSearchParams({
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: "code",
        scope: scopes,
        state,
        code_challenge: codeChallenge,
        code_challenge_method: "S256",
      }).toString();
      return url.toString();
    },
    async exchangeCode(client, { code, redirectUri, codeVerifier }) {
      const short = await readJson(
        await fetchImpl(
          `${hosts.token}/oauth/access_token`,
          form({
            client_id: client.clientId,
            client_secret: client.clientSecret,
            grant_type: "authorization_code",
            redirect_uri: redirectUri,
            code,
            code_verifier: codeVerifier,
          }),
        ),
        "Instagram token exchange",
      );
      // Documented as { data: [{ access_token, user_id, permissions }] }; older apps answer without the wrapper.
      const grant = ((short.data as Array<Record<string, unknown>> | undefined)?.[0] ?? short) as Record<
        string,
        unknown
      >;
      if (typeof grant.access_token !== "string")
        throw new PlatformError("Instagram token exchange: no access token in the answer");
      // The short-lived token lasts an hour; the long-lived one 60 days, refreshed before it ends.
      const long = await graph(
        "/access_token",
        {
          grant_type: "ig_exchange_token",
          client_secret: client.clientSecret,
          access_token: grant.access_token,
        },
        "Instagram long-lived token",
      );
      if (typeof long.access_token !== "string")
        throw new PlatformError("Instagram long-lived token: no access token in the answer");
      const permissions = grant.permissions;
      return {
        accessToken: long.access_token,
        refreshToken: null,
        accessExpiresAt: expiresAt(long.expires_in),
        refreshExpiresAt: null,
        scopes: Array.isArray(permissions) ? permissions.join(" ") : String(permissions ?? scopes),
      };
    },
    async refresh(_client, tokens) {
      const body = await graph(
        "/refresh_access_token",
        { grant_type: "ig_refresh_token", access_token: tokens.accessToken },
        "Instagram token refresh",
      );
      if (typeof body.access_token !== "string")
        throw new PlatformError("Instagram token refresh: no access token in the answer");
      return { ...tokens, accessToken: body.access_token, accessExpiresAt: expiresAt(body.expires_in) };
    },
    // Instagram Login has no revoke endpoint: the creator removes the app under their account's settings.
    revoke: null,
    async read(tokens) {
      const accessToken = tokens.accessToken;
      const me = await graph(
        `/${version}/me`,
        {
          fields: "user_id,username,biography,followers_count,follows_count,media_count",
          access_token: accessToken,
        },
        "Instagram profile",
      );
      const userId = String(me.user_id ?? me.id ?? "");
      if (!userId || typeof me.username !== "string")
        throw new PlatformError("Instagram profile: no user id or username in the answer");
      // Instagram answers follower_demographics only for accounts with 100 followers or more: without it the
      // audience stays unknown, and the rest is still read.
      const [byAge, byGender, byCountry] = await Promise.all(
        (["age", "gender", "country"] as const).map((b) =>
          demographics(userId, accessToken, b).catch((error: unknown) => {
            if (error instanceof PlatformError) return new Map<string, number>();
            throw error;
          }),
        ),
      );
      const ageCounts = new Map<AgeBucket, number>();
      for (const [key, value] of byAge ?? []) if (ages.has(key)) ageCounts.set(key as AgeBucket, value);
      const genderCounts = new Map<Gender, number>();
      for (const [key, value] of byGender ?? []) {
        const gender = genderOf[key];
        if (gender) genderCounts.set(gender, (genderCounts.get(gender) ?? 0) + value);
      }
      const countryCounts = new Map<string, number>();
      for (const [key, value] of byCountry ?? []) countryCounts.set(key.toUpperCase(), value);
      const media = await graph(
        `/${version}/me/media`,
        {
          fields: "id,caption,timestamp,permalink,like_count,comments_count",
          limit: "25",
          access_token: accessToken,
        },
        "Instagram media",
      );
      const posts: VerifiedPost[] = [];
      for (const item of (media.data as Array<Record<string, unknown>> | undefined) ?? []) {
        const insights = await graph(
          `/${version}/${String(item.id)}/insights`,
          { metric: "reach,views,saved,shares", access_token: accessToken },
          "Instagram media insights",
        );
        const value = (name: string) => {
          const metric = ((insights.data as Array<Record<string, unknown>> | undefined) ?? []).find(
            (m) => m.name === name,
          );
          const values = metric?.values as Array<{ value?: unknown }> | undefined;
          return countOf(
            values?.[0]?.value ?? (metric?.total_value as { value?: unknown } | undefined)?.value,
          );
        };
        posts.push({
          externalId: String(item.id),
          url: typeof item.permalink === "string" ? item.permalink : null,
          postedAt: typeof item.timestamp === "string" ? graphTime(item.timestamp) : new Date().toISOString(),
          caption: typeof item.caption === "string" ? item.caption : null,
          likes: countOf(item.like_count),
          comments: countOf(item.comments_count),
          reach: value("reach"),
          views: value("views"),
          saves: value("saved"),
          shares: value("shares"),
        });
      }
      return {
        externalUserId: userId,
        handle: me.username,
        bio: typeof me.biography === "string" ? me.biography : null,
        followers: countOf(me.followers_count),
        following: countOf(me.follows_count),
        postsCount: countOf(me.media_count),
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
