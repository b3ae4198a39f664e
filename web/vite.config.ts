import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = "http://127.0.0.1:3000";

export default defineConfig({
  root,
  plugins: [react()],
  // Code shared with the server (money, time): src/shared holds only modules free of server dependencies.
  resolve: { alias: { "@shared": fileURLToPath(new URL("../src/shared", import.meta.url)) } },
  build: { outDir: "../dist/web", emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: { proxy: { "/api": api, "/healthz": api, "/r": api } },
});
