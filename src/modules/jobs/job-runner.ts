import { hostname } from "node:os";
import type { Kysely } from "kysely";
import { claimDueJobs, hasDueJobs } from "../../db/claim.js";
import type { AmplioDatabase } from "../../db/database.js";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";

export interface JobContext {
  db: Kysely<Database>;
  job: {
    id: string;
    kind: string;
    organisationId: string | null;
    payload: Record<string, unknown>;
    attempts: number;
  };
}

export type JobHandler = (context: JobContext) => Promise<void>;

export interface JobRunnerOptions {
  /** How often to look for due jobs while idle. */
  pollIntervalMs?: number;
  /** A claimed job not finished within this time is taken over by another worker (its process died). */
  leaseMs?: number;
  batchSize?: number;
  log?: { error(object: unknown, message: string): void; warn(object: unknown, message: string): void };
}

/** Retry a failed job after 30 s, 2 min, 8 min, … capped at an hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 4 ** Math.max(0, attempts - 1));
}

/**
 * Runs durable jobs from the jobs table. Any number of processes may run one: rows are claimed atomically with a
 * lease, so a job runs in one process at a time, and a crashed process's jobs are retried after the lease.
 */
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = true;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly database: AmplioDatabase,
    private readonly options: JobRunnerOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.batchSize = options.batchSize ?? 10;
  }

  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for job kind "${kind}" is already registered`);
    this.handlers.set(kind, handler);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Claims and runs every job due now, batch after batch; returns how many ran. Tests and the CLI call this. */
  async runDue(now: () => Date = () => new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const ran = await this.runBatch(now());
      total += ran;
      if (ran < this.batchSize) return total;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runDue().catch((error: unknown) => {
        this.options.log?.error({ err: error }, "job runner: claiming jobs failed");
        return 0;
      });
      void this.running.then(() => this.schedule(this.pollIntervalMs));
    }, delayMs);
    this.timer.unref();
  }

  private async runBatch(now: Date): Promise<number> {
    const { db, dialect } = this.database;
    if (!(await hasDueJobs(db, now.toISOString()))) return 0;
    const claimed = await db.transaction().execute((trx) =>
      claimDueJobs(trx, dialect, {
        workerId: this.workerId,
        now: now.toISOString(),
        lockedUntil: new Date(now.getTime() + this.leaseMs).toISOString(),
        limit: this.batchSize,
      }),
    );
    // A batch runs one job after another, so without renewal its last jobs could outlive the lease they were
    // claimed with and be claimed again elsewhere while still waiting here. The lease is renewed while the batch is in
    // hand, and each job is run only if this worker still holds it.
    const inHand = new Set(claimed.map((row) => row.id));
    const heartbeat = setInterval(() => {
      this.renewLeases([...inHand]).catch((error: unknown) =>
        this.options.log?.error({ err: error }, "job runner: renewing leases failed"),
      );
    }, this.leaseMs / 3);
    heartbeat.unref();
    try {
      for (const row of claimed) {
        const held = await this.renewLeases([row.id]);
        if (held.length === 0) {
          inHand.delete(row.id);
          this.options.log?.warn({ jobId: row.id, kind: row.kind }, "job lease lost before it ran; skipped");
          continue;
        }
        await this.runClaimed(row);
        inHand.delete(row.id);
      }
    } finally {
      clearInterval(heartbeat);
    }
    return claimed.length;
  }

  /** Extends the lease of the jobs this worker still holds; returns their ids. */
  private async renewLeases(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.database.db
      .updateTable("jobs")
      .set({ locked_until: new Date(Date.now() + this.leaseMs).toISOString() })
      .where("id", "in", ids)
      .where("status", "=", "running")
      .where("locked_by", "=", this.workerId)
      .returning("id")
      .execute();
    return rows.map((row) => row.id);
  }

  private async runClaimed(row: Awaited<ReturnType<typeof claimDueJobs>>[number]): Promise<void> {
    const { db } = this.database;
    const finishedAt = () => new Date().toISOString();
    const handler = this.handlers.get(row.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind "${row.kind}"`);
      if (row.attempts > row.max_attempts)
        throw new Error("gave up: the job's worker stopped too many times");
      await handler({
        db,
        job: {
          id: row.id,
          kind: row.kind,
          organisationId: row.organisation_id,
          payload: JSON.parse(row.payload) as Record<string, unknown>,
          attempts: row.attempts,
        },
      });
      await db
        .updateTable("jobs")
        .set({
          status: "done",
          locked_by: null,
          locked_until: null,
          last_error: null,
          updated_at: finishedAt(),
        })
        .where("id", "=", row.id)
        .where("locked_by", "=", this.workerId)
        .execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = !handler || row.attempts >= row.max_attempts;
      this.options.log?.warn(
        { jobId: row.id, kind: row.kind, attempts: row.attempts, err: error },
        "job failed",
      );
      await db
        .updateTable("jobs")
        .set({
          status: giveUp ? "failed" : "pending",
          run_at: new Date(Date.now() + retryDelayMs(row.attempts)).toISOString(),
          locked_by: null,
          locked_until: null,
          last_error: message.slice(0, 2_000),
          updated_at: finishedAt(),
        })
        .where("id", "=", row.id)
        .where("locked_by", "=", this.workerId)
        .execute();
    }
  }
}
