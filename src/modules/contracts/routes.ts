import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { notFound } from "../../http/errors.js";
import { authErrors, idParam, problemSchema } from "../../http/schemas.js";
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
        tags,
        summary: "Every version of the terms offered to a creator, newest first",
        params: campaignCreatorParams,
        response: { 200: z.object({ items: z.array(offerSchema) }), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, creatorId } = request.params;
      await getCampaignCreator(db, auth.organisationId, campaignId, creatorId);
      return { items: await listOffers(db, auth.organisationId, { campaignId, creatorId }) };
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/offers",
    {
      schema: {
        tags,
        summary: "Propose terms, or record the creator's counter-offer, as a new version",
        params: campaignCreatorParams,
        body: proposeOfferBody,
        response: { 201: offerSchema, ...authErrors, 409: problemSchema },
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
        response: {
          201: contractSchema,
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
        produces: ["application/pdf"],
        response: { 200: z.any().meta({ description: "application/pdf" }), ...authErrors },
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
        tags,
        summary: "Contracts, newest first, every version",
        querystring: listContractsQuery,
        response: { 200: z.object({ items: z.array(contractSchema) }), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return { items: await listContracts(db, auth.organisationId, request.query) };
    },
  );

  app.get(
    "/contracts/:contractId",
    {
      schema: {
        tags,
        summary: "One contract version",
        params: idParam("contractId"),
        response: { 200: contractSchema, ...authErrors },
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
        tags,
        summary: "The contract as a PDF",
        params: idParam("contractId"),
        produces: ["application/pdf"],
        response: { 200: z.any().meta({ description: "application/pdf" }), ...authErrors },
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
