import type { ClickEvent } from "./click-event.js";

export interface ClickBufferOptions {
  /** How often buffered clicks are written; a crash loses at most this much (plus a write in progress). */
  flushIntervalMs?: number;
  /** Beyond this many unwritten clicks (the database is down), new clicks are dropped and counted. */
  maxPending?: number;
  log?: { error(object: unknown, message: string): void };
}

/**
 * Holds clicks in memory so the redirect never waits on the database; a timer writes them in batches and `close`
 * writes the rest. A failed write keeps its batch for the next attempt.
 */
export class ClickBuffer {
  private pending: ClickEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  /** Clicks handed to the buffer, written, and dropped because the buffer was full. */
  accepted = 0;
  written = 0;
  dropped = 0;
  readonly flushIntervalMs: number;
  private readonly maxPending: number;

  constructor(
    private readonly write: (events: ClickEvent[]) => Promise<void>,
    private readonly options: ClickBufferOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 100;
    this.maxPending = options.maxPending ?? 1_000_000;
  }

  push(event: ClickEvent): void {
    if (this.pending.length >= this.maxPending) {
      this.dropped += 1;
      return;
    }
    this.pending.push(event);
    this.accepted += 1;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      // A failure is logged in flush and retried on the next tick.
      if (!this.inFlight && this.pending.length > 0) this.flush().catch(() => undefined);
    }, this.flushIntervalMs);
    this.timer.unref();
  }

  /** Writes everything buffered so far (waiting for a write already under way first). */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight = this.write(batch).then(
      () => {
        this.written += batch.length;
      },
      (error: unknown) => {
        this.pending = batch.concat(this.pending);
        this.options.log?.error({ err: error, clicks: batch.length }, "writing clicks failed; will retry");
        throw error;
      },
    );
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  /** Stops the timer and writes what is left; called from the server's onClose hook (SIGTERM). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (let attempt = 0; this.pending.length > 0 || this.inFlight; attempt++) {
      try {
        await this.flush();
      } catch (error) {
        if (attempt >= 4) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }
}
