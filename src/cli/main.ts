import { buildProgram } from "./program.js";

await buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.exitCode = process.exitCode || 1;
    console.error(error instanceof Error ? error.message : String(error));
  });
