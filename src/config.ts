import path from "node:path";

export interface AmplioConfig {
  /** `sqlite:<path>` (default `sqlite:./data/amplio.db`), `sqlite::memory:`, or `postgres://…`. */
  databaseUrl: string;
  /** PostgreSQL schema to use (tests isolate themselves in one schema each). */
  databaseSchema?: string;
  port: number;
  host: string;
  /** Public origin used in links sent to people (invites), e.g. `https://amplio.example.com`. */
  publicUrl: string;
  /** Directory holding the built web UI; null serves the API only. */
  webRoot: string | null;
  logLevel: string;
  /**
   * Which X-Forwarded-* hops to believe (behind a reverse proxy): false (none), a number of proxy hops in front of
   * Amplio, or the proxies' addresses and CIDR ranges. The client is the first address no trusted proxy vouches for, so
   * a visitor cannot choose their own address by sending X-Forwarded-For. Also marks cookies Secure when the proxy
   * says https.
   */
  trustProxy: TrustProxy;
  /** Rate limits on the public endpoints (src/http/rate-limits.ts); off only for load tests and test suites. */
  rateLimits: boolean;
  /** Failed sign-ins allowed per email and per address in the login window before answering 429. */
  loginMaxAttempts: number;
  loginWindowSeconds: number;
  /** Outgoing mail server, `smtp://user:pass@host:587` or `smtps://…`; null keeps outreach email in the outbox. */
  smtpUrl: string | null;
  /** Request header a trusted proxy sets to the visitor's country (e.g. `cf-ipcountry`); null records no country. */
  countryHeader: string | null;
  /**
   * AMPLIO_ENCRYPTION_KEY: 32 bytes (base64 or hex) encrypting creator-connection tokens and client secrets at rest
   * (AES-256-GCM); null when unset, and then no connection client may be configured.
   */
  encryptionKey: Buffer | null;
  /**
   * Where each creator-connection platform is reached (authorize, token and API calls share one origin per platform
   * here): AMPLIO_OAUTH_INSTAGRAM_URL, AMPLIO_OAUTH_YOUTUBE_URL, AMPLIO_OAUTH_TIKTOK_URL; for a proxy or a test server.
   */
  oauthBaseUrls: Partial<Record<"instagram" | "youtube" | "tiktok", string>>;
}

export type TrustProxy = false | number | string[];

/** AMPLIO_TRUST_PROXY: unset or "false"; a hop count ("1"; "true" means one hop); or "10.0.0.1,10.1.0.0/16". */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false") return false;
  if (text === "true") return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** A 32-byte key given as 64 hex digits or base64; anything else is refused with a plain message. */
export function parseEncryptionKey(value: string | undefined): Buffer | null {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  if (key.length !== 32)
    throw new Error(
      "AMPLIO_ENCRYPTION_KEY must be 32 bytes, written as 64 hex digits or base64 (make one with `openssl rand -base64 32`).",
    );
  return key;
}

function oauthBaseUrlsFrom(env: NodeJS.ProcessEnv): AmplioConfig["oauthBaseUrls"] {
  const urls: AmplioConfig["oauthBaseUrls"] = {};
  for (const platform of ["instagram", "youtube", "tiktok"] as const) {
    const value = env[`AMPLIO_OAUTH_${platform.toUpperCase()}_URL`]?.trim();
    if (value) urls[platform] = value.replace(/\/+$/, "");
  }
  return urls;
}

const defaultDatabaseUrl = `sqlite:${path.join(".", "data", "amplio.db")}`;

export function loadConfig(
  overrides: Partial<AmplioConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): AmplioConfig {
  const port = overrides.port ?? Number(env.PORT ?? env.AMPLIO_PORT ?? 3000);
  return {
    databaseUrl: overrides.databaseUrl ?? env.AMPLIO_DATABASE_URL ?? defaultDatabaseUrl,
    databaseSchema: overrides.databaseSchema ?? env.AMPLIO_DATABASE_SCHEMA,
    port,
    host: overrides.host ?? env.AMPLIO_HOST ?? "0.0.0.0",
    publicUrl: overrides.publicUrl ?? env.AMPLIO_PUBLIC_URL ?? `http://localhost:${port}`,
    webRoot: overrides.webRoot === undefined ? (env.AMPLIO_WEB_ROOT ?? "dist/web") : overrides.webRoot,
    logLevel: overrides.logLevel ?? env.AMPLIO_LOG_LEVEL ?? "info",
    trustProxy: overrides.trustProxy ?? parseTrustProxy(env.AMPLIO_TRUST_PROXY),
    rateLimits: overrides.rateLimits ?? env.AMPLIO_RATE_LIMITS !== "off",
    loginMaxAttempts: overrides.loginMaxAttempts ?? 10,
    loginWindowSeconds: overrides.loginWindowSeconds ?? 15 * 60,
    smtpUrl: overrides.smtpUrl === undefined ? env.AMPLIO_SMTP_URL || null : overrides.smtpUrl,
    countryHeader:
      (overrides.countryHeader === undefined
        ? env.AMPLIO_COUNTRY_HEADER || null
        : overrides.countryHeader
      )?.toLowerCase() ?? null,
    encryptionKey:
      overrides.encryptionKey === undefined
        ? parseEncryptionKey(env.AMPLIO_ENCRYPTION_KEY)
        : overrides.encryptionKey,
    oauthBaseUrls: overrides.oauthBaseUrls ?? oauthBaseUrlsFrom(env),
  };
}
