import { AppError, type FieldError, type ProblemCode } from "../../http/errors.js";
import { startWorker } from "../../worker-thread.js";
import type { ImportBatch, ReadImportOptions } from "./import-batches.js";

export interface ImportReaderData {
  file: string;
  options: ReadImportOptions;
}

export type ImportReaderRequest = { kind: "pull" } | { kind: "close" };

export type ImportReaderResponse =
  | { kind: "batch"; batch: ImportBatch; bytesRead: number }
  | { kind: "done" }
  | { kind: "failed"; message: string; code?: ProblemCode; errors?: FieldError[] };

export type FileImportBatch = ImportBatch & { bytesRead: number };

/**
 * `readImportBatches` of a file, in a worker thread (decision 0006): the worker reads, checks and computes the next
 * batch while the caller writes this one, so on two cores an import costs little more than its writes. Each batch
 * comes with the bytes of the file read so far. The worker starts with the first batch asked for, and stopping
 * early (a failed write) stops it.
 */
export async function* readImportFileInWorker(
  file: string,
  options: ReadImportOptions,
): AsyncGenerator<FileImportBatch> {
  const workerData: ImportReaderData = {
    file,
    options: {
      format: options.format,
      platform: options.platform,
      batchSize: options.batchSize,
      mapping: options.mapping,
    },
  };
  const worker = startWorker(import.meta.url, "import-batches-worker", workerData);
  const send = (message: ImportReaderRequest) => worker.postMessage(message);
  const arrived: Array<FileImportBatch | Error | null> = [];
  let wake: (() => void) | null = null;
  let finished = false;
  const deliver = (item: FileImportBatch | Error | null) => {
    arrived.push(item);
    wake?.();
    wake = null;
  };
  worker.on("message", (message: ImportReaderResponse) => {
    if (message.kind === "batch") deliver({ ...message.batch, bytesRead: message.bytesRead });
    else if (message.kind === "done") {
      finished = true;
      deliver(null);
    } else
      deliver(
        message.code
          ? new AppError(message.code, message.message, { errors: message.errors })
          : new Error(message.message),
      );
  });
  worker.on("error", (error) => deliver(error));
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", (code) => {
      if (!finished) deliver(new Error(`the import reader stopped (exit code ${code})`));
      resolve();
    }),
  );
  try {
    // One pull per batch, sent as soon as the last one arrives: the worker stays one batch ahead of the writer.
    send({ kind: "pull" });
    for (;;) {
      while (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const item = arrived.shift();
      if (item === null || item === undefined) return;
      if (item instanceof Error) throw item;
      send({ kind: "pull" });
      yield item;
    }
  } finally {
    finished = true;
    send({ kind: "close" });
    await exited;
  }
}
