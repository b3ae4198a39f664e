import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { notFound } from "../../http/errors.js";
import {
  authErrors,
  fileResponse,
  idParam,
  jsonResponse,
  noContent,
  problemSchema,
  rawBody,
} from "../../http/schemas.js";
import { attachmentDisposition, readBriefFile } from "../briefs/read-brief-file.js";
import { briefFileParams } from "../briefs/routes.types.js";
import { acceptOffer } from "../contracts/accept-offer.js";
import { proposeOffer } from "../contracts/propose-offer.js";
import { renderContractPdf } from "../contracts/render-contract-pdf.js";
import { renderOfferPdf } from "../contracts/render-offer-pdf.js";
import { contractSchema, offerSchema } from "../contracts/routes.types.js";
import { commentOnDeliverable } from "../review/comment-on-deliverable.js";
import { getDeliverable } from "../review/get-deliverable.js";
import { DiskMediaStorage, defaultMediaRoot } from "../review/media-storage.js";
import {
  commentBody,
  deliverableDetailSchema,
  draftBody,
  liveBody,
  mediaViewSchema,
} from "../review/routes.types.js";
import { mediaLimits } from "../review/sniff-content-type.js";
import { readMedia, storeMedia } from "../review/store-media.js";
import { submitDraft } from "../review/submit-draft.js";
import { submitLivePost } from "../review/submit-live-post.js";
import { portalCookieName, requirePortal, setPortalCookie } from "./portal-auth.js";
import { getCollaboration, listCollaborations } from "./portal-collaborations.js";
import { getCreatorContract, listCreatorContracts } from "./portal-contracts.js";
import { endPortalSession, redeemMagicLink } from "./portal-session.js";
import {
  collaborationSchema,
  portalAcceptBody,
  portalContractSchema,
  portalCounterBody,
  portalMeSchema,
  portalSessionSchema,
  signInBody,
} from "./routes.types.js";

const tags = ["Creator portal"];
const campaignParam = idParam("campaignId");

