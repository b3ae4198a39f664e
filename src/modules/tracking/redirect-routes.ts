import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { trackingRuntime } from "./tracking-runtime.js";

// For the OpenAPI document only: the handler answers on node's response, past Fastify's validation and serialisers.
const followLinkSchema = {
  operationId: "followLink",
  tags: ["Tracking"],
  summary: "Follow a short link: a 302 to its destination with a click id, and the click recorded",
  security: [],
  response: {
    302: z.null().meta({
      description: "Found: the link's destination, with the click id in its query when the link asks for one",
      headers: { Location: { type: "string", format: "uri", description: "The link's destination" } },
    }),
    404: {
      description: "No such link, or it is disabled: a page for people, not problem+json",
      content: { "text/html": { schema: z.string() } },
    },
    503: z.null().meta({
      description: "The server is shutting down or cannot read the link; retry after Retry-After",
      headers: { "Retry-After": { type: "integer", description: "Seconds to wait" } },
    }),
  },
};

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
      // HEAD answers as GET does, without a click; the document lists GET.
      schema: method === "GET" ? followLinkSchema : { hide: true },
      handler: (request, reply) => {
        reply.hijack();
        runtime.redirect.handle(request.raw, reply.raw);
      },
    });
};
