/**
 * A worker thread that reads an import file (decision 0006): it opens the file itself, so its reading never waits
 * on the writing thread, and hands back each batch checked, mapped and with its signals computed, one batch ahead of
 * the writer.
 */
import { createReadStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { AppError } from "../../http/errors.js";
import { readImportBatches } from "./import-batches.js";
import type { ImportReaderData, ImportReaderRequest, ImportReaderResponse } from "./worker-import-batches.js";

const port = parentPort;
if (!port) throw new Error("import-batches-worker runs as a worker thread");
const reply = (message: ImportReaderResponse) => port.postMessage(message);
const { file, options } = workerData as ImportReaderData;

const input = createReadStream(file);
let pulls = 0;
let closing = false;
let wake: (() => void) | null = null;
port.on("message", (message: ImportReaderRequest) => {
  if (message.kind === "close") {
    // Also when the writer stopped early: stop reading.
    closing = true;
    input.destroy();
    port.close();
  } else pulls += 1;
  wake?.();
  wake = null;
});

try {
  for await (const batch of readImportBatches(input, options)) {
    while (pulls === 0 && !closing) await new Promise<void>((resolve) => (wake = resolve));
    if (closing) break;
    pulls -= 1;
    reply({ kind: "batch", batch, bytesRead: input.bytesRead });
  }
  if (!closing) reply({ kind: "done" });
} catch (error) {
  // An AppError's code and field errors do not survive the trip as an Error: they travel as plain data.
  if (!closing)
    reply({
      kind: "failed",
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof AppError ? { code: error.code, errors: error.errors } : {}),
    });
}
