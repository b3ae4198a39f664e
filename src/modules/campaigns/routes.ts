import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { AppError, notFound } from "../../http/errors.js";
import {
  authErrors,
  idParam,
  jsonResponse,
  noContent,
  pageOf,
  pageQuery,
  problemSchema,
} from "../../http/schemas.js";
import { addCampaignCost } from "./add-campaign-cost.js";
import { addCreatorsToCampaign } from "./add-creators-to-campaign.js";
import { getCampaignBudget } from "./campaign-budget.js";
import { getCampaignPlan } from "./campaign-plan.js";
import { createCampaign } from "./create-campaign.js";
import { duplicateCampaign } from "./duplicate-campaign.js";
import { getCampaign } from "./get-campaign.js";
import { listCampaignCosts } from "./list-campaign-costs.js";
import { listCampaignCreators } from "./list-campaign-creators.js";
import { listCampaigns } from "./list-campaigns.js";
import { listStageChanges } from "./list-stage-changes.js";
import { moveCreatorStage } from "./move-creator-stage.js";
import { removeCampaignCost } from "./remove-campaign-cost.js";
import {
  addCampaignCostBody,
  addCampaignCreatorBody,
  addCampaignCreatorsBody,
  addedCreatorsSchema,
  campaignBudgetSchema,
  campaignCostListSchema,
  campaignCostParams,
  campaignCostSchema,
  campaignCreatorParams,
  campaignListSchema,
  campaignPlanSchema,
  campaignSchema,
  createCampaignBody,
  duplicateCampaignBody,
  listCampaignsQuery,
  pipelineEntrySchema,
  stageChangeListSchema,
  updateCampaignBody,
  updateCampaignCostBody,
  updateCampaignCreatorBody,
} from "./routes.types.js";
import { updateCampaign } from "./update-campaign.js";
import { updateCampaignCost } from "./update-campaign-cost.js";
import { renewAmbassadorTerm, updateCampaignCreator } from "./update-campaign-creator.js";

const tags = ["Campaigns"];
const campaignParams = idParam("campaignId");

