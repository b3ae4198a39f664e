import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { sessionOnly } from "../../http/openapi.js";
import {
  authErrors,
  idParam,
  isoTime,
  jsonResponse,
  noContent,
  pageOf,
  pageQuery,
} from "../../http/schemas.js";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.js";

const tags = ["API keys"];

const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: "The first characters of the key, to recognise it" }),
    createdAt: isoTime,
    lastUsedAt: isoTime.nullable(),
    revokedAt: isoTime.nullable(),
  })
  .meta({ id: "ApiKey" });

export const apiKeyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    "/api-keys",
    {
      schema: {
        operationId: "listApiKeys",
        security: sessionOnly,
        tags,
        summary: "The organisation's API keys, newest first (admin)",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The organisation's API keys (without their secrets)", pageOf(apiKeySchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return listApiKeys(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/api-keys",
    {
      schema: {
        operationId: "createApiKey",
        security: sessionOnly,
        tags,
        summary: "Create an API key (admin); the key is in this response only",
        body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
        response: {
          201: jsonResponse(
            "The new API key, with its secret shown this once",
            z.object({
              id: z.string(),
              name: z.string(),
              prefix: z.string(),
              key: z.string(),
              createdAt: isoTime,
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      const created = await db.transaction().execute((trx) =>
        createApiKey(trx, {
          organisationId: auth.organisationId,
          name: request.body.name,
          actor: auth.actor,
          createdBy: auth.userId,
        }),
      );
      return reply.status(201).send({
        id: created.id,
        name: created.name,
        prefix: created.prefix,
        key: created.key,
        createdAt: created.createdAt,
      });
    },
  );

  app.delete(
    "/api-keys/:apiKeyId",
    {
      schema: {
        operationId: "revokeApiKey",
        security: sessionOnly,
        tags,
        summary: "Revoke an API key (admin)",
        params: idParam("apiKeyId"),
        response: { 204: noContent("The key is revoked and stops working at once"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      await db
        .transaction()
        .execute((trx) => revokeApiKey(trx, auth.organisationId, request.params.apiKeyId, auth.actor));
      return reply.status(204).send(null);
    },
  );
};
