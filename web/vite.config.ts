import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = path.resolve(root, "../dist/web");
const api = "http://127.0.0.1:3000";

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text asset once, at build time, so the server sends
 * them without compressing per request (@fastify/static's preCompressed). Files under 1 KiB gain nothing.
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|txt|map)$/;
  return {
    name: "amplio-precompress",
    apply: "build",
    writeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, encoding: "utf8" })) {
        const file = path.join(outDir, entry);
        if (!compressible.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  // Code shared with the server (money, time): src/shared holds only modules free of server dependencies.
  resolve: { alias: { "@shared": fileURLToPath(new URL("../src/shared", import.meta.url)) } },
  build: { outDir, emptyOutDir: true },
  server: { proxy: { "/api": api, "/healthz": api, "/r": api } },
});
