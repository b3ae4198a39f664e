import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/**
 * The app's and the portal's Content-Security-Policy: scripts only from Amplio's own files (the build inlines none),
 * no plugins, no framing, forms and fetches to Amplio only. Styles may be inline: charts set style attributes.
 * Images and video may come from blob: and data: URLs (previews of a file before it is uploaded); images also from
 * YouTube's picture hosts, which serve the channel thumbnails of a YouTube search.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: [
    "'self'",
    "data:",
    "blob:",
    "https://yt3.ggpht.com",
    "https://yt3.googleusercontent.com",
    "https://i.ytimg.com",
  ],
  mediaSrc: ["'self'", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Strict-Transport-Security, sent only on responses that came over TLS (directly or through a trusted proxy). */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/** Sent on every response, the API's and the redirect's alike (helmet sets them, and more, on Fastify's own). */
export const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
} as const;

/** The caller's `x-request-id` when it is a sane token (so logs join across services), else a fresh one. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers["x-request-id"];
  return typeof given === "string" && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
}
