import type { Kysely } from "kysely";
import { LRUCache } from "lru-cache";
import type { Database } from "../../db/schema.js";
import { clickIdTemplate } from "./destination-url.js";
import { isLinkCodeShape } from "./link-code.js";

export interface CachedLink {
  linkId: string;
  organisationId: string;
  targetUrl: string;
  /** The redirect Location is `before + clickId + after`. */
  before: string;
  after: string;
}

export interface LinkCacheOptions {
  /** How often the shared link version is checked; a link disabled elsewhere stops redirecting within this. */
  versionPollMs?: number;
  /** Active links kept; beyond it the least recently used one goes. */
  maxEntries?: number;
  /** Unknown codes remembered as such, apart from the links, so that scanning random codes cannot evict a link. */
  maxUnknown?: number;
  log?: { error(object: unknown, message: string): void };
}

/**
 * Active links by code, in memory. Every link change bumps `tracking_state.links_version` in its transaction;
 * each process polls that one row and empties its cache when it moved, so processes agree within a poll. Unknown
 * codes are remembered too, in a bounded cache of their own, so that guessing codes does not turn into database load
 * and evicts only other guesses. Both are least-recently-used caches (lru-cache: a map look-up and a move in its
 * list per hit).
 */
export class LinkCache {
  private readonly links: LRUCache<string, CachedLink>;
  private readonly unknown: LRUCache<string, true>;
  private generation = 0;
  private version: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly versionPollMs: number;
  private readonly maxEntries: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: LinkCacheOptions = {},
  ) {
    this.versionPollMs = options.versionPollMs ?? 500;
    this.maxEntries = options.maxEntries ?? 200_000;
    this.links = new LRUCache({ max: this.maxEntries });
    this.unknown = new LRUCache({ max: options.maxUnknown ?? 10_000 });
  }

  /** undefined: not cached, call `load`. null: no active link with this code. */
  peek(code: string): CachedLink | null | undefined {
    const link = this.links.get(code);
    if (link !== undefined) return link;
    return this.unknown.get(code) ? null : undefined;
  }

  async load(code: string): Promise<CachedLink | null> {
    if (!isLinkCodeShape(code)) return null;
    const generation = this.generation;
    const row = await this.db
      .selectFrom("tracking_links")
      .select(["id", "organisation_id", "target_url"])
      .where("code", "=", code)
      .where("status", "=", "active")
      .executeTakeFirst();
    const link = row
      ? {
          linkId: row.id,
          organisationId: row.organisation_id,
          targetUrl: row.target_url,
          ...clickIdTemplate(row.target_url),
        }
      : null;
    // A change seen while this query ran may have made its answer stale: use it, but do not keep it.
    if (generation === this.generation) {
      if (link) this.links.set(code, link);
      else this.unknown.set(code, true);
    }
    return link;
  }

  invalidate(): void {
    this.links.clear();
    this.unknown.clear();
    this.generation += 1;
  }

  /**
   * Loads every active link in one query, so the redirect never waits on a cold lookup (which on SQLite would queue
   * behind a click write). Past `maxEntries` links the cache stays lazy.
   */
  async warm(): Promise<void> {
    const generation = this.generation;
    const rows = await this.db
      .selectFrom("tracking_links")
      .select(["id", "code", "organisation_id", "target_url"])
      .where("status", "=", "active")
      .limit(this.maxEntries + 1)
      .execute();
    if (rows.length > this.maxEntries || generation !== this.generation) return;
    for (const row of rows)
      if (!this.links.has(row.code))
        this.links.set(row.code, {
          linkId: row.id,
          organisationId: row.organisation_id,
          targetUrl: row.target_url,
          ...clickIdTemplate(row.target_url),
        });
  }

  /** Empties the cache when another process (or this one) changed a link since the last check. */
  async checkVersion(): Promise<void> {
    const row = await this.db
      .selectFrom("tracking_state")
      .select("links_version")
      .where("id", "=", 1)
      .executeTakeFirst();
    const version = Number(row?.links_version ?? 0);
    if (this.version !== version) {
      this.version = version;
      this.invalidate();
      await this.warm();
    }
  }

  start(): void {
    if (this.timer) return;
    this.checkVersion().catch((error: unknown) =>
      this.options.log?.error({ err: error }, "link cache: loading links failed"),
    );
    this.timer = setInterval(() => {
      this.checkVersion().catch((error: unknown) =>
        this.options.log?.error({ err: error }, "link cache: version check failed"),
      );
    }, this.versionPollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** Call inside the transaction that changes a link, so every process's cache drops it. */
export async function bumpLinksVersion(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable("tracking_state")
    .set((eb) => ({ links_version: eb("links_version", "+", 1) }))
    .where("id", "=", 1)
    .execute();
}