/** The creator's own API, under /api/portal: a magic-link session sees only that creator's collaborations. */
export const portalRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  const { db } = database;
  const storage = new DiskMediaStorage(defaultMediaRoot(config.databaseUrl));
  const env = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };
  // Uploads arrive as raw bytes; their type is read from the bytes, never from this header.
  for (const contentType of ["application/octet-stream", /^(image|video)\//])
    app.addContentTypeParser(
      contentType,
      { parseAs: "buffer", bodyLimit: mediaLimits.video },
      (_request, body, done) => done(null, body),
    );

  app.post(
    "/sign-in",
    {
      schema: {
        operationId: "signInToPortal",
        tags,
        security: [],
        summary: "Exchange a magic link's token for a portal session",
        body: signInBody,
        response: {
          200: jsonResponse(
            "The portal session: creator name, CSRF token and expiry (the portal cookie is set)",
            portalSessionSchema,
          ),
          401: problemSchema,
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const session = await redeemMagicLink(db, request.body.token);
      setPortalCookie(request, reply, session.sessionToken, session.expiresAt);
      return { creatorName: session.creatorName, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    "/sign-out",
    {
      schema: {
        operationId: "signOutOfPortal",
        tags,
        summary: "End the portal session",
        response: {
          204: noContent("Signed out: the portal session is ended and its cookie cleared"),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      await requirePortal(request, database);
      const token = request.cookies[portalCookieName];
      if (token) await endPortalSession(db, token);
      reply.clearCookie(portalCookieName, { path: "/api/portal" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/me",
    {
      schema: {
        operationId: "getPortalMe",
        tags,
        summary: "Who is signed in, and their collaborations",
        response: {
          200: jsonResponse(
            "The signed-in creator, the session's CSRF token and their collaborations",
            portalMeSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requirePortal(request, database);
      return {
        creatorId: auth.creatorId,
        creatorName: auth.session.creatorName,
        csrfToken: auth.session.csrfToken,
        expiresAt: auth.session.expiresAt,
        collaborations: await listCollaborations(db, auth),
      };
    },
  );

  app.get(
    "/campaigns/:campaignId",
    {
      schema: {
        operationId: "getPortalCollaboration",
        tags,
        summary: "The brief, offer, contracts, deliverables and earnings of one collaboration",
        params: campaignParam,
        response: {
          200: jsonResponse(
            "The collaboration: brief, offers, contracts, deliverables and earnings",
            collaborationSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requirePortal(request, database);
      return getCollaboration(db, auth, request.params.campaignId, config.publicUrl);
    },
  );

  const offerParams = z.object({
    campaignId: z.string().min(1).max(100),
    offerId: z.string().min(1).max(100),
  });
  const pdfReply = (reply: FastifyReply, name: string, pdf: Buffer) =>
    reply
      .type("application/pdf")
      .header("content-disposition", `attachment; filename="${name}.pdf"`)
      .header("cache-control", "private, no-store")
      .send(pdf);

  app.get(
    "/campaigns/:campaignId/offers/:offerId/pdf",
    {
      schema: {
        operationId: "downloadOfferPdf",
        tags,
        summary: "The contract this offer would become, as a PDF, to read before you accept",
        params: offerParams,
        response: {
          200: fileResponse("The contract this offer would become", ["application/pdf"]),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      await getCollaboration(db, auth, request.params.campaignId, config.publicUrl);
      const pdf = await renderOfferPdf(db, auth, request.params.offerId);
      return pdfReply(reply, `offer-${request.params.offerId}`, pdf);
    },
  );

  app.post(
    "/campaigns/:campaignId/offers/:offerId/accept",
    {
      schema: {
        operationId: "acceptPortalOffer",
        tags,
        summary:
          "Accept the brand's open offer with your typed name and consent; its terms become your contract",
        description:
          "Records your name, consent, the time, your address and browser, and the SHA-256 of the terms and of the contract PDF. 409 when the offer changed since you loaded it.",
        params: offerParams,
        body: portalAcceptBody,
        response: {
          201: jsonResponse("The contract the accepted terms froze into", contractSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      await getCollaboration(db, auth, request.params.campaignId, config.publicUrl);
      const contract = await acceptOffer(db, auth, env, request.params.offerId, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers["user-agent"] ?? null,
      });
      return reply.status(201).send(contract);
    },
  );

  app.get(
    "/contracts",
    {
      schema: {
        operationId: "listMyContracts",
        tags,
        summary: "Your contracts with this brand, every version, newest first",
        response: {
          200: jsonResponse(
            "Your contracts, newest first",
            z.object({ items: z.array(portalContractSchema) }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => ({ items: await listCreatorContracts(db, await requirePortal(request, database)) }),
  );

  app.get(
    "/contracts/:contractId/pdf",
    {
      schema: {
        operationId: "downloadMyContractPdf",
        tags,
        summary: "One of your contracts as a PDF, with its signature block",
        params: idParam("contractId"),
        response: {
          200: fileResponse("The contract, with its signature block", ["application/pdf"]),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      const contract = await getCreatorContract(db, auth, request.params.contractId);
      const pdf = await renderContractPdf(db, auth.organisationId, contract.id);
      return pdfReply(reply, `contract-${contract.id}-v${contract.version}`, pdf);
    },
  );

  app.post(
    "/campaigns/:campaignId/offers",
    {
      schema: {
        operationId: "counterPortalOffer",
        tags,
        summary: "Counter the offer with the terms you propose",
        params: campaignParam,
        body: portalCounterBody,
        response: {
          201: jsonResponse("The counter-offer, as the offer's new version", offerSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      await getCollaboration(db, auth, request.params.campaignId, config.publicUrl);
      const offer = await proposeOffer(db, auth, request.params.campaignId, auth.creatorId, {
        terms: request.body.terms,
        proposedBy: "creator",
        note: request.body.note ?? null,
      });
      return reply.status(201).send(offer);
    },
  );

  app.get(
    "/deliverables/:deliverableId",
    {
      schema: {
        operationId: "getPortalDeliverable",
        tags,
        summary: "One of your deliverables, with drafts, findings and comments",
        params: idParam("deliverableId"),
        response: {
          200: jsonResponse(
            "The deliverable with its drafts, findings and comments",
            deliverableDetailSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) =>
      getDeliverable(db, await requirePortal(request, database), request.params.deliverableId),
  );

  app.post(
    "/deliverables/:deliverableId/drafts",
    {
      schema: {
        operationId: "submitPortalDraft",
        tags,
        summary: "Submit a draft (or a new version); it is checked for disclosure and the brief at once",
        params: idParam("deliverableId"),
        body: draftBody,
        response: {
          201: jsonResponse(
            "The deliverable with the new draft and its compliance findings",
            deliverableDetailSchema,
          ),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      return reply
        .status(201)
        .send(await submitDraft(db, auth, env, request.params.deliverableId, request.body));
    },
  );

  app.post(
    "/deliverables/:deliverableId/comments",
    {
      schema: {
        operationId: "commentOnPortalDeliverable",
        tags,
        summary: "Reply to the brand's comments",
        params: idParam("deliverableId"),
        body: commentBody,
        response: {
          201: jsonResponse("The deliverable with the new comment", deliverableDetailSchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      return reply
        .status(201)
        .send(await commentOnDeliverable(db, auth, request.params.deliverableId, request.body));
    },
  );

  app.post(
    "/deliverables/:deliverableId/live",
    {
      schema: {
        operationId: "submitPortalLivePost",
        tags,
        summary: "Add the live post's link once the approved content is published",
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
      const auth = await requirePortal(request, database);
      return reply
        .status(201)
        .send(await submitLivePost(db, auth, env, request.params.deliverableId, request.body));
    },
  );

  app.post(
    "/media",
    {
      schema: {
        operationId: "uploadPortalMedia",
        tags,
        summary: "Upload an image or video (raw bytes) to attach to a draft",
        body: rawBody(["application/octet-stream", "image/*", "video/*"]),
        response: {
          201: jsonResponse("The stored upload: id, media type and size", mediaViewSchema),
          ...authErrors,
          413: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return reply.status(201).send(await storeMedia(db, storage, auth, bytes));
    },
  );

  app.get(
    "/media/:mediaId",
    {
      schema: {
        operationId: "downloadPortalMedia",
        tags,
        summary: "One of your uploads",
        params: idParam("mediaId"),
        response: { 200: fileResponse("The upload's bytes", ["image/*", "video/*"]), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      const file = await readMedia(db, storage, auth, request.params.mediaId);
      return reply.type(file.contentType).header("cache-control", "private, max-age=3600").send(file.bytes);
    },
  );

  app.get(
    "/campaigns/:campaignId/brief/files/:fileId",
    {
      schema: {
        operationId: "downloadPortalBriefFile",
        tags,
        summary: "Download a reference file the brief lists for you",
        params: briefFileParams,
        response: {
          200: fileResponse("The file's bytes, as an attachment", ["application/pdf", "image/*", "video/*"]),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requirePortal(request, database);
      const { campaignId, fileId } = request.params;
      if (!(await listCollaborations(db, auth)).some((c) => c.campaignId === campaignId))
        throw notFound("Collaboration");
      const file = await readBriefFile(db, storage, auth, campaignId, fileId);
      return reply
        .type(file.contentType)
        .header("content-disposition", attachmentDisposition(file.name))
        .header("cache-control", "private, max-age=3600")
        .send(file.bytes);
    },
  );
};
