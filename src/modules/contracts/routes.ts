import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { notFound } from "../../http/errors.js";
import {
  authErrors,
  fileResponse,
  idParam,
  jsonResponse,
  pageOf,
  pageQuery,
  problemSchema,
  rawBody,
} from "../../http/schemas.js";
import { briefFileLimits } from "../briefs/brief-file-type.js";
import { getCampaignCreator } from "../campaigns/get-campaign-creator.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import { DiskMediaStorage, defaultMediaRoot } from "../review/media-storage.js";
import { getContract, listContracts, listOffers, readSignedDocument } from "./list-contracts.js";
import { proposeOffer } from "./propose-offer.js";
import { recordOutsideAcceptance } from "./record-outside-acceptance.js";
import { renderContractPdf } from "./render-contract-pdf.js";
import { contractSchema, listContractsQuery, offerSchema, proposeOfferBody } from "./routes.types.js";
import { sendContractCopy, sendContractCopyJobKind } from "./send-contract-copy.js";

const tags = ["Contracts"];

export const contractRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config, jobs }) => {
  const { db } = database;
  const env = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };
  const storage = new DiskMediaStorage(defaultMediaRoot(config.databaseUrl));
  jobs.register(sendContractCopyJobKind, async ({ db: jobDb, job }) => sendContractCopy(jobDb, env, job));
  // A signed document arrives as raw bytes; it is read as a PDF from its bytes, never from this header.
  for (const contentType of ["application/octet-stream", "application/pdf"])
    app.addContentTypeParser(
      contentType,
      { parseAs: "buffer", bodyLimit: briefFileLimits.pdf },
      (_request, body, done) => done(null, body),
    );

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
    "/offers/:offerId/signed-document",
    {
      schema: {
        operationId: "recordOutsideAcceptance",
        tags,
        summary: "Record an acceptance made outside Amplio by uploading the signed document (raw PDF bytes)",
        description:
          "Only the creator accepts an offer, in the portal. When they signed elsewhere, the signed PDF is the evidence: the contract is marked accepted outside Amplio, uploaded by you.",
        params: idParam("offerId"),
        body: rawBody(["application/pdf"]),
        response: {
          201: jsonResponse("The contract, marked accepted outside Amplio", contractSchema),
          ...authErrors,
          409: problemSchema,
          413: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return reply
        .status(201)
        .send(await recordOutsideAcceptance(db, storage, auth, env, request.params.offerId, bytes));
    },
  );

  app.get(
    "/contracts/:contractId/signed-document",
    {
      schema: {
        operationId: "downloadSignedDocument",
        tags,
        summary: "The signed document uploaded for a contract accepted outside Amplio",
        params: idParam("contractId"),
        response: {
          200: fileResponse("The signed document, as uploaded", ["application/pdf"]),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const pdf = await readSignedDocument(db, storage, auth.organisationId, request.params.contractId);
      if (!pdf) throw notFound("Signed document");
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="signed-contract-${request.params.contractId}.pdf"`,
        )
        .send(pdf);
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
