import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, idParam, jsonResponse, problemSchema } from "../../http/schemas.js";
import { createCreator, getCreator } from "./creators.js";
import { getCreatorProfile } from "./get-creator-profile.js";
import {
  accountParams,
  createCreatorBody,
  creatorProfileSchema,
  creatorSchema,
  socialAccountSchema,
  updateAccountBody,
} from "./routes.types.js";
import { updateAccount } from "./update-account.js";

const tags = ["Creators"];

// GET /creators (search) lives in the discovery module.
export const creatorRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.post(
    "/creators",
    {
      schema: {
        operationId: "createCreator",
        tags,
        summary: "Add a creator with their social accounts (posts, follower snapshots and audience optional)",
        body: createCreatorBody,
        response: {
          201: jsonResponse("The new creator with their accounts and computed signals", creatorSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const creator = await db.transaction().execute((trx) => createCreator(trx, auth, request.body));
      return reply.status(201).send(creator);
    },
  );

  app.get(
    "/creators/:creatorId",
    {
      schema: {
        operationId: "getCreator",
        tags,
        summary: "One creator with every account",
        params: idParam("creatorId"),
        response: { 200: jsonResponse("The creator with every account", creatorSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCreator(db, auth.organisationId, request.params.creatorId);
    },
  );

  app.get(
    "/creators/:creatorId/profile",
    {
      schema: {
        operationId: "getCreatorProfile",
        tags,
        summary:
          "A creator's profile: follower history, recent posts, audience, sentiment, brand safety, flags",
        params: idParam("creatorId"),
        response: { 200: jsonResponse("The creator's profile", creatorProfileSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCreatorProfile(db, auth.organisationId, request.params.creatorId);
    },
  );

  app.patch(
    "/creators/:creatorId/accounts/:accountId",
    {
      schema: {
        operationId: "updateSocialAccount",
        tags,
        summary:
          "Record new facts about an account (posts upsert by externalId, snapshots by day); signals recompute",
        params: accountParams,
        body: updateAccountBody,
        response: {
          200: jsonResponse("The account with its recomputed signals", socialAccountSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return updateAccount(db, auth, request.params, request.body);
    },
  );
};
