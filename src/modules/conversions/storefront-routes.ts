import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { AppError } from "../../http/errors.js";
import { jsonResponse, problemSchema } from "../../http/schemas.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";
import { recordConversion } from "./record-conversion.js";
import { recordedConversionSchema, storefrontConversionBody } from "./routes.types.js";
import { findStorefrontKey } from "./storefront-keys.js";
import { storefrontScript } from "./storefront-snippet.js";

function allowCors(request: FastifyRequest, reply: FastifyReply, allowedOrigins: string[] | null): void {
  const origin = request.headers.origin;
  // A key limited to some shops accepts only requests that say which page sent them: browsers always send Origin on
  // these posts, so a request without one is not from a shop's page.
  if (allowedOrigins && allowedOrigins.length > 0 && (!origin || !allowedOrigins.includes(origin)))
    throw new AppError(
      "forbidden",
      `${origin ? `Origin ${origin}` : "A request without an Origin"} may not use this key.`,
    );
  if (!origin) return;
  reply.header("access-control-allow-origin", origin);
  reply.header("vary", "Origin");
}

/** Public: the storefront script and the publishable-key conversion endpoint it calls. */
export const storefrontRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { database } = context;
  const tracking = trackingRuntime(context, app.log);
  app.get("/t.js", { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type("application/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=3600")
      .header("access-control-allow-origin", "*")
      .send(storefrontScript),
  );

  app.options("/t/conversions", { schema: { hide: true } }, async (request, reply) => {
    allowCors(request, reply, null);
    return reply
      .header("access-control-allow-methods", "POST")
      .header("access-control-allow-headers", "content-type")
      .header("access-control-max-age", "86400")
      .status(204)
      .send();
  });

  app.post(
    "/t/conversions",
    {
      schema: {
        operationId: "recordStorefrontConversion",
        tags: ["Conversions"],
        summary: "Report a conversion from a shop's page with a publishable key (used by /t.js)",
        security: [],
        body: storefrontConversionBody,
        response: {
          200: jsonResponse(
            "The conversion was already recorded (same order id): its attribution",
            recordedConversionSchema,
          ),
          201: jsonResponse("The recorded conversion and its attribution", recordedConversionSchema),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { key, ...input } = request.body;
      const storefrontKey = await findStorefrontKey(database.db, key);
      if (!storefrontKey) throw new AppError("unauthorized", "The publishable key is unknown.");
      allowCors(request, reply, storefrontKey.allowedOrigins);
      const { conversion, duplicate } = await recordConversion(
        database.db,
        storefrontKey.organisationId,
        input,
        "storefront",
        () => tracking.writeAnsweredClicks(),
      );
      return reply.status(duplicate ? 200 : 201).send({ ...conversion, duplicate });
    },
  );
};
