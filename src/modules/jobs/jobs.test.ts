import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { describeEachDatabase, openTestDatabase, type TestDatabase } from "../../test-support/databases.js";
import { enqueueJob } from "./enqueue-job.js";
import { JobRunner } from "./job-runner.js";

describeEachDatabase("durable jobs", (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(dialect);
  });
  afterAll(async () => test.drop());

  it("runs a due job once and marks it done; a future job waits", async () => {
    const { db } = test.database;
    const seen: unknown[] = [];
    const runner = new JobRunner(test.database);
    runner.register("test.once", async ({ job }) => {
      seen.push(job.payload);
    });
    const id = await enqueueJob(db, { kind: "test.once", payload: { n: 1 } });
    await enqueueJob(db, { kind: "test.once", payload: { n: 2 }, runAt: new Date(Date.now() + 60_000) });
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("done");
    expect(await runner.runDue(() => new Date(Date.now() + 61_000))).toBe(1);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("retries a failing job later and gives up after its attempts", async () => {
    const { db } = test.database;
    const runner = new JobRunner(test.database);
    let calls = 0;
    runner.register("test.fail", async () => {
      calls += 1;
      throw new Error("upstream said no");
    });
    const id = await enqueueJob(db, { kind: "test.fail", payload: {}, maxAttempts: 2 });
    await runner.runDue();
    let row = await db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");
    expect(row.last_error).toBe("upstream said no");
    expect(row.run_at > new Date().toISOString()).toBe(true);
    await runner.runDue(() => new Date(Date.now() + 3_600_000));
    row = await db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(calls).toBe(2);
  });

  it("takes over a job whose worker died, after its lease", async () => {
    const { db } = test.database;
    const crashed = new JobRunner(test.database, { leaseMs: 1_000 });
    crashed.register("test.lease", async () => {
      throw new Error("unreachable");
    });
    const id = await enqueueJob(db, { kind: "test.lease", payload: {} });
    // Simulate a claim by a process that then died: running, leased, never finished.
    await db
      .updateTable("jobs")
      .set({
        status: "running",
        locked_by: "dead-worker",
        locked_until: new Date(Date.now() + 1_000).toISOString(),
      })
      .where("id", "=", id)
      .execute();
    const survivor = new JobRunner(test.database);
    let ran = 0;
    survivor.register("test.lease", async () => {
      ran += 1;
    });
    expect(await survivor.runDue()).toBe(0);
    expect(await survivor.runDue(() => new Date(Date.now() + 2_000))).toBe(1);
    expect(ran).toBe(1);
  });

  it("never runs one job twice when several workers race", async () => {
    const { db } = test.database;
    const runs = new Map<string, number>();
    const runners = Array.from({ length: 4 }, () => {
      const runner = new JobRunner(test.database, { batchSize: 3 });
      runner.register("test.race", async ({ job }) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 2));
      });
      return runner;
    });
    for (let i = 0; i < 40; i++) await enqueueJob(db, { kind: "test.race", payload: { i } });
    const counts = await Promise.all(runners.map((r) => r.runDue()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it("keeps the lease of a slow batch, so no job of it runs twice", async () => {
    const { db } = test.database;
    const runs = new Map<string, number>();
    const leaseMs = 600;
    const handler = async ({ job }: { job: { id: string } }) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 400));
    };
    const slow = new JobRunner(test.database, { leaseMs, batchSize: 3 });
    const other = new JobRunner(test.database, { leaseMs, batchSize: 3 });
    slow.register("test.slow", handler);
    other.register("test.slow", handler);
    for (let i = 0; i < 3; i++) await enqueueJob(db, { kind: "test.slow", payload: { i } });

    // The batch takes 1.2 s, twice its lease; the other worker keeps looking for due jobs meanwhile.
    const batch = slow.runDue();
    let taken = 0;
    for (let i = 0; i < 12; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      taken += await other.runDue();
    }
    expect(await batch).toBe(3);
    expect(taken).toBe(0);
    expect(runs.size).toBe(3);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it("keeps one pending job per dedupe key", async () => {
    const { db } = test.database;
    const first = await enqueueJob(db, { kind: "test.dedupe", payload: {}, dedupeKey: "refresh:acct-1" });
    const second = await enqueueJob(db, { kind: "test.dedupe", payload: {}, dedupeKey: "refresh:acct-1" });
    expect(second).toBe(first);
  });
});

describe("polling on SQLite", () => {
  it("finds nothing due without waiting for another connection's write lock", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "amplio-jobs-"));
    const url = `sqlite:${path.join(directory, "amplio.db")}`;
    const database = openDatabase(url);
    const writer = openDatabase(url);
    try {
      await migrateToLatest(database.db);
      // As the click worker holds it while it commits.
      writer.sqlite?.exec("begin immediate");
      const started = performance.now();
      expect(await new JobRunner(database).runDue()).toBe(0);
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      writer.sqlite?.exec("rollback");
      await writer.destroy();
      await database.destroy();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
