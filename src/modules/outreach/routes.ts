import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { notFound } from "../../http/errors.js";
import { sessionOnly } from "../../http/openapi.js";
import {
  authErrors,
  idParam,
  jsonResponse,
  noContent,
  pageOf,
  pageQuery,
  problemSchema,
} from "../../http/schemas.js";
import { campaignCreatorParams } from "../campaigns/routes.types.js";
import { deliverMessage } from "./deliver-message.js";
import { addDoNotContact, listDoNotContact, removeDoNotContact } from "./do-not-contact.js";
import { markMessageSent } from "./mark-message-sent.js";
import { mergeFieldCatalogue } from "./merge-context.js";
import { deliverJobKind, followUpJobKind, type OutreachEnv } from "./outreach-env.js";
import { getOutreachSettings, updateOutreachSettings } from "./outreach-settings.js";
import { previewEmail } from "./preview-email.js";
import { logReply, receiveInboundEmail } from "./record-reply.js";
import {
  bulkPreviewBody,
  bulkPreviewSchema,
  bulkSendBody,
  bulkSendSchema,
  doNotContactBody,
  doNotContactListSchema,
  doNotContactQuery,
  inboundEmailBody,
  logReplyBody,
  mergeFieldsSchema,
  messageSchema,
  outboxSchema,
  outreachSettingsSchema,
  previewBody,
  previewSchema,
  recordedReplySchema,
  sendEmailBody,
  sequenceBody,
  sequenceSchema,
  templateBody,
  templateSchema,
  threadSchema,
} from "./routes.types.js";
import { runFollowUp } from "./run-follow-up.js";
import { previewBulkEmail, sendBulkEmail } from "./send-bulk-email.js";
import { sendCampaignEmail } from "./send-campaign-email.js";
import { createSequence, listSequences, updateSequence } from "./sequences.js";
import { createTemplate, getTemplate, listTemplates, updateTemplate } from "./templates.js";
import { getThread, listOutbox, toMessageView } from "./threads.js";

const tags = ["Outreach"];

