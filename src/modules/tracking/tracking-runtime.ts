import type { AppContext } from "../../app-context.js";
import { trustFunction } from "../../http/client-address.js";
import { ClickBuffer } from "./click-buffer.js";
import { type ClickStore, InProcessClickStore, type Log } from "./click-store.js";
import { LinkCache } from "./link-cache.js";
import { createRedirectHandler } from "./serve-redirect.js";
import { WorkerClickStore } from "./worker-click-store.js";

/**
 * One per app: the redirect, its link cache, the click buffer that hands clicks on every 100 ms, and the click store
 * that appends them and counts them into the per-link hourly and daily rows on a timer. The store runs in a worker
 * thread with a connection of its own (decision 0005), except on an in-memory SQLite database, which no second
 * connection can reach. Shared by the public and the API routes.
 */
export class TrackingRuntime {
  readonly links: LinkCache;
  readonly clicks: ClickBuffer;
  readonly store: ClickStore;
  readonly redirect: ReturnType<typeof createRedirectHandler>;

  constructor(context: AppContext, log?: Log) {
    const { database } = context;
    this.links = new LinkCache(database.db, { log });
    this.store =
      database.url === "sqlite::memory:"
        ? new InProcessClickStore(database, log)
        : new WorkerClickStore(database, log);
    this.clicks = new ClickBuffer((batch) => this.store.write(batch), { log });
    this.redirect = createRedirectHandler(this, {
      trust: trustFunction(context.config.trustProxy),
      countryHeader: context.config.countryHeader,
      log: log ?? console,
    });
  }

  start(): void {
    this.links.start();
    this.clicks.start();
    this.store.start();
  }

  /**
   * Writes the clicks this process has answered and not yet stored (none to write costs nothing): attribution calls
   * it before looking a click id up, so a conversion right after its click finds it (M11).
   */
  writeAnsweredClicks(): Promise<void> {
    // A failed write is logged by the buffer and retried on its timer; the caller then looks again later.
    return this.clicks.flush().catch(() => undefined);
  }

  /** Writes the buffered clicks and counts them into the rollups: what a report reads is then up to date. */
  async flush(): Promise<void> {
    await this.clicks.flush();
    await this.store.rollUp();
  }

  async close(): Promise<void> {
    this.links.stop();
    await this.clicks.close();
    await this.store.close();
  }
}

// Keyed by the app's job runner: one per buildApp, and the same object whichever plugin options carry it.
const runtimes = new WeakMap<AppContext["jobs"], TrackingRuntime>();

export function trackingRuntime(context: AppContext, log?: Log): TrackingRuntime {
  let runtime = runtimes.get(context.jobs);
  if (!runtime) {
    runtime = new TrackingRuntime(context, log);
    runtimes.set(context.jobs, runtime);
  }
  return runtime;
}
