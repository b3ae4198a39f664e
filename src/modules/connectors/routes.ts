import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { AppError, notFound } from "../../http/errors.js";
import { sessionOnly } from "../../http/openapi.js";
import { authErrors, idParam, jsonResponse, problemSchema } from "../../http/schemas.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { getAccountsByIds } from "../creators/get-accounts-by-ids.js";
import { listStaleAccounts } from "../creators/list-stale-accounts.js";
import { addYouTubeChannels } from "./add-youtube-channels.js";
import { queueEnrichment, registerConnectorJobs } from "./connector-jobs.js";
import {
  connectorPlatforms,
  findConnectorSettings,
  isConfigured,
  listConnectors,
  saveConnectorSettings,
} from "./connector-settings.js";
import { queuePostMetricsRefresh } from "./post-metrics-jobs.js";
import { ensurePostMetricsSchedule } from "./post-metrics-schedule.js";
import {
  addYouTubeChannelsBody,
  addYouTubeChannelsSchema,
  youtubeQuotaSchema,
  youtubeSearchQuery,
  youtubeSearchSchema,
} from "./routes.types.js";
import { searchYouTubeChannelsFor } from "./search-youtube-channels.js";
import { youtubeQuotaToday } from "./youtube-quota.js";

const tags = ["Connectors"];
const platformParams = z.object({ platform: z.enum(connectorPlatforms) });

const connectorSchema = z
  .object({
    platform: z.enum(connectorPlatforms),
    configured: z.boolean(),
    keyHint: z.string().nullable(),
    businessAccountId: z.string().nullable(),
    baseUrl: z.string(),
    refreshIntervalHours: z.number().int(),
    status: z.enum(["not_configured", "idle", "ok", "rate_limited", "error"]),
    statusDetail: z.string().nullable(),
    lastRunAt: z.string().nullable(),
    backoffUntil: z.string().nullable(),
    nextRefreshAt: z.string().nullable(),
  })
  .meta({ id: "Connector" });

