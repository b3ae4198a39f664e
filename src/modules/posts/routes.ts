import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { AppError, notFound } from "../../http/errors.js";
import {
  authErrors,
  idParam,
  jsonResponse,
  pageOf,
  pageQuery,
  problemSchema,
  rawBody,
} from "../../http/schemas.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { insertAmplifications } from "./add-amplification.js";
import { getCampaignSentiment } from "./campaign-sentiment.js";
import { importPostMetrics } from "./import-post-metrics.js";
import { getPostMetricHistory, listCampaignPosts } from "./list-campaign-posts.js";
import { recordLivePost } from "./record-live-post.js";
import { recordPostMetrics } from "./record-post-metrics.js";
import {
  amplificationBody,
  campaignSentimentSchema,
  importResultSchema,
  livePostBody,
  livePostSchema,
  metricsBody,
  snapshotSchema,
} from "./routes.types.js";

const tags = ["Live posts"];

export const postRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  const { db } = database;
  app.addContentTypeParser(
    "text/csv",
    { parseAs: "string", bodyLimit: 5 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );

  async function campaignPost(organisationId: string, postId: string) {
    const row = await db
      .selectFrom("live_posts")
      .select(["campaign_id"])
      .where("organisation_id", "=", organisationId)
      .where("id", "=", postId)
      .executeTakeFirst();
    const post = row
      ? (await listCampaignPosts(db, organisationId, row.campaign_id)).items.find((p) => p.id === postId)
      : undefined;
    if (!post) throw notFound("Post");
    return post;
  }

  app.get(
    "/campaigns/:campaignId/posts",
    {
      schema: {
        operationId: "listLivePosts",
        tags,
        summary: "The campaign's live posts with paid spend and latest metrics, newest first",
        params: idParam("campaignId"),
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The campaign's live posts", pageOf(livePostSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      await getCampaign(db, auth.organisationId, request.params.campaignId);
      return listCampaignPosts(db, auth.organisationId, request.params.campaignId, request.query);
    },
  );

  app.post(
    "/campaigns/:campaignId/posts",
    {
      schema: {
        operationId: "createLivePost",
        tags,
        summary: "Record a post that went live (moves a creator in production to live)",
        params: idParam("campaignId"),
        body: livePostBody,
        response: {
          201: jsonResponse("The recorded live post", livePostSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const post = await recordLivePost(db, auth, request.params.campaignId, request.body, {
        publicUrl: config.publicUrl,
      });
      return reply.status(201).send(post);
    },
  );

  app.post(
    "/posts/:postId/amplifications",
    {
      schema: {
        operationId: "addAmplification",
        tags,
        summary: "Record paid amplification (whitelisting or a boost) behind a post",
        params: idParam("postId"),
        body: amplificationBody,
        response: {
          201: jsonResponse("The live post with its paid amplification", livePostSchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      await campaignPost(auth.organisationId, request.params.postId);
      await db
        .transaction()
        .execute((trx) =>
          insertAmplifications(trx, auth.organisationId, request.params.postId, [request.body], "body"),
        );
      return reply.status(201).send(await campaignPost(auth.organisationId, request.params.postId));
    },
  );

  app.post(
    "/posts/:postId/metrics",
    {
      schema: {
        operationId: "addPostMetrics",
        tags,
        summary: "Add a snapshot of a post's metrics (omitted metrics are unknown, not zero)",
        params: idParam("postId"),
        body: metricsBody,
        response: { 201: jsonResponse("The recorded snapshot", snapshotSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const snapshot = await db
        .transaction()
        .execute((trx) =>
          recordPostMetrics(trx, auth, request.params.postId, { ...request.body, source: "manual" }),
        );
      return reply.status(201).send(snapshot);
    },
  );

  app.get(
    "/posts/:postId/metrics",
    {
      schema: {
        operationId: "listPostMetrics",
        tags,
        summary: "Every metric snapshot of a post, oldest first",
        params: idParam("postId"),
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The post's metric snapshots, oldest first", pageOf(snapshotSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getPostMetricHistory(db, auth.organisationId, request.params.postId, request.query);
    },
  );

  app.post(
    "/campaigns/:campaignId/post-metrics/import",
    {
      schema: {
        operationId: "importPostMetricsCsv",
        tags,
        summary:
          "Import metric snapshots from CSV (text/csv: url, captured_at, impressions, reach, views, likes, comments, shares, saves, link_clicks)",
        params: idParam("campaignId"),
        body: rawBody(
          ["text/csv"],
          z.string().meta({
            description:
              "A header line, then one snapshot a line: url, captured_at, impressions, reach, views, likes, comments, shares, saves, link_clicks",
          }),
        ),
        response: {
          200: jsonResponse(
            "How many rows were imported, and each rejected row with its reason",
            importResultSchema,
          ),
          ...authErrors,
          413: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      await getCampaign(db, auth.organisationId, request.params.campaignId);
      if (typeof request.body !== "string")
        throw new AppError("unsupported_media_type", "Send the CSV with Content-Type: text/csv.");
      return importPostMetrics(db, auth, request.params.campaignId, request.body);
    },
  );

  app.get(
    "/campaigns/:campaignId/sentiment",
    {
      schema: {
        operationId: "getCampaignSentiment",
        tags,
        summary:
          "Sentiment of the comments on the campaign's live posts (VADER, as in discovery): per day, per post, with examples",
        params: idParam("campaignId"),
        response: {
          200: jsonResponse("The campaign's comment sentiment", campaignSentimentSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      await getCampaign(db, auth.organisationId, request.params.campaignId);
      return getCampaignSentiment(db, auth.organisationId, request.params.campaignId);
    },
  );
};
