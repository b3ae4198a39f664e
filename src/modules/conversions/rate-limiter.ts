import { LRUCache } from "lru-cache";
import { AppError } from "../../http/errors.js";

/**
 * A fixed-window counter per key, in this process's memory: enough to stop a page in a loop or a script hammering
 * a publishable key (which is public by design). Past 50,000 keys the least recently seen are forgotten, not every
 * window at once, so a busy client's count survives a crowd of others.
 */
export class RateLimiter {
  private readonly windows = new LRUCache<string, { startedAt: number; count: number }>({ max: 50_000 });

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(key: string, now = Date.now()): void {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > this.limit)
      throw new AppError("rate_limited", "Too many conversions from this address; try again shortly.", {
        retryAfterSeconds: Math.ceil((window.startedAt + this.windowMs - now) / 1000),
      });
  }
}
