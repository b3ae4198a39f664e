import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import {
  authErrors,
  fileResponse,
  idParam,
  jsonResponse,
  pageOf,
  pageQuery,
  problemSchema,
} from "../../http/schemas.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import type { OutreachEnv } from "../outreach/outreach-env.js";
import { commentOnDeliverable } from "./comment-on-deliverable.js";
import { listContentLibrary } from "./content-library.js";
import { createDeliverable } from "./create-deliverable.js";
import { createDeliverablesFromContract } from "./create-deliverables-from-contract.js";
import { decideReview } from "./decide-review.js";
import { getDeliverable } from "./get-deliverable.js";
import { listDeliverables } from "./list-deliverables.js";
import { DiskMediaStorage, defaultMediaRoot } from "./media-storage.js";
import { notifyCreator } from "./notify-creator.js";
import { notifyTeamJobKind, sendTeamNotification } from "./notify-team.js";
import {
  commentBody,
  contentLibraryItemSchema,
  contentLibraryQuery,
  decisionBody,
  deliverableBody,
  deliverableDetailSchema,
  deliverableSchema,
  deliverablesFromContractSchema,
  liveBody,
} from "./routes.types.js";
import { readMedia } from "./store-media.js";
import { submitLivePost } from "./submit-live-post.js";

const tags = ["Content review"];

export const reviewRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config, jobs }) => {
  const { db } = database;
  const env: OutreachEnv = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };
  const storage = new DiskMediaStorage(defaultMediaRoot(config.databaseUrl));
  jobs.register(notifyTeamJobKind, async ({ db: jobDb, job }) => sendTeamNotification(jobDb, env, job));

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/deliverables",
    {
      schema: {
        operationId: "createDeliverable",
        tags,
        summary: "Add a deliverable the creator owes, with the date its draft is due",
        params: campaignCreatorParams,
        body: deliverableBody,
        response: { 201: jsonResponse("The new deliverable", deliverableSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return reply.status(201).send(await createDeliverable(db, auth, campaignId, creatorId, request.body));
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/deliverables/from-contract",
    {
      schema: {
        operationId: "createDeliverablesFromContract",
        tags,
        summary: "Make one deliverable per contracted item of the contract in force, with its due date",
        description:
          "Each unit of each contracted deliverable becomes a deliverable due for review on its draft due date (its live date when there is none). Items already made (same title) are not made twice, so running it after an amendment adds only what changed. 409 when no contract is in force.",
        params: campaignCreatorParams,
        response: {
          201: jsonResponse("The deliverables made from the contract", deliverablesFromContractSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return reply.status(201).send(await createDeliverablesFromContract(db, auth, campaignId, creatorId));
    },
  );

  app.get(
    "/campaigns/:campaignId/deliverables",
    {
      schema: {
        operationId: "listDeliverables",
        tags,
        summary: "The campaign's deliverables with review status and overdue flags, by due date",
        params: idParam("campaignId"),
        querystring: z.strictObject({ ...pageQuery, creatorId: z.string().max(100).optional() }),
        response: {
          200: jsonResponse("The campaign's deliverables", pageOf(deliverableSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      await getCampaign(db, auth.organisationId, request.params.campaignId);
      const { creatorId, ...page } = request.query;
      return listDeliverables(
        db,
        auth.organisationId,
        { campaignId: request.params.campaignId, creatorId },
        page,
      );
    },
  );

  app.get(
    "/deliverables/:deliverableId",
    {
      schema: {
        operationId: "getDeliverable",
        tags,
        summary: "A deliverable with its drafts, compliance findings and timeline",
        params: idParam("deliverableId"),
        response: {
          200: jsonResponse(
            "The deliverable with its drafts, findings and timeline",
            deliverableDetailSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getDeliverable(db, auth, request.params.deliverableId);
    },
  );

  app.post(
    "/deliverables/:deliverableId/comments",
    {
      schema: {
        operationId: "commentOnDeliverable",
        tags,
        summary: "Comment on the deliverable, or on a quoted part of the latest caption",
        params: idParam("deliverableId"),
        body: commentBody,
        response: {
          201: jsonResponse("The deliverable with the new comment", deliverableDetailSchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const detail = await commentOnDeliverable(
        db,
        { ...auth, author: "brand" },
        request.params.deliverableId,
        request.body,
      );
      return reply.status(201).send(detail);
    },
  );

  app.post(
    "/deliverables/:deliverableId/decision",
    {
      schema: {
        operationId: "decideOnDraft",
        tags,
        summary: "Approve the draft in review, or request changes",
        description:
          "A draft with an `error` compliance finding is approved only with a written `overrideReason`, which is recorded.",
        params: idParam("deliverableId"),
        body: decisionBody,
        response: {
          200: jsonResponse("The deliverable with the decision recorded", deliverableDetailSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const detail = await decideReview(
        db,
        { ...auth, author: "brand" },
        request.params.deliverableId,
        request.body,
      );
      const approved = request.body.decision === "approve";
      await notifyCreator(db, auth, env, detail, {
        subject: approved ? `Approved: ${detail.title}` : `Changes requested: ${detail.title}`,
        lines: approved
          ? [`Your draft for "${detail.title}" is approved. Post it, then add the live link in your portal.`]
          : [`Please update your draft for "${detail.title}":`, "", request.body.body ?? ""],
      });
      return detail;
    },
  );

  app.post(
    "/deliverables/:deliverableId/live",
    {
      schema: {
        operationId: "recordDeliverableLivePost",
        tags,
        summary:
          "Record the approved deliverable's live post on the creator's behalf; its caption is checked again",
        params: idParam("deliverableId"),
        body: liveBody,
        response: {
          201: jsonResponse("The deliverable with its live post", deliverableDetailSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const detail = await submitLivePost(
        db,
        { ...auth, author: "brand" },
        env,
        request.params.deliverableId,
        request.body,
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    "/content-library",
    {
      schema: {
        operationId: "listContentLibrary",
        tags,
        summary: "Approved and live content with usage rights and their expiry, most recently approved first",
        querystring: contentLibraryQuery,
        response: {
          200: jsonResponse("Approved and live content with usage rights", pageOf(contentLibraryItemSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { limit, cursor, ...filter } = request.query;
      return listContentLibrary(db, auth.organisationId, filter, { limit, cursor });
    },
  );

  app.get(
    "/media/:mediaId",
    {
      schema: {
        operationId: "downloadMedia",
        tags,
        summary: "An uploaded image or video",
        params: idParam("mediaId"),
        response: { 200: fileResponse("The upload's bytes", ["image/*", "video/*"]), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const file = await readMedia(db, storage, auth, request.params.mediaId);
      return reply
        .type(file.contentType)
        .header("content-disposition", "inline")
        .header("cache-control", "private, max-age=3600")
        .send(file.bytes);
    },
  );
};
