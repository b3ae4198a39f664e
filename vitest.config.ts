import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { "@shared": fileURLToPath(new URL("./src/shared", import.meta.url)) } },
        test: {
          name: "unit",
          // web/src: the web app's pure modules (no React), with the @shared alias Vite gives them.
          include: ["src/**/*.test.ts", "tests/integration/**/*.test.ts", "web/src/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A browser on a busy 2-core machine can take seconds to render after a click: poll for up to 10 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          // The twelve steps of a campaign walked once more at a phone's width.
          name: "e2e-phone",
          include: ["tests/e2e/steps/*.e2e.test.ts"],
          env: { AMPLIO_E2E_WIDTH: "390" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
