import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { jsonResponse, problemSchema } from "../../http/schemas.js";
import { getApplicationForm } from "./get-application-form.js";
import {
  applicationBody,
  applicationFormSchema,
  applicationReceivedSchema,
  publicCampaignFormParams,
  publicFormParams,
} from "./routes.types.js";
import { submitApplication } from "./submit-application.js";

const tags = ["Applications"];

/** Said for every accepted submission, whoever sent it, so the answer never tells who the brand already knows. */
const received = {
  received: true as const,
  message: "Thank you: your application is in. We have emailed you a confirmation.",
};

/**
 * The public application page's API: no session, so no CSRF token either (nothing is done with a visitor's
 * cookies, and the JSON body rules out a cross-site HTML form). Limited per address (src/http/rate-limits.ts).
 */
export const publicApplicationRoutes: FastifyPluginAsyncZod<AppContext> = async (
  app,
  { database, config },
) => {
  const { db } = database;
  const env = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };
  const formResponses = {
    200: jsonResponse("What the application page shows", applicationFormSchema),
    404: problemSchema,
    429: problemSchema,
  };
  const submitResponses = {
    202: jsonResponse("The application is received", applicationReceivedSchema),
    400: problemSchema,
    404: problemSchema,
    409: problemSchema,
    429: problemSchema,
  };

  app.get(
    "/apply/:organisationSlug",
    {
      schema: {
        operationId: "getApplicationForm",
        tags,
        summary: "The organisation's public application page: its name, pitch and questions",
        security: [],
        params: publicFormParams,
        response: formResponses,
      },
    },
    async (request) => getApplicationForm(db, request.params.organisationSlug, null),
  );

  app.get(
    "/apply/:organisationSlug/:campaignSlug",
    {
      schema: {
        operationId: "getCampaignApplicationForm",
        tags,
        summary: "A campaign's public application page",
        security: [],
        params: publicCampaignFormParams,
        response: formResponses,
      },
    },
    async (request) => getApplicationForm(db, request.params.organisationSlug, request.params.campaignSlug),
  );

  app.post(
    "/apply/:organisationSlug",
    {
      schema: {
        operationId: "submitApplication",
        tags,
        summary: "Apply to work with the organisation",
        security: [],
        params: publicFormParams,
        body: applicationBody,
        response: submitResponses,
      },
    },
    async (request, reply) => {
      await submitApplication(
        db,
        env,
        { organisationSlug: request.params.organisationSlug, campaignSlug: null },
        request.body,
      );
      return reply.status(202).send(received);
    },
  );

  app.post(
    "/apply/:organisationSlug/:campaignSlug",
    {
      schema: {
        operationId: "submitCampaignApplication",
        tags,
        summary: "Apply to work with the organisation on a campaign",
        security: [],
        params: publicCampaignFormParams,
        body: applicationBody,
        response: submitResponses,
      },
    },
    async (request, reply) => {
      await submitApplication(db, env, request.params, request.body);
      return reply.status(202).send(received);
    },
  );
};
