import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AmplioDatabase, openDatabase } from "../../db/database.js";
import { migrateToLatest } from "../../db/migrate.js";
import { batchOf } from "./click-batch.js";
import type { ClickEvent } from "./click-event.js";
import { newClickId } from "./click-id.js";
import { WorkerClickStore } from "./worker-click-store.js";

const chrome =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

function click(linkId: string): ClickEvent {
  const at = Date.now();
  return {
    clickId: newClickId(at),
    organisationId: "0190a0b0-0000-7000-8000-00000000000a",
    linkId,
    at,
    ip: "203.0.113.9",
    userAgent: chrome,
    referer: "https://www.tiktok.com/@maya",
    country: "SE",
  };
}

describe("the click store in a worker thread", () => {
  let directory: string;
  let database: AmplioDatabase;

  beforeEach(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "amplio-click-worker-"));
    database = openDatabase(`sqlite:${path.join(directory, "amplio.db")}`);
    await migrateToLatest(database.db);
  });
  afterEach(async () => {
    await database.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  const stored = () => database.db.selectFrom("tracking_clicks").selectAll().orderBy("seq").execute();

  it("resolves a write once the worker's connection has committed it, enriched and hashed there", async () => {
    const store = new WorkerClickStore(database);
    try {
      const events = [click("link-a"), click("link-a")];
      await store.write(batchOf(events));
      const rows = await stored();
      expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.clickId));
      expect(rows[0]).toMatchObject({
        organisation_id: events[0]?.organisationId,
        link_id: "link-a",
        occurred_at: new Date(events[0]?.at as number).toISOString(),
        device: "desktop",
        referrer_host: "tiktok.com",
        country: "SE",
        is_bot: 0,
      });
      expect(rows[0]?.visitor_hash).toHaveLength(22);
      expect(rows[0]?.visitor_hash).not.toContain("203.0.113.9");
    } finally {
      await store.close();
    }
  });

  it("says why when the worker cannot start", async () => {
    await database.db.schema.dropTable("tracking_clicks").execute();
    const store = new WorkerClickStore(database);
    await expect(store.write(batchOf([click("link-a")]))).rejects.toThrow(
      /the click store could not start: no such table: tracking_clicks/,
    );
  });

  it("starts a new worker after one dies, so later batches are still written", async () => {
    const store = new WorkerClickStore(database);
    try {
      await store.write(batchOf([click("link-a")]));
      const worker = (store as unknown as { worker: Worker }).worker;
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      await worker.terminate();
      await exited;
      await store.write(batchOf([click("link-b")]));
      expect((await stored()).map((r) => r.link_id)).toEqual(["link-a", "link-b"]);
    } finally {
      await store.close();
    }
  });

  it("rejects a write the database refuses, and says why", async () => {
    const store = new WorkerClickStore(database);
    try {
      await store.write(batchOf([click("link-a")]));
      await database.db.schema.dropTable("tracking_clicks").execute();
      await expect(store.write(batchOf([click("link-a")]))).rejects.toThrow(/no such table: tracking_clicks/);
    } finally {
      // Its last roll-up cannot read the clicks either; the worker is stopped all the same.
      await expect(store.close()).rejects.toThrow(/no such table/);
    }
    expect((store as unknown as { worker: Worker | null }).worker).toBeNull();
  });
});
