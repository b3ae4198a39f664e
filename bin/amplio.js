#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/server/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("Amplio is not built yet: run `npm run build` first.");
  process.exit(1);
}
await import(entry.href);
