import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import {
  authErrors,
  fileResponse,
  idParam,
  jsonResponse,
  problemSchema,
  rawBody,
} from "../../http/schemas.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import { DiskMediaStorage, defaultMediaRoot } from "../review/media-storage.js";
import { addBriefFile } from "./add-brief-file.js";
import { briefInputSchema, briefOverrideInputSchema } from "./brief-content.js";
import { largestBriefFile } from "./brief-file-type.js";
import { getBrief } from "./get-brief.js";
import { attachmentDisposition, readBriefFile } from "./read-brief-file.js";
import { removeBriefFile } from "./remove-brief-file.js";
import { briefFileParams, briefFileQuery, briefSchema, creatorBriefFileParams } from "./routes.types.js";
import { saveBrief } from "./save-brief.js";

const tags = ["Briefs"];
// What the parser below takes, for the OpenAPI document.
const briefFileMediaTypes = ["application/octet-stream", "application/pdf", "image/*", "video/*"];
const uploadErrors = { ...authErrors, 409: problemSchema, 413: problemSchema, 415: problemSchema };

export const briefRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  const { db } = database;
  const storage = new DiskMediaStorage(defaultMediaRoot(config.databaseUrl));
  // Reference files arrive as raw bytes, as draft uploads do; their type is read from the bytes, never this header.
  for (const contentType of ["application/octet-stream", "application/pdf", /^(image|video)\//])
    app.addContentTypeParser(
      contentType,
      { parseAs: "buffer", bodyLimit: largestBriefFile },
      (_request, body, done) => done(null, body),
    );
  const uploaded = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

  app.get(
    "/campaigns/:campaignId/brief",
    {
      schema: {
        operationId: "getCampaignBrief",
        tags,
        summary: "The campaign's brief, its versions and what last changed",
        params: idParam("campaignId"),
        response: {
          200: jsonResponse("The brief, its versions and what last changed", briefSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      await getCampaign(db, auth.organisationId, request.params.campaignId);
      return getBrief(db, auth.organisationId, request.params.campaignId, null);
    },
  );

  app.put(
    "/campaigns/:campaignId/brief",
    {
      schema: {
        operationId: "saveCampaignBrief",
        tags,
        summary: "Save a new version of the campaign's brief",
        params: idParam("campaignId"),
        body: briefInputSchema,
        response: { 200: jsonResponse("The brief's new version", briefSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return saveBrief(db, auth, request.params.campaignId, null, request.body);
    },
  );

  app.get(
    "/campaigns/:campaignId/creators/:creatorId/brief",
    {
      schema: {
        operationId: "getCreatorBrief",
        tags,
        summary: "The brief in force for one creator: the campaign's brief with their override",
        params: campaignCreatorParams,
        response: { 200: jsonResponse("The brief in force for the creator", briefSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, creatorId } = request.params;
      await getCampaignCreator(db, auth.organisationId, campaignId, creatorId);
      return getBrief(db, auth.organisationId, campaignId, creatorId);
    },
  );

  app.put(
    "/campaigns/:campaignId/creators/:creatorId/brief",
    {
      schema: {
        operationId: "saveCreatorBrief",
        tags,
        summary: "Save a new version of one creator's override (only the fields that differ)",
        params: campaignCreatorParams,
        body: briefOverrideInputSchema,
        response: {
          200: jsonResponse("The creator's brief with the override's new version", briefSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return saveBrief(db, auth, campaignId, creatorId, request.body);
    },
  );

  app.post(
    "/campaigns/:campaignId/brief/files",
    {
      schema: {
        operationId: "addBriefFile",
        tags,
        summary:
          "Add a reference file (image, video or PDF, raw bytes) to the campaign's brief as a new version",
        params: idParam("campaignId"),
        querystring: briefFileQuery,
        body: rawBody(briefFileMediaTypes),
        response: {
          201: jsonResponse("The brief's new version, listing the file", briefSchema),
          ...uploadErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const brief = await addBriefFile(db, storage, auth, request.params.campaignId, null, {
        name: request.query.name,
        bytes: uploaded(request.body),
      });
      return reply.status(201).send(brief);
    },
  );

  app.delete(
    "/campaigns/:campaignId/brief/files/:fileId",
    {
      schema: {
        operationId: "removeBriefFile",
        tags,
        summary: "Take a reference file out of the campaign's brief as a new version",
        params: briefFileParams,
        response: {
          200: jsonResponse("The brief's new version, without the file", briefSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, fileId } = request.params;
      return removeBriefFile(db, auth, campaignId, null, fileId);
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/brief/files",
    {
      schema: {
        operationId: "addCreatorBriefFile",
        tags,
        summary: "Add a reference file for one creator only, on their override",
        params: campaignCreatorParams,
        querystring: briefFileQuery,
        body: rawBody(briefFileMediaTypes),
        response: {
          201: jsonResponse("The creator's brief, listing the file", briefSchema),
          ...uploadErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      const brief = await addBriefFile(db, storage, auth, campaignId, creatorId, {
        name: request.query.name,
        bytes: uploaded(request.body),
      });
      return reply.status(201).send(brief);
    },
  );

  app.delete(
    "/campaigns/:campaignId/creators/:creatorId/brief/files/:fileId",
    {
      schema: {
        operationId: "removeCreatorBriefFile",
        tags,
        summary: "Take a reference file out of what one creator's brief lists",
        params: creatorBriefFileParams,
        response: { 200: jsonResponse("The creator's brief, without the file", briefSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId, fileId } = request.params;
      return removeBriefFile(db, auth, campaignId, creatorId, fileId);
    },
  );

  app.get(
    "/campaigns/:campaignId/brief/files/:fileId",
    {
      schema: {
        operationId: "downloadBriefFile",
        tags,
        summary: "Download a reference file of the campaign's brief or of a creator's override",
        params: briefFileParams,
        response: {
          200: fileResponse("The file's bytes, as an attachment", ["application/pdf", "image/*", "video/*"]),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, fileId } = request.params;
      const file = await readBriefFile(db, storage, auth, campaignId, fileId);
      return reply
        .type(file.contentType)
        .header("content-disposition", attachmentDisposition(file.name))
        .header("cache-control", "private, max-age=3600")
        .send(file.bytes);
    },
  );
};
