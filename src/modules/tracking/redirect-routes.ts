import type { FastifyPluginAsync } from "fastify";
import type { AppContext } from "../../app-context.js";
import { trackingRuntime } from "./tracking-runtime.js";

/**
 * GET and HEAD /r/:code as Fastify routes, for `inject` and any request the server did not hand straight to the
 * redirect (decision 0005): both paths run the same handler on node's request and response.
 */
export const redirectRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const runtime = trackingRuntime(context, app.log);
  runtime.start();
  // Before the server drains: a click taken after the last flush would be lost.
  app.addHook("preClose", (done) => {
    runtime.redirect.stopAccepting();
    done();
  });
  app.addHook("onClose", async () => runtime.close());

  for (const method of ["GET", "HEAD"] as const)
    app.route({
      method,
      url: "/r/:code",
      exposeHeadRoute: false,
      logLevel: "warn",
      schema: { hide: true },
      handler: (request, reply) => {
        reply.hijack();
        runtime.redirect.handle(request.raw, reply.raw);
      },
    });
};
