import type { AppContext } from "../../app-context.js";
import { ClickBuffer } from "./click-buffer.js";
import { LinkCache } from "./link-cache.js";
import { VisitorSalts } from "./visitor-salt.js";
import { writeClicks } from "./write-clicks.js";

type Log = { error(object: unknown, message: string): void };

/** One per app: the redirect's link cache and click buffer, shared by the public and the API routes. */
export class TrackingRuntime {
  readonly links: LinkCache;
  readonly clicks: ClickBuffer;

  constructor(context: AppContext, log?: Log) {
    const { db } = context.database;
    const salts = new VisitorSalts();
    const seenVisitors = new Set<string>();
    this.links = new LinkCache(db, { log });
    this.clicks = new ClickBuffer((events) => writeClicks(db, salts, events, seenVisitors), { log });
  }

  start(): void {
    this.links.start();
    this.clicks.start();
  }

  async close(): Promise<void> {
    this.links.stop();
    await this.clicks.close();
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