export const outreachRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config, jobs }) => {
  const { db } = database;
  const env: OutreachEnv = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };

  jobs.register(deliverJobKind, async ({ db: jobDb, job }) => deliverMessage(jobDb, env, job));
  jobs.register(followUpJobKind, async ({ db: jobDb, job }) => {
    await runFollowUp(jobDb, env, job);
  });

  app.get(
    "/templates",
    {
      schema: {
        operationId: "listEmailTemplates",
        tags,
        summary: "Email templates, by name",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The email templates", pageOf(templateSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listTemplates(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/templates",
    {
      schema: {
        operationId: "createEmailTemplate",
        tags,
        summary:
          "Create an email template with merge fields ({{creator.firstName}}, {{campaign.name}}… see listMergeFields)",
        body: templateBody,
        response: { 201: jsonResponse("The new template", templateSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply
        .status(201)
        .send(await db.transaction().execute((trx) => createTemplate(trx, auth, request.body)));
    },
  );

  app.get(
    "/templates/:templateId",
    {
      schema: {
        operationId: "getEmailTemplate",
        tags,
        summary: "One template",
        params: idParam("templateId"),
        response: { 200: jsonResponse("The template", templateSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getTemplate(db, auth.organisationId, request.params.templateId);
    },
  );

  app.put(
    "/templates/:templateId",
    {
      schema: {
        operationId: "replaceEmailTemplate",
        tags,
        summary: "Replace a template",
        params: idParam("templateId"),
        body: templateBody,
        response: { 200: jsonResponse("The replaced template", templateSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return db
        .transaction()
        .execute((trx) => updateTemplate(trx, auth, request.params.templateId, request.body));
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/email-preview",
    {
      schema: {
        operationId: "previewEmail",
        tags,
        summary: "Render a template for one creator without sending it",
        params: campaignCreatorParams,
        body: previewBody,
        response: { 200: jsonResponse("The rendered subject and body", previewSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, creatorId } = request.params;
      return previewEmail(db, auth.organisationId, env, campaignId, creatorId, request.body);
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/emails",
    {
      schema: {
        operationId: "sendEmail",
        tags,
        summary: "Email a creator (SMTP, or the outbox when none is configured), optionally with follow-ups",
        params: campaignCreatorParams,
        body: sendEmailBody,
        response: {
          201: jsonResponse("The sent (or queued) email", messageSchema),
          ...authErrors,
          409: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      const message = await sendCampaignEmail(db, auth, env, campaignId, creatorId, request.body);
      return reply.status(201).send(toMessageView(message));
    },
  );

  app.get(
    "/campaigns/:campaignId/creators/:creatorId/thread",
    {
      schema: {
        operationId: "getEmailThread",
        tags,
        summary: "The creator's conversation in this campaign",
        params: campaignCreatorParams,
        response: { 200: jsonResponse("The conversation with its messages", threadSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, creatorId } = request.params;
      const thread = await getThread(db, auth.organisationId, campaignId, creatorId);
      if (!thread) throw notFound("Conversation with this creator");
      return thread;
    },
  );

  app.post(
    "/campaigns/:campaignId/creators/:creatorId/replies",
    {
      schema: {
        operationId: "logReply",
        tags,
        summary: "Log a reply that came some other way; stops follow-ups",
        params: campaignCreatorParams,
        body: logReplyBody,
        response: { 201: jsonResponse("The logged reply", recordedReplySchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const { campaignId, creatorId } = request.params;
      return reply.status(201).send(await logReply(db, auth, campaignId, creatorId, request.body));
    },
  );

  app.post(
    "/inbound-email",
    {
      schema: {
        operationId: "receiveInboundEmail",
        tags,
        summary:
          "Receive a reply from your mail provider's inbound webhook (API key); threads it to its conversation",
        body: inboundEmailBody,
        response: {
          201: jsonResponse("The reply, threaded to its conversation", recordedReplySchema),
          200: jsonResponse("The email was already received (same message id)", recordedReplySchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const recorded = await receiveInboundEmail(db, auth, request.body);
      return reply.status(recorded.duplicate ? 200 : 201).send(recorded);
    },
  );

  app.get(
    "/outreach/outbox",
    {
      schema: {
        operationId: "listOutbox",
        tags,
        summary: "Emails waiting to be sent, newest first: all of them while no SMTP server is configured",
        querystring: z.strictObject({ ...pageQuery, campaignId: z.string().max(100).optional() }),
        response: { 200: jsonResponse("The emails waiting to be sent", outboxSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { campaignId, ...page } = request.query;
      return {
        ...(await listOutbox(db, auth.organisationId, campaignId, page)),
        smtpConfigured: Boolean(env.smtpUrl),
      };
    },
  );

  app.post(
    "/outreach/messages/:messageId/mark-sent",
    {
      schema: {
        operationId: "markEmailSent",
        tags,
        summary: "Mark an outbox email as sent by hand",
        params: idParam("messageId"),
        response: { 204: noContent("The email is marked sent"), ...authErrors, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      await markMessageSent(db, auth, request.params.messageId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/outreach/settings",
    {
      schema: {
        operationId: "getOutreachSettings",
        tags,
        summary: "Sender and daily send limit",
        response: {
          200: jsonResponse("The sender and daily send limit", outreachSettingsSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getOutreachSettings(db, auth.organisationId, env.publicUrl);
    },
  );

  app.put(
    "/outreach/settings",
    {
      schema: {
        operationId: "updateOutreachSettings",
        security: sessionOnly,
        tags,
        summary: "Set the sender and daily send limit",
        body: outreachSettingsSchema,
        response: {
          200: jsonResponse("The saved sender and daily send limit", outreachSettingsSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return db.transaction().execute((trx) => updateOutreachSettings(trx, auth, request.body));
    },
  );

  app.get(
    "/outreach/do-not-contact",
    {
      schema: {
        operationId: "listDoNotContact",
        tags,
        summary: "Addresses never to email, most recently added first",
        querystring: doNotContactQuery,
        response: {
          200: jsonResponse("The addresses never to email", doNotContactListSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listDoNotContact(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/outreach/do-not-contact",
    {
      schema: {
        operationId: "addDoNotContact",
        tags,
        summary: "Add an address to the do-not-contact list",
        body: doNotContactBody,
        response: { 204: noContent("The address is on the list"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      await db
        .transaction()
        .execute((trx) => addDoNotContact(trx, auth, request.body.email, request.body.reason));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    "/outreach/do-not-contact/:email",
    {
      schema: {
        operationId: "removeDoNotContact",
        security: sessionOnly,
        tags,
        summary: "Remove an address from the do-not-contact list",
        params: z.object({ email: z.string().max(320) }),
        response: { 204: noContent("The address is off the list"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      const removed = await db
        .transaction()
        .execute((trx) => removeDoNotContact(trx, auth, request.params.email));
      if (!removed) throw notFound("Address on the do-not-contact list");
      return reply.status(204).send(null);
    },
  );
  app.get(
    "/outreach/merge-fields",
    {
      schema: {
        operationId: "listMergeFields",
        tags,
        summary: "The merge fields a template may use, each with what it gives and an example",
        response: { 200: jsonResponse("The merge fields", mergeFieldsSchema), ...authErrors },
      },
    },
    async (request) => {
      await requireOrg(request, database, "viewer");
      return { items: [...mergeFieldCatalogue] };
    },
  );

  app.get(
    "/outreach/sequences",
    {
      schema: {
        operationId: "listEmailSequences",
        tags,
        summary: "Follow-up sequences, by name, each with its steps in order",
        querystring: z.strictObject(pageQuery),
        response: { 200: jsonResponse("The follow-up sequences", pageOf(sequenceSchema)), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listSequences(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/outreach/sequences",
    {
      schema: {
        operationId: "createEmailSequence",
        tags,
        summary: "Create a follow-up sequence: templates sent in order, each after N days without a reply",
        body: sequenceBody,
        response: { 201: jsonResponse("The new sequence", sequenceSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply.status(201).send(await createSequence(db, auth, request.body));
    },
  );

  app.put(
    "/outreach/sequences/:sequenceId",
    {
      schema: {
        operationId: "replaceEmailSequence",
        tags,
        summary: "Replace a sequence's name and steps; follow-ups already scheduled keep theirs",
        params: idParam("sequenceId"),
        body: sequenceBody,
        response: { 200: jsonResponse("The replaced sequence", sequenceSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return updateSequence(db, auth, request.params.sequenceId, request.body);
    },
  );

  app.post(
    "/campaigns/:campaignId/emails/preview",
    {
      schema: {
        operationId: "previewBulkEmail",
        tags,
        summary: "Render a template for many creators in a campaign, saying who will be skipped and why",
        params: idParam("campaignId"),
        body: bulkPreviewBody,
        response: {
          200: jsonResponse("Each creator's email, or why they are skipped", bulkPreviewSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const items = await previewBulkEmail(
        db,
        auth.organisationId,
        env,
        request.params.campaignId,
        request.body,
      );
      return { items };
    },
  );

  app.post(
    "/campaigns/:campaignId/emails",
    {
      schema: {
        operationId: "sendBulkEmail",
        tags,
        summary:
          "Email many creators in a campaign, each message on its own; creators who must not be emailed are skipped with the reason",
        params: idParam("campaignId"),
        body: bulkSendBody,
        response: { 200: jsonResponse("What happened for each creator", bulkSendSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      const items = await sendBulkEmail(db, auth, env, request.params.campaignId, request.body);
      return { items };
    },
  );
};
