import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, csvResponse, idParam, jsonResponse, problemSchema } from "../../http/schemas.js";
import { estimateCreatorFee } from "../planner/estimate-creator-fee.js";
import { findImportRow, toImportView } from "./creator-import-view.js";
import { createCreator, getCreator } from "./creators.js";
import { exportImportRejections } from "./export-import-rejections.js";
import { getCreatorHistory } from "./get-creator-history.js";
import { getCreatorProfile } from "./get-creator-profile.js";
import { mergeCreators } from "./merge-creators.js";
import {
  accountParams,
  createCreatorBody,
  creatorHistorySchema,
  creatorImportSchema,
  creatorProfileSchema,
  creatorSchema,
  feeEstimateQuery,
  feeEstimateSchema,
  importParams,
  mergeCreatorsBody,
  socialAccountSchema,
  startImportBody,
  updateAccountBody,
  updateCreatorBody,
  uploadImportBody,
} from "./routes.types.js";
import { runImport } from "./run-import.js";
import { importJobKind, startImport } from "./start-import.js";
import { updateAccount } from "./update-account.js";
import { updateCreator } from "./update-creator.js";
import { uploadImport } from "./upload-import.js";

const tags = ["Creators"];

// GET /creators (search) lives in the discovery module.
export const creatorRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, jobs }) => {
  const { db } = database;
  jobs.register(importJobKind, async ({ db: jobDb, job }) => {
    const { importId } = z.object({ importId: z.string() }).parse(job.payload);
    if (job.organisationId) await runImport(jobDb, job.organisationId, importId);
  });

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

  app.patch(
    "/creators/:creatorId",
    {
      schema: {
        operationId: "updateCreator",
        tags,
        summary: "Change a creator's name or email (null removes the email)",
        params: idParam("creatorId"),
        body: updateCreatorBody,
        response: { 200: jsonResponse("The creator as it now is", creatorSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return db
        .transaction()
        .execute((trx) => updateCreator(trx, auth, request.params.creatorId, request.body));
    },
  );

  app.post(
    "/creators/:creatorId/merge",
    {
      schema: {
        operationId: "mergeCreators",
        tags,
        summary:
          "Merge a duplicate into this creator: accounts, lists and notes, campaigns and their records move here",
        params: idParam("creatorId"),
        body: mergeCreatorsBody,
        response: {
          200: jsonResponse("The surviving creator with every account", creatorSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return db
        .transaction()
        .execute((trx) => mergeCreators(trx, auth, request.params.creatorId, request.body));
    },
  );

  app.get(
    "/creators/:creatorId/history",
    {
      schema: {
        operationId: "getCreatorHistory",
        tags,
        summary: "The creator's history with the brand: campaigns, the contract agreed in each, and results",
        params: idParam("creatorId"),
        response: {
          200: jsonResponse("One entry per campaign, newest first", creatorHistorySchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCreatorHistory(db, auth.organisationId, request.params.creatorId);
    },
  );

  app.get(
    "/creators/:creatorId/fee-estimate",
    {
      schema: {
        operationId: "estimateCreatorFee",
        tags,
        summary: "Likely fee per deliverable for each account, by the planner's price model, with its basis",
        params: idParam("creatorId"),
        querystring: feeEstimateQuery,
        response: { 200: jsonResponse("One estimate per account", feeEstimateSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return estimateCreatorFee(db, auth.organisationId, request.params.creatorId, request.query.currency);
    },
  );

  app.post(
    "/creator-imports",
    {
      // Room for 10 MB of file text, which JSON escaping can make larger.
      bodyLimit: 24 * 1024 * 1024,
      schema: {
        operationId: "uploadCreatorImport",
        tags,
        summary: "Upload a CSV or JSON export: stored, with a preview of its columns mapped to fields",
        body: uploadImportBody,
        response: {
          201: jsonResponse("The uploaded file's preview; start it with a mapping", creatorImportSchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply.status(201).send(await uploadImport(db, auth.organisationId, request.body));
    },
  );

  app.post(
    "/creator-imports/:importId/start",
    {
      schema: {
        operationId: "startCreatorImport",
        tags,
        summary: "Start an uploaded import with the chosen mapping; it runs in the background",
        params: importParams,
        body: startImportBody,
        response: {
          202: jsonResponse("The import, queued", creatorImportSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const view = await db
        .transaction()
        .execute((trx) => startImport(trx, auth, request.params.importId, request.body));
      return reply.status(202).send(view);
    },
  );

  app.get(
    "/creator-imports/:importId",
    {
      schema: {
        operationId: "getCreatorImport",
        tags,
        summary: "An import's preview, progress and outcome with its rejected rows",
        params: importParams,
        response: { 200: jsonResponse("The import", creatorImportSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return toImportView(await findImportRow(db, auth.organisationId, request.params.importId));
    },
  );

  app.get(
    "/creator-imports/:importId/rejected.csv",
    {
      schema: {
        operationId: "exportCreatorImportRejections",
        tags,
        summary: "The rejected rows of an import as CSV: line, field and reason",
        params: importParams,
        response: { 200: csvResponse("One line per rejected row"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const { fileName, csv } = await exportImportRejections(
        db,
        auth.organisationId,
        request.params.importId,
      );
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .send(csv);
    },
  );
};
