import type { Kysely } from "kysely";
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
  /** Cached codes (unknown ones included) beyond which the cache starts over. */
  maxEntries?: number;
  log?: { error(object: unknown, message: string): void };
}

/**
 * Active links by code, in memory. Every link change bumps `tracking_state.links_version` in its transaction;
 * each process polls that one row and empties its cache when it moved, so processes agree within a poll. Unknown
 * codes are cached too (as null), so guessing codes does not turn into database load.
 */
export class LinkCache {
  private entries = new Map<string, CachedLink | null>();
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
  }

  /** undefined: not cached, call `load`. null: no active link with this code. */
  peek(code: string): CachedLink | null | undefined {
    return this.entries.get(code);
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
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(code, link);
    }
    return link;
  }

  invalidate(): void {
    this.entries.clear();
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
      if (!this.entries.has(row.code))
        this.entries.set(row.code, {
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
