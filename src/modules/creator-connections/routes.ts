import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { AppError } from "../../http/errors.js";
import { sessionOnly } from "../../http/openapi.js";
import { authErrors, jsonResponse, noContent, problemSchema } from "../../http/schemas.js";
import { requirePortal } from "../portal/portal-auth.js";
import { completeConnection, startConnection } from "./connect.js";
import {
  deleteConnectionClient,
  listConnectionClients,
  missingKeyMessage,
  saveConnectionClient,
} from "./connection-clients.js";
import { registerConnectionJobs } from "./connection-jobs.js";
import { disconnectConnection } from "./disconnect.js";
import { listConnections } from "./list-connections.js";
import { redirectUri } from "./platforms.js";
import {
  connectionClientSchema,
  connectionClientsSchema,
  connectionSchema,
  platformParams,
  saveClientBody,
} from "./routes.types.js";

const tags = ["Creator connections"];

/** The creator's side, under /api/portal: connect, see and disconnect their own accounts. */
export const portalConnectionRoutes: FastifyPluginAsyncZod<AppContext> = async (
  app,
  { database, config, jobs },
) => {
  const { db } = database;
  registerConnectionJobs(jobs, config);
  const creatorOf = async (request: Parameters<typeof requirePortal>[0]) => {
    const auth = await requirePortal(request, database);
    return {
      organisationId: auth.organisationId,
      creatorId: auth.creatorId,
      creatorName: auth.session.creatorName,
      sessionId: auth.session.sessionId,
    };
  };

  app.get(
    "/connections",
    {
      schema: {
        operationId: "listMyConnections",
        tags,
        summary: "Your accounts on each platform: connected or not, and exactly what connecting shares",
        response: {
          200: jsonResponse("One entry per platform", z.object({ items: z.array(connectionSchema) })),
          ...authErrors,
        },
      },
    },
    async (request) => ({ items: await listConnections(db, config, await creatorOf(request)) }),
  );

  app.get(
    "/connections/:platform",
    {
      schema: {
        operationId: "getMyConnection",
        tags,
        summary: "Your connection on one platform: its status, last sync and what it shares",
        params: platformParams,
        response: { 200: jsonResponse("The platform's connection", connectionSchema), ...authErrors },
      },
    },
    async (request) => {
      const items = await listConnections(db, config, await creatorOf(request));
      return items.find((c) => c.platform === request.params.platform) as (typeof items)[number];
    },
  );

  app.post(
    "/connections/:platform/start",
    {
      schema: {
        operationId: "startMyConnection",
        tags,
        summary:
          "Begin connecting your account: the platform's sign-in page to send you to (OAuth 2.0 with PKCE)",
        params: platformParams,
        response: {
          200: jsonResponse(
            "The platform's authorize URL; it is good for ten minutes and this session only",
            z.object({ authorizeUrl: z.string() }),
          ),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => ({
      authorizeUrl: await startConnection(db, config, await creatorOf(request), request.params.platform),
    }),
  );

  app.get(
    "/connections/:platform/callback",
    {
      schema: {
        operationId: "completeMyConnection",
        tags,
        summary: "Where the platform sends you back after you allow (or refuse) the connection",
        description:
          "Register `<AMPLIO_PUBLIC_URL>/api/portal/connections/<platform>/callback` as the redirect URI of the platform's app. Answers with a redirect to the portal's Connected accounts page, saying what happened.",
        params: platformParams,
        querystring: z.object({
          code: z.string().max(4_000).optional(),
          state: z.string().max(500).optional(),
          error: z.string().max(500).optional(),
          error_description: z.string().max(2_000).optional(),
        }),
        response: {
          302: z.null().meta({
            description:
              "Back to Connected accounts, with `connected=<platform>` or `error=<what went wrong>`",
            headers: { Location: { type: "string", description: "The portal page" } },
          }),
        },
      },
    },
    async (request, reply) => {
      const { platform } = request.params;
      const back = (params: Record<string, string>) =>
        reply.redirect(`/portal/connections?${new URLSearchParams(params).toString()}`, 302);
      try {
        await completeConnection(db, config, await creatorOf(request), platform, request.query);
        return back({ connected: platform });
      } catch (error) {
        const message =
          error instanceof AppError
            ? error.message
            : `${platform} did not complete the connection: ${error instanceof Error ? error.message : String(error)}`;
        if (!(error instanceof AppError))
          request.log.warn({ err: error, platform }, "creator connection failed");
        return back({ platform, error: message.slice(0, 300) });
      }
    },
  );

  app.delete(
    "/connections/:platform",
    {
      schema: {
        operationId: "disconnectMyConnection",
        tags,
        summary:
          "Disconnect: the platform is asked to revoke access, your tokens are deleted and sharing stops",
        params: platformParams,
        response: {
          200: jsonResponse(
            "Disconnected; whether the platform confirmed the revoke",
            z.object({ revokedAtPlatform: z.boolean() }),
          ),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => disconnectConnection(db, config, await creatorOf(request), request.params.platform),
  );
};

/** The brand's side, under /api/v1: each platform's app that creators connect through. */
export const connectionClientRoutes: FastifyPluginAsyncZod<AppContext> = async (
  app,
  { database, config },
) => {
  const { db } = database;

  app.get(
    "/creator-connections/clients",
    {
      schema: {
        operationId: "listConnectionClients",
        tags,
        summary:
          "Each platform's app for creator connections (secrets never shown) and whether the encryption key is set",
        response: { 200: jsonResponse("The platforms' apps", connectionClientsSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const clients = await listConnectionClients(db, auth.organisationId);
      return {
        encryptionKeySet: config.encryptionKey !== null,
        encryptionKeyProblem: config.encryptionKey ? null : missingKeyMessage,
        items: clients.map((c) => ({ ...c, redirectUri: redirectUri(config, c.platform) })),
      };
    },
  );

  app.put(
    "/creator-connections/clients/:platform",
    {
      schema: {
        operationId: "saveConnectionClient",
        security: sessionOnly,
        tags,
        summary:
          "Save a platform's client id and secret (the secret is stored encrypted and never shown again)",
        params: platformParams,
        body: saveClientBody,
        response: {
          200: jsonResponse("The platform's app as saved", connectionClientSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      const saved = await saveConnectionClient(
        db,
        config.encryptionKey,
        auth,
        request.params.platform,
        request.body,
      );
      return { ...saved, redirectUri: redirectUri(config, saved.platform) };
    },
  );

  app.delete(
    "/creator-connections/clients/:platform",
    {
      schema: {
        operationId: "deleteConnectionClient",
        security: sessionOnly,
        tags,
        summary: "Remove a platform's app: creators can no longer connect it",
        params: platformParams,
        response: { 204: noContent("Removed"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      await deleteConnectionClient(db, auth, request.params.platform);
      return reply.status(204).send(null);
    },
  );
};
