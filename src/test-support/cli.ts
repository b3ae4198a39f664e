import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const amplioBin = path.join(root, "bin/amplio.js");

export function assertBuilt(): void {
  if (!existsSync(path.join(root, "dist/server/cli/main.js")))
    throw new Error("CLI tests run the built binary: run `npm run build:server` (npm test does) first.");
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `amplio` binary, as a user would. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [amplioBin, ...args],
      { cwd: root, env: { ...process.env, AMPLIO_LOG_LEVEL: "warn", ...options.env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [amplioBin, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
