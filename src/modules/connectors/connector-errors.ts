/** The platform said "slow down" (rate limit or quota): retry no sooner than `retryAt`. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/** The platform answered, but not with the account (unknown handle, bad key, unexpected body). */
export class ConnectorError extends Error {}

/** Seconds of a Retry-After header (seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, (at - now.getTime()) / 1000);
}
