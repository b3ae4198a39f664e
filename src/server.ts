import closeWithGrace from "close-with-grace";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import type { AmplioConfig } from "./config.js";

/**
 * Starts Amplio and stops it gracefully on SIGTERM/SIGINT: the server stops accepting, in-flight requests finish,
 * onClose hooks flush buffers and close the database. A second signal, or 10 s, forces the exit.
 */
export async function startServer(overrides: Partial<AmplioConfig> = {}): Promise<FastifyInstance> {
  const app = await buildApp(overrides);
  const { port, host } = app.amplio.config;
  const grace = closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    else app.log.info({ signal }, "shutting down");
    await app.close();
  });
  try {
    await app.listen({ port, host });
  } catch (error) {
    // Without this the open database, the click worker and the link poll would keep a server that never listened alive.
    grace.uninstall();
    await app.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new Error(
        `Port ${port} on ${host} is already in use: stop what uses it, or choose another with --port or PORT.`,
      );
    throw error;
  }
  app.amplio.jobs.start();
  return app;
}
