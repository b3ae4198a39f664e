import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, idParam } from "../../http/schemas.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import { briefInputSchema, briefOverrideSchema } from "./brief-content.js";
import { getBrief } from "./get-brief.js";
import { briefSchema } from "./routes.types.js";
import { saveBrief } from "./save-brief.js";

const tags = ["Briefs"];

export const briefRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    "/campaigns/:campaignId/brief",
    {
      schema: {
        tags,
        summary: "The campaign's brief, its versions and what last changed",
        params: idParam("campaignId"),
        response: { 200: briefSchema, ...authErrors },
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
        tags,
        summary: "Save a new version of the campaign's brief",
        params: idParam("campaignId"),
        body: briefInputSchema,
        response: { 200: briefSchema, ...authErrors },
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
        tags,
        summary: "The brief in force for one creator: the campaign's brief with their override",
        params: campaignCreatorParams,
        response: { 200: briefSchema, ...authErrors },
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
        tags,
        summary: "Save a new version of one creator's override (only the fields that differ)",
        params: campaignCreatorParams,
        body: briefOverrideSchema,
        response: { 200: briefSchema, ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return saveBrief(db, auth, campaignId, creatorId, request.body);
    },
  );
};
