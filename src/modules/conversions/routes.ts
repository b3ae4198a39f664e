import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { sessionOnly } from "../../http/openapi.js";
import { authErrors, idParam, jsonResponse, pageOf, pageQuery, problemSchema } from "../../http/schemas.js";
import { trackingRuntime } from "../tracking/tracking-runtime.js";
import { approveConversion } from "./approve-conversion.js";
import { attributeLateClicks, lateClicksJobKind } from "./attribute-late-clicks.js";
import { getCampaignConversions } from "./campaign-conversions.js";
import { getConversion } from "./get-conversion.js";
import { listConversions } from "./list-conversions.js";
import { recordConversion } from "./record-conversion.js";
import { recordRefund } from "./record-refund.js";
import {
  campaignConversionsSchema,
  conversionBody,
  conversionSchema,
  conversionWithRefundsSchema,
  listConversionsQuery,
  orderParams,
  recordedConversionSchema,
  refundBody,
  storefrontKeyBody,
  storefrontKeySchema,
} from "./routes.types.js";
import { createStorefrontKey, listStorefrontKeys } from "./storefront-keys.js";
import { storefrontSnippet } from "./storefront-snippet.js";

const tags = ["Conversions"];

export const conversionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { database, config, jobs } = context;
  const tracking = trackingRuntime(context, app.log);
  const writeAnsweredClicks = () => tracking.writeAnsweredClicks();
  jobs.register(lateClicksJobKind, async ({ db: jobDb, job }) => {
    if (!job.organisationId) throw new Error("late-click attribution job without an organisation");
    await attributeLateClicks(
      jobDb,
      job.organisationId,
      String(job.payload.conversionId),
      writeAnsweredClicks,
    );
  });
  const { db } = database;

  app.post(
    "/conversions",
    {
      schema: {
        operationId: "recordConversion",
        tags,
        summary: "Record an order or lead (idempotent on orderId) and attribute it (M11)",
        body: conversionBody,
        response: {
          200: jsonResponse(
            "The conversion was already recorded (same order id): its attribution",
            recordedConversionSchema,
          ),
          201: jsonResponse("The recorded conversion and its attribution", recordedConversionSchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { conversion, duplicate } = await recordConversion(
        db,
        auth.organisationId,
        request.body,
        "api",
        writeAnsweredClicks,
      );
      return reply.status(duplicate ? 200 : 201).send({ ...conversion, duplicate });
    },
  );

  app.get(
    "/conversions",
    {
      schema: {
        operationId: "listConversions",
        tags,
        summary: "Recorded orders and leads, newest first; verified=false lists those awaiting confirmation",
        querystring: listConversionsQuery,
        response: {
          200: jsonResponse("The conversions, newest first", pageOf(conversionSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { limit, cursor, ...filter } = request.query;
      return listConversions(db, auth.organisationId, filter, { limit, cursor });
    },
  );

  app.post(
    "/conversions/:orderId/approve",
    {
      schema: {
        operationId: "approveConversion",
        tags,
        summary:
          "Confirm an order a shop's page reported, after checking it in the shop: it then earns commission",
        params: orderParams,
        response: { 200: jsonResponse("The order, now verified", conversionSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return approveConversion(db, auth, request.params.orderId);
    },
  );

  app.get(
    "/conversions/:orderId",
    {
      schema: {
        operationId: "getConversion",
        tags,
        summary: "One conversion with its attribution and refunds",
        params: orderParams,
        response: {
          200: jsonResponse("The conversion with its attribution and refunds", conversionWithRefundsSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getConversion(db, auth.organisationId, request.params.orderId);
    },
  );

  app.post(
    "/conversions/:orderId/refunds",
    {
      schema: {
        operationId: "recordRefund",
        tags,
        summary: "Reverse revenue of a conversion, partly or fully",
        params: orderParams,
        body: refundBody,
        response: {
          200: jsonResponse(
            "The refund was already recorded (same refund id): the conversion as it stands",
            recordedConversionSchema,
          ),
          201: jsonResponse("The conversion with the refund recorded", recordedConversionSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { conversion, duplicate } = await recordRefund(
        db,
        auth.organisationId,
        request.params.orderId,
        request.body,
      );
      return reply.status(duplicate ? 200 : 201).send({ ...conversion, duplicate });
    },
  );

  app.get(
    "/campaigns/:campaignId/conversions",
    {
      schema: {
        operationId: "listCampaignConversions",
        tags,
        summary: "The campaign's attributed conversions by reason (code or click) and creator",
        params: idParam("campaignId"),
        response: {
          200: jsonResponse(
            "The campaign's attributed conversions and their summary",
            campaignConversionsSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getCampaignConversions(db, auth.organisationId, request.params.campaignId);
    },
  );

  app.post(
    "/storefront-keys",
    {
      schema: {
        operationId: "createStorefrontKey",
        security: sessionOnly,
        tags,
        summary: "Create a publishable key and the snippet for a shop's pages",
        body: storefrontKeyBody,
        response: {
          201: jsonResponse("The publishable key and the snippet to paste", storefrontKeySchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      const key = await createStorefrontKey(db, auth, request.body.allowedOrigins);
      return reply
        .status(201)
        .send({ ...key, snippet: storefrontSnippet(config.publicUrl, key.publishableKey) });
    },
  );

  app.get(
    "/storefront-keys",
    {
      schema: {
        operationId: "listStorefrontKeys",
        tags,
        summary: "Publishable keys, newest first",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The publishable keys", pageOf(storefrontKeySchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const keys = await listStorefrontKeys(db, auth.organisationId, request.query);
      return {
        items: keys.items.map((k) => ({
          ...k,
          snippet: storefrontSnippet(config.publicUrl, k.publishableKey),
        })),
        nextCursor: keys.nextCursor,
      };
    },
  );
};
