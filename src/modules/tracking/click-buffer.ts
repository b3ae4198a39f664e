import { type ClickBatch, ClickBatchBuilder } from "./click-batch.js";

export interface ClickBufferOptions {
  /** How often buffered clicks are written; a crash loses at most this much (plus a write in progress). */
  flushIntervalMs?: number;
  /** Beyond this many unwritten clicks (the database is down), new clicks are dropped and counted. */
  maxPending?: number;
  /**
   * Beyond this many unwritten clicks while writes succeed, the store is behind (more clicks than it can write):
   * redirects then answer once it has caught up (`behind`, `caughtUp`).
   */
  maxUnwritten?: number;
  /** The longest a redirect waits for the store to catch up. */
  maxWaitMs?: number;
  log?: { error(object: unknown, message: string): void };
}

/**
 * Holds clicks in memory so the redirect never waits on the database; a timer writes them in batches and `close`
 * writes the rest. A batch whose write failed is kept and written, before anything newer, on the next attempt.
 */
export class ClickBuffer {
  private readonly builder = new ClickBatchBuilder();
  /** Taken from the builder and not yet written, oldest first: a failed write leaves its batch at the head. */
  private readonly queued: ClickBatch[] = [];
  private queuedCount = 0;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  /** Clicks handed to the buffer, written, and dropped because the buffer was full. */
  accepted = 0;
  written = 0;
  dropped = 0;
  readonly flushIntervalMs: number;
  private readonly maxPending: number;
  private readonly maxUnwritten: number;
  private readonly maxWaitMs: number;
  /** Whether the last write failed: a database that refuses writes makes nobody wait (clicks are buffered, then dropped). */
  private failing = false;
  /** What waiting redirects share: settled once the store has caught up, a write failed, or `maxWaitMs` passed. */
  private waiting: { promise: Promise<void>; release(): void } | null = null;

  constructor(
    private readonly write: (batch: ClickBatch) => Promise<void>,
    private readonly options: ClickBufferOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 100;
    this.maxPending = options.maxPending ?? 1_000_000;
    this.maxUnwritten = options.maxUnwritten ?? 50_000;
    this.maxWaitMs = options.maxWaitMs ?? 2_000;
  }

  /**
   * Whether the store is behind while it works: more clicks are unwritten than it writes in about a second at the
   * heaviest load. A redirect then answers once `caughtUp` settles: a client that waits for its answers before
   * asking again slows to what the store can write, instead of the buffer holding ever more clicks a crash would lose.
   */
  get behind(): boolean {
    return !this.failing && this.pendingCount > this.maxUnwritten;
  }

  /** Settles once the store is no longer behind, a write has failed, or `maxWaitMs` has passed. */
  caughtUp(): Promise<void> {
    if (!this.waiting) {
      let release = () => {};
      const promise = new Promise<void>((resolve) => {
        release = resolve;
      });
      const timer = setTimeout(() => this.release(), this.maxWaitMs);
      this.waiting = {
        promise,
        release: () => {
          clearTimeout(timer);
          release();
        },
      };
    }
    return this.waiting.promise;
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.release();
  }

  add(
    clickId: string,
    linkId: string,
    organisationId: string,
    at: number,
    ip: string,
    userAgent: string,
    referer: string | null,
    country: string | null,
  ): void {
    if (this.pendingCount >= this.maxPending) {
      this.dropped += 1;
      return;
    }
    this.builder.add(clickId, linkId, organisationId, at, ip, userAgent, referer, country);
    this.accepted += 1;
  }

  get pendingCount(): number {
    return this.builder.count + this.queuedCount;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      // A failure is logged in flush and retried on the next tick.
      if (!this.inFlight && this.pendingCount > 0) this.flush().catch(() => undefined);
    }, this.flushIntervalMs);
    this.timer.unref();
  }

  /** Writes everything buffered so far (waiting for a write already under way first). */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (this.builder.count > 0) {
      const batch = this.builder.take();
      this.queued.push(batch);
      this.queuedCount += batch.count;
    }
    while (this.queued.length > 0) {
      const batch = this.queued[0] as ClickBatch;
      this.inFlight = this.write(batch).then(
        () => {
          this.queued.shift();
          this.queuedCount -= batch.count;
          this.written += batch.count;
          this.failing = false;
          if (!this.behind) this.release();
        },
        (error: unknown) => {
          this.options.log?.error({ err: error, clicks: batch.count }, "writing clicks failed; will retry");
          this.failing = true;
          this.release();
          throw error;
        },
      );
      try {
        await this.inFlight;
      } finally {
        this.inFlight = null;
      }
    }
  }

  /** Stops the timer and writes what is left; called from the server's onClose hook (SIGTERM). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    try {
      for (let attempt = 0; this.pendingCount > 0 || this.inFlight; attempt++) {
        try {
          await this.flush();
        } catch (error) {
          if (attempt >= 4) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        }
      }
    } finally {
      this.release();
    }
  }
}
