import type { AgeBucket, Gender } from "../campaigns/ideal-customer-profile.js";
import type { ConnectionPlatform } from "./schema.js";

/** What a creator shares by connecting, named as the portal lists it. */
export const sharedItems = {
  profile: "Your profile: handle, name and bio",
  followers: "Your follower, following and post counts",
  audience_age: "Your audience's ages",
  audience_gender: "Your audience's genders",
  audience_country: "Your audience's countries",
  post_metrics: "Your posts' metrics (views, likes, comments, shares, saves)",
} as const;
export type SharedItem = keyof typeof sharedItems;

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  accessExpiresAt: string | null;
  refreshExpiresAt: string | null;
  scopes: string;
}

export interface VerifiedPost {
  externalId: string;
  url: string | null;
  postedAt: string;
  caption: string | null;
  views: number | null;
  reach: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

/** What the creator's own account reports, as read with their token. Missing is null, never zero (M2). */
export interface VerifiedSnapshot {
  externalUserId: string;
  handle: string;
  bio: string | null;
  followers: number | null;
  following: number | null;
  postsCount: number | null;
  audience: {
    countries: Record<string, number>;
    ages: Partial<Record<AgeBucket, number>>;
    genders: Partial<Record<Gender, number>>;
  } | null;
  posts: VerifiedPost[];
}

export type FetchLike = typeof fetch;

/** One platform's documented OAuth 2.0 flow and the reads Amplio makes with the creator's token. */
export interface ConnectionPlatformClient {
  platform: ConnectionPlatform;
  label: string;
  shares: SharedItem[];
  authorizeUrl(input: {
    clientId: string;
    redirectUri: string;
    state: string;
    codeChallenge: string;
  }): string;
  exchangeCode(
    client: ClientCredentials,
    input: { code: string; redirectUri: string; codeVerifier: string },
  ): Promise<TokenSet>;
  refresh(client: ClientCredentials, tokens: TokenSet): Promise<TokenSet>;
  /** Tells the platform to forget the grant, where it has an endpoint for it. */
  revoke: ((client: ClientCredentials, tokens: TokenSet) => Promise<void>) | null;
  read(tokens: TokenSet): Promise<VerifiedSnapshot>;
}

/** The platform answered with something other than what its documentation gives, or refused. */
export class PlatformError extends Error {}

export async function readJson(response: Response, what: string): Promise<Record<string, unknown>> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new PlatformError(`${what}: the platform answered ${response.status} with a body that is not JSON`);
  }
  if (!response.ok) {
    const error = body.error as Record<string, unknown> | string | undefined;
    const message =
      body.error_description ??
      body.error_message ??
      (typeof error === "object" ? (error?.message ?? error?.code) : error) ??
      `HTTP ${response.status}`;
    throw new PlatformError(`${what}: ${String(message)}`);
  }
  return body;
}

export const expiresAt = (seconds: unknown, now = Date.now()): string | null =>
  typeof seconds === "number" && seconds > 0 ? new Date(now + seconds * 1000).toISOString() : null;

export const countOf = (value: unknown): number | null => {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) && number >= 0 ? Math.round(number) : null;
};

/** Shares from raw counts or percentages, as fractions summing to 1. */
export function toShares<K extends string>(counts: Map<K, number>): Partial<Record<K, number>> {
  let total = 0;
  for (const value of counts.values()) total += value;
  const shares: Partial<Record<K, number>> = {};
  if (total <= 0) return shares;
  for (const [key, value] of counts) shares[key] = value / total;
  return shares;
}

export function form(values: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams(values).toString(),
  };
}
