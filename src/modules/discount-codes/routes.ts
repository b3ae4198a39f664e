import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { invalidField } from "../../http/errors.js";
import {
  authErrors,
  csvResponse,
  idParam,
  jsonResponse,
  pageOf,
  pageQuery,
  problemSchema,
} from "../../http/schemas.js";
import { createDiscountCodes } from "./create-discount-codes.js";
import { exportDiscountCodesCsv } from "./export-discount-codes-csv.js";
import { listDiscountCodes } from "./list-discount-codes.js";
import {
  createDiscountCodesBody,
  discountCodeListSchema,
  discountCodeSchema,
  importDiscountCodesBody,
} from "./routes.types.js";

const tags = ["Discount codes"];
const campaignParams = idParam("campaignId");

export const discountCodeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.post(
    "/campaigns/:campaignId/discount-codes",
    {
      schema: {
        operationId: "createDiscountCodes",
        tags,
        summary: "Generate discount codes for a creator in the campaign, or add one given code",
        params: campaignParams,
        body: createDiscountCodesBody,
        response: {
          201: jsonResponse("The new codes", discountCodeListSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { count, ...item } = request.body;
      if (item.code !== undefined && count > 1) throw invalidField("count", "a given code is added once");
      const items = await createDiscountCodes(
        db,
        auth,
        request.params.campaignId,
        Array.from({ length: count }, () => item),
      );
      return reply.status(201).send({ items });
    },
  );

  app.post(
    "/campaigns/:campaignId/discount-codes/import",
    {
      schema: {
        operationId: "importDiscountCodes",
        tags,
        summary: "Import existing codes (all or none)",
        params: campaignParams,
        body: importDiscountCodesBody,
        response: {
          201: jsonResponse("The imported codes", discountCodeListSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const items = await createDiscountCodes(db, auth, request.params.campaignId, request.body.items);
      return reply.status(201).send({ items });
    },
  );

  app.get(
    "/campaigns/:campaignId/discount-codes",
    {
      schema: {
        operationId: "listDiscountCodes",
        tags,
        summary: "The campaign's discount codes, by code",
        params: campaignParams,
        querystring: z.object({ ...pageQuery, creatorId: z.string().min(1).max(100).optional() }),
        response: {
          200: jsonResponse("The campaign's discount codes, oldest first", pageOf(discountCodeSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { creatorId, ...page } = request.query;
      return listDiscountCodes(db, auth.organisationId, request.params.campaignId, creatorId, page);
    },
  );

  app.get(
    "/campaigns/:campaignId/discount-codes.csv",
    {
      schema: {
        operationId: "exportDiscountCodesCsv",
        tags,
        summary: "Export the codes as CSV for a Shopify discount import",
        params: campaignParams,
        response: { 200: csvResponse("The codes in Shopify's discount import columns"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const csv = await exportDiscountCodesCsv(db, auth.organisationId, request.params.campaignId);
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="discount-codes-${request.params.campaignId}.csv"`,
        )
        .send(csv);
    },
  );
};
