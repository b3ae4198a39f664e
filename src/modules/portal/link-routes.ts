import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, jsonResponse, problemSchema } from "../../http/schemas.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import { issueMagicLink } from "./magic-link.js";
import { revokePortalAccess } from "./revoke-portal-access.js";
import { portalLinkSchema } from "./routes.types.js";

const tags = ["Creator portal"];

/** The brand's side of portal access: email a creator a magic link, or withdraw every link and session. */
export const portalLinkRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  const { db } = database;
  const env = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/portal-link",
    {
      schema: {
        operationId: "sendPortalLink",
        tags,
        summary: "Email the creator a single-use link into their portal",
        params: campaignCreatorParams,
        response: {
          201: jsonResponse("Where and until when the link was sent", portalLinkSchema),
          ...authErrors,
          409: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return reply.status(201).send(await issueMagicLink(db, auth, env, campaignId, creatorId));
    },
  );

  app.delete(
    "/creators/:creatorId/portal-access",
    {
      schema: {
        operationId: "revokePortalAccess",
        tags,
        summary: "Withdraw the creator's unused links and end their portal sessions",
        params: z.object({ creatorId: z.string().min(1).max(100) }),
        response: {
          200: jsonResponse(
            "How many links and sessions were ended",
            z.object({ revoked: z.number().int() }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return { revoked: await revokePortalAccess(db, auth, request.params.creatorId) };
    },
  );
};
