import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, idParam, problemSchema } from "../../http/schemas.js";
import { createCreator, getCreator } from "./creators.js";
import { listCreatorAccounts } from "./list-creator-accounts.js";
import {
  createCreatorBody,
  creatorAccountListSchema,
  creatorSchema,
  listCreatorsQuery,
} from "./routes.types.js";

const tags = ["Creators"];

export const creatorRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    "/creators",
    {
      schema: {
        tags,
        summary: "Creator accounts, largest first",
        querystring: listCreatorsQuery,
        response: { 200: creatorAccountListSchema, ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listCreatorAccounts(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/creators",
    {
      schema: {
        tags,
        summary: "Add a creator with their social accounts",
        body: createCreatorBody,
        response: { 201: creatorSchema, ...authErrors, 409: problemSchema },
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
        tags,
        summary: "One creator with every account",
        params: idParam("creatorId"),
        response: { 200: creatorSchema, ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCreator(db, auth.organisationId, request.params.creatorId);
    },
  );
};
