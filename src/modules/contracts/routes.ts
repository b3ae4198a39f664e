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
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import { acceptOffer } from "./accept-offer.js";
import { getContract, listContracts, listOffers } from "./list-contracts.js";
import { proposeOffer } from "./propose-offer.js";
import { renderContractPdf } from "./render-contract-pdf.js";
import {
  acceptOfferBody,
  contractSchema,
  listContractsQuery,
  offerSchema,
  proposeOfferBody,
} from "./routes.types.js";

const tags = ["Contracts"];

export const contractRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    "/campaigns/:campaignId/creators/:creatorId/offers",
    {
      schema: {
        operationId: "listOffers",
        tags,
        summary: "Every version of the terms offered to a creator, newest first",
        params: campaignCreatorParams,
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("Every version of the offer, newest first", pageOf(offerSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, creatorId } = request.params;
      await getCampaignCreator(db, auth.organisationId, campaignId, creatorId);
      return listOffers(db, auth.organisationId, { campaignId, creatorId }, request.query);
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/offers",
    {
      schema: {
        operationId: "proposeOffer",
        tags,
        summary: "Propose terms, or record the creator's counter-offer, as a new version",
        params: campaignCreatorParams,
        body: proposeOfferBody,
        response: {
          201: jsonResponse("The offer's new version", offerSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return reply.status(201).send(await proposeOffer(db, auth, campaignId, creatorId, request.body));
    },
  );

  app.post(
    "/contracts",
    {
      schema: {
        operationId: "createContract",
        tags,
        summary: "Accept the open version of an offer: its terms freeze into a contract",
        body: acceptOfferBody,
        response: {
          201: jsonResponse("The contract the offer's terms froze into", contractSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { offerId, acceptedName, acceptedBy } = request.body;
      const contract = await acceptOffer(db, auth, offerId, { acceptedName, acceptedBy, ip: request.ip });
      return reply.status(201).send(contract);
    },
  );

  app.get(
    "/contracts",
    {
      schema: {
        operationId: "listContracts",
        tags,
        summary: "Contracts, newest first, every version",
        querystring: listContractsQuery,
        response: {
          200: jsonResponse("The contracts, newest first", pageOf(contractSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { limit, cursor, ...filter } = request.query;
      return listContracts(db, auth.organisationId, filter, { limit, cursor });
    },
  );

  app.get(
    "/contracts/:contractId",
    {
      schema: {
        operationId: "getContract",
        tags,
        summary: "One contract version",
        params: idParam("contractId"),
        response: { 200: jsonResponse("The contract version", contractSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getContract(db, auth.organisationId, request.params.contractId);
    },
  );

  app.get(
    "/contracts/:contractId/pdf",
    {
      schema: {
        operationId: "downloadContractPdf",
        tags,
        summary: "The contract as a PDF",
        params: idParam("contractId"),
        response: { 200: fileResponse("The contract as a PDF document", ["application/pdf"]), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const pdf = await renderContractPdf(db, auth.organisationId, request.params.contractId);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="contract-${request.params.contractId}.pdf"`)
        .send(pdf);
    },
  );
};
