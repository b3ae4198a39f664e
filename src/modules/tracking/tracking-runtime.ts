import type { AppContext } from "../../app-context.js";
import { ClickBuffer } from "./click-buffer.js";
import { LinkCache } from "./link-cache.js";
import { ClickRollup } from "./roll-up-clicks.js";
import { createRedirectHandler } from "./serve-redirect.js";
import { ClickWriter } from "./write-clicks.js";

/** How often the rollups catch up with the appended clicks: reports are at most about this much behind. */
const rollupIntervalMs = 1_000;

type Log = { error(object: unknown, message: string): void };

/**
 * One per app: the redirect's link cache, the click buffer that appends clicks every 100 ms, and the rollup that
 * counts them into the per-link hourly and daily rows about once a second, and the redirect that feeds them. Shared by
 * the public and the API routes.
 */
export class TrackingRuntime {
  readonly links: LinkCache;
  readonly clicks: ClickBuffer;
  readonly rollup: ClickRollup;
  readonly redirect: ReturnType<typeof createRedirectHandler>;
  private rollupTimer: NodeJS.Timeout | null = null;

  constructor(
    context: AppContext,
    private readonly log?: Log,
  ) {
    const { db, sqlite } = context.database;
    const writer = new ClickWriter(db, sqlite);
    this.links = new LinkCache(db, { log });
    this.clicks = new ClickBuffer((events) => writer.write(events), { log });
    this.rollup = new ClickRollup(db, sqlite);
    this.redirect = createRedirectHandler(this, {
      trustProxy: context.config.trustProxy,
      countryHeader: context.config.countryHeader,
      log: log ?? console,
    });
  }

  start(): void {
    this.links.start();
    this.clicks.start();
    if (this.rollupTimer) return;
    this.rollupTimer = setInterval(() => {
      this.rollup
        .run()
        .catch((error: unknown) => this.log?.error({ err: error }, "rolling up clicks failed; will retry"));
    }, rollupIntervalMs);
    this.rollupTimer.unref();
  }

  /** Writes the buffered clicks and counts them into the rollups: what a report reads is then up to date. */
  async flush(): Promise<void> {
    await this.clicks.flush();
    await this.rollup.run();
  }

  async close(): Promise<void> {
    this.links.stop();
    if (this.rollupTimer) clearInterval(this.rollupTimer);
    this.rollupTimer = null;
    await this.clicks.close();
    await this.rollup.run();
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