export const connectorRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, jobs }) => {
  const { db } = database;
  registerConnectorJobs(jobs);

  app.get(
    "/connectors",
    {
      schema: {
        operationId: "listConnectors",
        tags,
        summary: "Platform connectors (YouTube Data API, Instagram Graph API) and their status",
        response: {
          200: jsonResponse(
            "Each connector's settings (keys masked) and status",
            z.object({ items: z.array(connectorSchema) }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return { items: await listConnectors(db, auth.organisationId) };
    },
  );

  app.put(
    "/connectors/:platform",
    {
      schema: {
        operationId: "updateConnector",
        security: sessionOnly,
        tags,
        summary: "Save a connector's keys, base URL and refresh interval; starts the scheduled refresh",
        params: platformParams,
        body: z.strictObject({
          apiKey: z
            .string()
            .trim()
            .min(1)
            .max(500)
            .nullable()
            .optional()
            .meta({ description: "YouTube Data API key" }),
          accessToken: z
            .string()
            .trim()
            .min(1)
            .max(2_000)
            .nullable()
            .optional()
            .meta({ description: "Instagram Graph API token" }),
          businessAccountId: z
            .string()
            .trim()
            .regex(/^\d{1,30}$/, { error: "an Instagram business account id (digits)" })
            .nullable()
            .optional(),
          baseUrl: z.string().trim().max(500).nullable().optional(),
          refreshIntervalHours: z
            .number()
            .int()
            .min(1)
            .max(24 * 30)
            .optional(),
        }),
        response: {
          200: jsonResponse("The connector's saved settings and status", connectorSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return saveConnectorSettings(db, auth, request.params.platform, request.body);
    },
  );

  app.post(
    "/connectors/:platform/refresh",
    {
      schema: {
        operationId: "refreshConnector",
        tags,
        summary:
          "Enrich accounts now (the given ones, or every account on the platform not enriched recently)",
        params: platformParams,
        body: z.strictObject({ accountIds: z.array(z.string().min(1).max(100)).max(1_000).optional() }),
        response: {
          202: jsonResponse("The enrichment job queued", z.object({ queued: z.number().int() })),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { platform } = request.params;
      const settings = await findConnectorSettings(db, auth.organisationId, platform);
      if (!isConfigured(settings))
        throw new AppError("conflict", `Set up the ${platform} connector under Settings first.`);
      let ids = request.body.accountIds;
      if (ids) {
        const found = await getAccountsByIds(db, auth.organisationId, ids);
        if (found.length !== new Set(ids).size || found.some((a) => a.platform !== platform))
          throw notFound("Account");
      } else
        ids = await listStaleAccounts(db, auth.organisationId, platform, new Date().toISOString(), 5_000);
      const queued = await db
        .transaction()
        .execute((trx) => queueEnrichment(trx, auth.organisationId, platform, ids, settings.backoff_until));
      return reply.status(202).send({ queued });
    },
  );

  app.get(
    "/connectors/youtube/search",
    {
      schema: {
        operationId: "searchYouTubeChannels",
        tags,
        summary:
          "Search YouTube channels by keyword, country and language (YouTube Data API search.list and channels.list: 101 quota units a page)",
        querystring: youtubeSearchQuery,
        response: {
          200: jsonResponse(
            "One page of channels with their statistics, whether each is in the database, and today's quota used",
            youtubeSearchSchema,
          ),
          ...authErrors,
          409: problemSchema,
          429: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return searchYouTubeChannelsFor(db, auth.organisationId, request.query);
    },
  );

  app.get(
    "/connectors/youtube/quota",
    {
      schema: {
        operationId: "getYouTubeQuota",
        tags,
        summary:
          "YouTube Data API quota units used today by this organisation (the day ends at midnight Pacific time)",
        response: {
          200: jsonResponse("Units used today of the daily quota, and when it resets", youtubeQuotaSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return youtubeQuotaToday(db, auth.organisationId, new Date());
    },
  );

  app.post(
    "/connectors/youtube/channels",
    {
      schema: {
        operationId: "addYouTubeChannels",
        tags,
        summary:
          "Add YouTube channels to the database as creators (skipping ones already in it), and to a shortlist when one is given",
        body: addYouTubeChannelsBody,
        response: {
          200: jsonResponse(
            "What happened to each channel, what was added to the list, and today's quota used",
            addYouTubeChannelsSchema,
          ),
          ...authErrors,
          409: problemSchema,
          429: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return addYouTubeChannels(db, auth, request.body);
    },
  );

  app.post(
    "/campaigns/:campaignId/posts/refresh-metrics",
    {
      schema: {
        operationId: "refreshPostMetrics",
        tags: ["Live posts"],
        summary:
          "Fetch the campaign's post metrics and comments from YouTube and Instagram now (queued; a platform in backoff waits for it)",
        params: idParam("campaignId"),
        response: {
          202: jsonResponse(
            "The metrics jobs queued",
            z.object({
              queued: z.number().int().meta({ description: "Live posts on a configured platform to fetch" }),
            }),
          ),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      await getCampaign(db, auth.organisationId, request.params.campaignId);
      const configured: Array<(typeof connectorPlatforms)[number]> = [];
      for (const platform of connectorPlatforms)
        if (isConfigured(await findConnectorSettings(db, auth.organisationId, platform)))
          configured.push(platform);
      if (configured.length === 0)
        throw new AppError(
          "conflict",
          "Set up the YouTube or Instagram connector under Creators → Connectors first.",
        );
      const queued = await db.transaction().execute(async (trx) => {
        await ensurePostMetricsSchedule(trx, auth.organisationId);
        return queuePostMetricsRefresh(trx, auth.organisationId, request.params.campaignId, configured);
      });
      return reply.status(202).send({ queued });
    },
  );
};
