import type { FastifyPluginAsync } from "fastify";
import type { AppContext } from "../../app-context.js";
import { countryFromHeader } from "./classify-visit.js";
import { newClickId } from "./click-id.js";
import { trackingRuntime } from "./tracking-runtime.js";

const notFoundPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Link not found</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem">
<h1>This link does not exist</h1><p>It may have been mistyped, or it is no longer active.</p></body></html>`;

/**
 * GET /r/:code: a cached lookup, a 302 with a fresh click id, and the click handed to the buffer — nothing on the
 * request waits for the database unless the code is not cached yet. HEAD answers the same way without a click.
 * Unknown and disabled codes get a 404 page: the redirect only ever goes to a link's stored destination.
 */
export const redirectRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const runtime = trackingRuntime(context, app.log);
  const countryHeader = context.config.countryHeader;
  runtime.start();
  app.addHook("onClose", async () => runtime.close());

  app.route<{ Params: { code: string } }>({
    method: "GET",
    url: "/r/:code",
    exposeHeadRoute: false,
    logLevel: "warn",
    schema: { hide: true },
    handler: async (request, reply) => {
      const { code } = request.params;
      const cached = runtime.links.peek(code);
      const link = cached === undefined ? await runtime.links.load(code) : cached;
      reply.header("cache-control", "private, no-store");
      if (!link) return reply.status(404).type("text/html; charset=utf-8").send(notFoundPage);
      const at = Date.now();
      const clickId = newClickId(at);
      runtime.clicks.push({
        clickId,
        organisationId: link.organisationId,
        linkId: link.linkId,
        campaignId: link.campaignId,
        creatorId: link.creatorId,
        at,
        ip: request.ip,
        userAgent: request.headers["user-agent"] ?? "",
        referer: request.headers.referer,
        country: countryHeader ? countryFromHeader(request.headers[countryHeader]) : null,
      });
      return reply.redirect(`${link.before}${clickId}${link.after}`, 302);
    },
  });

  app.route<{ Params: { code: string } }>({
    method: "HEAD",
    url: "/r/:code",
    logLevel: "warn",
    schema: { hide: true },
    handler: async (request, reply) => {
      const { code } = request.params;
      const cached = runtime.links.peek(code);
      const link = cached === undefined ? await runtime.links.load(code) : cached;
      reply.header("cache-control", "private, no-store");
      if (!link) return reply.status(404).type("text/html; charset=utf-8").send();
      return reply.redirect(link.targetUrl, 302);
    },
  });
};