export const campaignRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  async function pipelineEntry(organisationId: string, campaignId: string, creatorId: string) {
    const entry = (await listCampaignCreators(db, organisationId, campaignId)).items.find(
      (e) => e.creatorId === creatorId,
    );
    if (!entry) throw notFound("Creator in this campaign");
    return entry;
  }

  app.post(
    "/campaigns",
    {
      schema: {
        operationId: "createCampaign",
        tags,
        summary: "Create a campaign",
        body: createCampaignBody,
        response: { 201: jsonResponse("The new campaign", campaignSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply.status(201).send(await createCampaign(db, auth, request.body));
    },
  );

  app.get(
    "/campaigns",
    {
      schema: {
        operationId: "listCampaigns",
        tags,
        summary: "Campaigns, newest first",
        querystring: listCampaignsQuery,
        response: { 200: jsonResponse("The campaigns, newest first", campaignListSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { status, ...page } = request.query;
      return listCampaigns(db, auth.organisationId, page, status);
    },
  );

  app.get(
    "/campaigns/:campaignId",
    {
      schema: {
        operationId: "getCampaign",
        tags,
        summary: "One campaign",
        params: campaignParams,
        response: { 200: jsonResponse("The campaign", campaignSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCampaign(db, auth.organisationId, request.params.campaignId);
    },
  );

  app.patch(
    "/campaigns/:campaignId",
    {
      schema: {
        operationId: "updateCampaign",
        tags,
        summary:
          "Change a campaign, or archive it (archived: true) and restore it; `kpis` replaces the whole list",
        params: campaignParams,
        body: updateCampaignBody,
        response: { 200: jsonResponse("The changed campaign", campaignSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return updateCampaign(db, auth, request.params.campaignId, request.body);
    },
  );

  app.post(
    "/campaigns/:campaignId/duplicate",
    {
      schema: {
        operationId: "duplicateCampaign",
        tags,
        summary:
          "Start a new campaign from this one: same objectives, ideal customer, KPIs and brief; no creators or results",
        params: campaignParams,
        body: duplicateCampaignBody,
        response: { 201: jsonResponse("The new campaign", campaignSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply
        .status(201)
        .send(await duplicateCampaign(db, auth, request.params.campaignId, request.body));
    },
  );

  app.get(
    "/campaigns/:campaignId/plan",
    {
      schema: {
        operationId: "getCampaignPlan",
        tags,
        summary: "The five planning phases, and what each still lacks",
        params: campaignParams,
        response: {
          200: jsonResponse("The planning phases and what each lacks", campaignPlanSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCampaignPlan(db, auth.organisationId, request.params.campaignId);
    },
  );

  app.get(
    "/campaigns/:campaignId/budget",
    {
      schema: {
        operationId: "getCampaignBudget",
        tags,
        summary: "Committed and forecast spend against the budget",
        params: campaignParams,
        response: {
          200: jsonResponse("Committed and forecast spend against the budget", campaignBudgetSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCampaignBudget(db, auth.organisationId, request.params.campaignId);
    },
  );

  app.get(
    "/campaigns/:campaignId/creators",
    {
      schema: {
        operationId: "listCampaignCreators",
        tags,
        summary: "The campaign's pipeline, in the order creators were added",
        params: campaignParams,
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The campaign's creators with their stages", pageOf(pipelineEntrySchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listCampaignCreators(db, auth.organisationId, request.params.campaignId, {
        page: request.query,
      });
    },
  );

  app.post(
    "/campaigns/:campaignId/creators",
    {
      schema: {
        operationId: "addCampaignCreator",
        tags,
        summary: "Add a creator to the campaign (shortlisted, or a later stage the pipeline allows)",
        params: campaignParams,
        body: addCampaignCreatorBody,
        response: {
          201: jsonResponse("The creator's place in the campaign", pipelineEntrySchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId } = request.params;
      const { creatorId, stage, reason, collaborationType } = request.body;
      await db.transaction().execute(async (trx) => {
        const { added } = await addCreatorsToCampaign(trx, auth, campaignId, [creatorId]);
        if (added === 0)
          throw new AppError("conflict", "The creator is already in this campaign.", {
            errors: [{ field: "creatorId", message: "already in this campaign" }],
          });
        if (collaborationType)
          await updateCampaignCreator(trx, auth, campaignId, creatorId, { collaborationType });
        if (stage && stage !== "shortlisted")
          await moveCreatorStage(trx, auth, campaignId, creatorId, { stage, reason });
      });
      return reply.status(201).send(await pipelineEntry(auth.organisationId, campaignId, creatorId));
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/bulk",
    {
      schema: {
        operationId: "addCampaignCreators",
        tags,
        summary: "Shortlist many creators at once (for example a whole list)",
        params: campaignParams,
        body: addCampaignCreatorsBody,
        response: {
          200: jsonResponse(
            "How many creators were added and how many were already in the campaign",
            addedCreatorsSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return addCreatorsToCampaign(db, auth, request.params.campaignId, request.body.creatorIds);
    },
  );

  app.patch(
    "/campaigns/:campaignId/creators/:creatorId",
    {
      schema: {
        operationId: "updateCampaignCreator",
        tags,
        summary: "Move a creator through the pipeline, or change how they collaborate",
        params: campaignCreatorParams,
        body: updateCampaignCreatorBody,
        response: {
          200: jsonResponse("The creator's place in the campaign after the change", pipelineEntrySchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      const { stage, reason, ...collaboration } = request.body;
      await db.transaction().execute(async (trx) => {
        if (Object.keys(collaboration).length > 0)
          await updateCampaignCreator(trx, auth, campaignId, creatorId, collaboration);
        if (stage) await moveCreatorStage(trx, auth, campaignId, creatorId, { stage, reason });
      });
      return pipelineEntry(auth.organisationId, campaignId, creatorId);
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/renew",
    {
      schema: {
        operationId: "renewCampaignCreator",
        tags,
        summary: "Renew an ambassador's term by its length",
        params: campaignCreatorParams,
        response: {
          200: jsonResponse("The creator's place in the campaign with the renewed term", pipelineEntrySchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      await renewAmbassadorTerm(db, auth, campaignId, creatorId);
      return pipelineEntry(auth.organisationId, campaignId, creatorId);
    },
  );

  app.get(
    "/campaigns/:campaignId/stage-changes",
    {
      schema: {
        operationId: "listStageChanges",
        tags,
        summary: "Every pipeline move: who, when, from and to, newest first",
        params: campaignParams,
        querystring: z.strictObject({ ...pageQuery, creatorId: z.string().max(100).optional() }),
        response: {
          200: jsonResponse("The pipeline moves, oldest first", stageChangeListSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { creatorId, ...page } = request.query;
      return listStageChanges(db, auth.organisationId, request.params.campaignId, creatorId, page);
    },
  );

  app.get(
    "/campaigns/:campaignId/costs",
    {
      schema: {
        operationId: "listCampaignCosts",
        tags,
        summary: "Campaign-level costs (M7), latest day first, with their total",
        params: campaignParams,
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The campaign-level costs and their total", campaignCostListSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listCampaignCosts(db, auth.organisationId, request.params.campaignId, request.query);
    },
  );

  app.post(
    "/campaigns/:campaignId/costs",
    {
      schema: {
        operationId: "addCampaignCost",
        tags,
        summary: "Enter a campaign-level cost: counted in the report's cost and spend by day",
        params: campaignParams,
        body: addCampaignCostBody,
        response: { 201: jsonResponse("The cost as recorded", campaignCostSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply.status(201).send(await addCampaignCost(db, auth, request.params.campaignId, request.body));
    },
  );

  app.patch(
    "/campaigns/:campaignId/costs/:costId",
    {
      schema: {
        operationId: "updateCampaignCost",
        tags,
        summary: "Change a campaign-level cost's description, amount or day",
        params: campaignCostParams,
        body: updateCampaignCostBody,
        response: { 200: jsonResponse("The cost after the change", campaignCostSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, costId } = request.params;
      return updateCampaignCost(db, auth, campaignId, costId, request.body);
    },
  );

  app.delete(
    "/campaigns/:campaignId/costs/:costId",
    {
      schema: {
        operationId: "removeCampaignCost",
        tags,
        summary: "Delete a campaign-level cost",
        params: campaignCostParams,
        response: { 204: noContent("The cost is deleted (the audit log keeps what it was)"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, costId } = request.params;
      await removeCampaignCost(db, auth, campaignId, costId);
      return reply.status(204).send(null);
    },
  );
};
