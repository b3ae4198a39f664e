import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** Sent on every response, the API's and the redirect's alike. */
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
