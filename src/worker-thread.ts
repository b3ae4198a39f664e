import { Worker } from "node:worker_threads";

/**
 * Starts the worker thread whose entry module is `name` beside the module at `besideUrl` (its `import.meta.url`).
 * Run from the TypeScript sources (tests, tsx; from the project's root), the worker registers tsx's loader before it
 * imports the entry; built, it runs the compiled `.js` beside the caller.
 */
export function startWorker(besideUrl: string, name: string, workerData: unknown): Worker {
  const fromSources = besideUrl.endsWith(".ts");
  const entry = new URL(`./${name}.${fromSources ? "ts" : "js"}`, besideUrl);
  if (!fromSources) return new Worker(entry, { workerData });
  const script = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(script, { eval: true, workerData });
}
