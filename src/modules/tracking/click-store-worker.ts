/**
 * A worker thread that owns a connection of its own to the app's database and does the click work there: hashing,
 * classifying and appending each batch, and the rollups on their timer (decision 0005). The request thread only
 * hands it batches.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/database.js";
import { InProcessClickStore } from "./click-store.js";
import type { ClickStoreRequest, ClickStoreResponse, ClickStoreWorkerData } from "./worker-click-store.js";

const port = parentPort;
if (!port) throw new Error("click-store-worker runs as a worker thread");
const { url, schema } = workerData as ClickStoreWorkerData;
const reply = (message: ClickStoreResponse) => port.postMessage(message);
const { database, store } = open();
store.start();

/** A driver's error class does not survive the trip to the parent thread with its message: a plain Error does. */
function open() {
  try {
    const database = openDatabase(url, { schema });
    const store = new InProcessClickStore(database, {
      error: (object, message) => reply({ kind: "log", object: describe(object), message }),
    });
    return { database, store };
  } catch (error) {
    throw new Error(`the click store could not start: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(object: unknown): unknown {
  if (typeof object !== "object" || object === null || !("err" in object)) return object;
  const error = (object as { err: unknown }).err;
  return { ...object, err: error instanceof Error ? { message: error.message, stack: error.stack } : error };
}

port.on("message", (request: ClickStoreRequest) => {
  const work =
    request.kind === "write"
      ? store.write(request.clicks).then(() => 0)
      : request.kind === "rollUp"
        ? store.rollUp()
        : store.close().then(async () => {
            await database.destroy();
            return 0;
          });
  work.then(
    (result) => reply({ kind: "done", id: request.id, result }),
    (error: unknown) =>
      reply({
        kind: "failed",
        id: request.id,
        message: messageOf(error),
      }),
  );
});
