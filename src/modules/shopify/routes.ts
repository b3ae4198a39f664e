import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { sessionOnly } from "../../http/openapi.js";
import { authErrors, jsonResponse, pageOf, pageQuery, problemSchema } from "../../http/schemas.js";
import { createShopifyConnection, listShopifyConnections } from "./create-connection.js";
import { connectionSchema, createConnectionBody } from "./routes.types.js";

const tags = ["Integrations"];

export const shopifyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  app.post(
    "/integrations/shopify",
    {
      schema: {
        operationId: "connectShopify",
        security: sessionOnly,
        tags,
        summary: "Connect a Shopify store: returns the webhook URL for orders/create and refunds/create",
        body: createConnectionBody,
        response: {
          201: jsonResponse("The connection and the webhook URL to register in Shopify", connectionSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      return reply
        .status(201)
        .send(await createShopifyConnection(database.db, auth, request.body, config.publicUrl));
    },
  );

  app.get(
    "/integrations/shopify",
    {
      schema: {
        operationId: "listShopifyConnections",
        tags,
        summary: "Connected Shopify stores, oldest first",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The connected stores", pageOf(connectionSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listShopifyConnections(database.db, auth.organisationId, config.publicUrl, request.query);
    },
  );
};
