import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { invalidField } from "../../http/errors.js";
import {
  authErrors,
  binarySchema,
  idParam,
  jsonResponse,
  pageQuery,
  problemSchema,
} from "../../http/schemas.js";
import { maxSpanDays } from "../../shared/time.js";
import { createLink } from "./create-link.js";
import { getLinkAnalytics } from "./link-analytics.js";
import { linkQrCode } from "./link-qr-code.js";
import { findLinkRow, shortUrlFor, toLinkView } from "./link-view.js";
import { listLinks } from "./list-links.js";
import {
  analyticsQuery,
  analyticsSchema,
  createLinkBody,
  linkListSchema,
  linkSchema,
  qrQuery,
  updateLinkBody,
} from "./routes.types.js";
import { setLinkStatus } from "./set-link-status.js";
import { trackingRuntime } from "./tracking-runtime.js";

const tags = ["Tracking"];
const campaignParams = idParam("campaignId");
const linkParams = idParam("linkId");

function analyticsRange(query: { from?: string; to?: string; granularity: "hour" | "day" }) {
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * 86_400_000);
  if (from > to) throw invalidField("from", "must be before to");
  if (query.granularity === "hour" && to.getTime() - from.getTime() > 31 * 86_400_000)
    throw invalidField("granularity", "hourly series cover at most 31 days");
  if (to.getTime() - from.getTime() > maxSpanDays * 86_400_000)
    throw invalidField("from", `daily series cover at most ${maxSpanDays} days`);
  return { from: from.toISOString(), to: to.toISOString(), granularity: query.granularity };
}

export const trackingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { database, config } = context;
  const { db } = database;
  const runtime = trackingRuntime(context, app.log);

  app.post(
    "/campaigns/:campaignId/links",
    {
      schema: {
        operationId: "createLink",
        tags,
        summary: "Create a tracking link for a creator in the campaign",
        params: campaignParams,
        body: createLinkBody,
        response: {
          201: jsonResponse("The new tracking link with its short URL", linkSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const link = await createLink(db, auth, request.params.campaignId, request.body, config.publicUrl);
      runtime.links.invalidate();
      return reply.status(201).send(link);
    },
  );

  app.get(
    "/campaigns/:campaignId/links",
    {
      schema: {
        operationId: "listLinks",
        tags,
        summary: "The campaign's tracking links with click counts, newest first",
        params: campaignParams,
        querystring: z.object({ ...pageQuery, creatorId: z.string().min(1).max(100).optional() }),
        response: { 200: jsonResponse("The campaign's tracking links", linkListSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { creatorId, ...page } = request.query;
      return listLinks(db, auth.organisationId, request.params.campaignId, config.publicUrl, creatorId, page);
    },
  );

  app.get(
    "/links/:linkId",
    {
      schema: {
        operationId: "getLink",
        tags,
        summary: "One tracking link",
        params: linkParams,
        response: { 200: jsonResponse("The tracking link", linkSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return toLinkView(await findLinkRow(db, auth.organisationId, request.params.linkId), config.publicUrl);
    },
  );

  app.patch(
    "/links/:linkId",
    {
      schema: {
        operationId: "updateLink",
        tags,
        summary: "Disable or re-enable a link (a disabled link answers 404)",
        params: linkParams,
        body: updateLinkBody,
        response: { 200: jsonResponse("The tracking link with its new status", linkSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const link = await setLinkStatus(
        db,
        auth,
        request.params.linkId,
        request.body.status,
        config.publicUrl,
      );
      runtime.links.invalidate();
      return link;
    },
  );

  app.get(
    "/links/:linkId/qr",
    {
      schema: {
        operationId: "getLinkQrCode",
        tags,
        summary: "The short URL as a QR code (PNG or SVG)",
        params: linkParams,
        querystring: qrQuery,
        response: {
          200: {
            description: "The QR code as a PNG image or SVG text, as `format` asks",
            content: { "image/png": { schema: binarySchema }, "image/svg+xml": { schema: z.string() } },
          },
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const row = await findLinkRow(db, auth.organisationId, request.params.linkId);
      const format = request.query.format;
      const image = await linkQrCode(shortUrlFor(config.publicUrl, row.code), format);
      return reply
        .type(format === "svg" ? "image/svg+xml" : "image/png")
        .header("content-disposition", `inline; filename="link-${row.code}.${format}"`)
        .serializer((payload: unknown) => payload as string)
        .send(image);
    },
  );

  app.get(
    "/links/:linkId/analytics",
    {
      schema: {
        operationId: "getLinkAnalytics",
        tags,
        summary: "Clicks over time, unique visitors, country, referrer and device for one link",
        params: linkParams,
        querystring: analyticsQuery,
        response: { 200: jsonResponse("The link's analytics", analyticsSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getLinkAnalytics(
        db,
        auth.organisationId,
        { linkId: request.params.linkId },
        analyticsRange(request.query),
      );
    },
  );

  app.get(
    "/campaigns/:campaignId/link-analytics",
    {
      schema: {
        operationId: "getCampaignLinkAnalytics",
        tags,
        summary: "Link analytics for a whole campaign (or one creator in it), with a per-creator breakdown",
        params: campaignParams,
        querystring: analyticsQuery,
        response: { 200: jsonResponse("The campaign's link analytics", analyticsSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getLinkAnalytics(
        db,
        auth.organisationId,
        { campaignId: request.params.campaignId, creatorId: request.query.creatorId },
        analyticsRange(request.query),
      );
    },
  );
};
