import type { Worker } from "node:worker_threads";
import { startWorker } from "../../worker-thread.js";
import type { ClickBatch } from "./click-batch.js";
import type { ClickStore, Log } from "./click-store.js";

export interface ClickStoreWorkerData {
  url: string;
  schema?: string;
}

export type ClickStoreRequest =
  | { kind: "write"; id: number; clicks: ClickBatch }
  | { kind: "rollUp"; id: number }
  | { kind: "close"; id: number };

export type ClickStoreResponse =
  | { kind: "done"; id: number; result: number }
  | { kind: "failed"; id: number; message: string }
  | { kind: "log"; object: unknown; message: string };

/**
 * The click store in a worker thread (decision 0005): on two cores, hashing, appending and rolling up clicks on the
 * request thread took as much time again as answering the redirect. Batches are posted to the worker, which acks
 * each once committed, so `write` resolves only when the clicks are in the database, as in-process. A worker that
 * dies rejects what it had in hand (the buffer keeps those clicks and writes them again) and the next call starts a
 * new one. It holds the process open only while a call is outstanding.
 */
export class WorkerClickStore implements ClickStore {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly outstanding = new Map<
    number,
    { resolve(result: number): void; reject(error: Error): void }
  >();

  constructor(
    private readonly database: ClickStoreWorkerData,
    private readonly log?: Log,
  ) {}

  start(): void {
    this.running();
  }

  async write(batch: ClickBatch): Promise<void> {
    await this.call({ kind: "write", id: 0, clicks: batch });
  }

  rollUp(): Promise<number> {
    return this.call({ kind: "rollUp", id: 0 });
  }

  /** Rolls up what is left and stops the worker, which is stopped even when that last roll-up fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ kind: "close", id: 0 });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const workerData: ClickStoreWorkerData = { url: this.database.url, schema: this.database.schema };
    const worker = startWorker(import.meta.url, "click-store-worker", workerData);
    worker.unref();
    worker.on("message", (message: ClickStoreResponse) => {
      if (message.kind === "log") {
        this.log?.error(message.object, `click store worker: ${message.message}`);
        return;
      }
      const waiting = this.outstanding.get(message.id);
      if (!waiting) return;
      this.outstanding.delete(message.id);
      if (this.outstanding.size === 0) worker.unref();
      if (message.kind === "done") waiting.resolve(message.result);
      else waiting.reject(new Error(message.message));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.outstanding.values()) waiting.reject(error);
      this.outstanding.clear();
    };
    worker.on("error", (error) => {
      this.log?.error({ err: error }, "click store worker failed");
      fail(error);
    });
    worker.on("exit", (code) => fail(new Error(`click store worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private call(request: ClickStoreRequest): Promise<number> {
    const worker = this.running();
    const id = ++this.nextId;
    return new Promise<number>((resolve, reject) => {
      this.outstanding.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  }
}
