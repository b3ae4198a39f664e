import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, idParam, jsonResponse, problemSchema } from "../../http/schemas.js";
import { applicationEmailJobKind, deliverApplicationEmail } from "./application-emails.js";
import { getApplicationSettings, updateApplicationSettings } from "./application-settings.js";
import { acceptApplication, declineApplication, markApplicationSpam } from "./decide-application.js";
import { listApplications } from "./list-applications.js";
import {
  acceptApplicationBody,
  applicationPageSchema,
  applicationSchema,
  applicationSettingsBody,
  applicationSettingsSchema,
  declineApplicationBody,
  listApplicationsQuery,
} from "./routes.types.js";

const tags = ["Applications"];
const applicationParams = idParam("applicationId");

/** The brand's side of creator applications: the page's settings and the applications inbox. */
export const applicationRoutes: FastifyPluginAsyncZod<AppContext> = async (
  app,
  { database, config, jobs },
) => {
  const { db } = database;
  const env = { publicUrl: config.publicUrl, smtpUrl: config.smtpUrl };
  jobs.register(applicationEmailJobKind, async ({ db: jobDb, job }) =>
    deliverApplicationEmail(jobDb, env, job),
  );

  app.get(
    "/application-settings",
    {
      schema: {
        operationId: "getApplicationSettings",
        tags,
        summary: "Whether the public application page is open, its pitch and its questions",
        response: {
          200: jsonResponse("The application page's settings", applicationSettingsSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getApplicationSettings(db, auth.organisationId);
    },
  );

  app.put(
    "/application-settings",
    {
      schema: {
        operationId: "updateApplicationSettings",
        tags,
        summary: "Open or close the public application page and set its pitch and questions",
        body: applicationSettingsBody,
        response: { 200: jsonResponse("The saved settings", applicationSettingsSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return updateApplicationSettings(db, auth, request.body);
    },
  );

  app.get(
    "/applications",
    {
      schema: {
        operationId: "listApplications",
        tags,
        summary: "The applications inbox: applications of one status, newest first, and how many are new",
        querystring: listApplicationsQuery,
        response: {
          200: jsonResponse("One page of applications and the count of new ones", applicationPageSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { status, ...page } = request.query;
      return listApplications(db, auth.organisationId, status, page);
    },
  );

  app.post(
    "/applications/:applicationId/accept",
    {
      schema: {
        operationId: "acceptApplication",
        tags,
        summary: "Accept an application: shortlist the creator in a campaign's pipeline",
        params: applicationParams,
        body: acceptApplicationBody,
        response: {
          200: jsonResponse("The accepted application", applicationSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return acceptApplication(db, auth, request.params.applicationId, request.body.campaignId);
    },
  );

  app.post(
    "/applications/:applicationId/decline",
    {
      schema: {
        operationId: "declineApplication",
        tags,
        summary: "Decline an application, optionally emailing the creator",
        params: applicationParams,
        body: declineApplicationBody,
        response: {
          200: jsonResponse("The declined application", applicationSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return declineApplication(db, auth, env, request.params.applicationId, request.body);
    },
  );

  app.post(
    "/applications/:applicationId/spam",
    {
      schema: {
        operationId: "markApplicationSpam",
        tags,
        summary: "Mark an application as spam: it leaves the inbox and nobody is emailed",
        params: applicationParams,
        response: {
          200: jsonResponse("The application, marked as spam", applicationSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return markApplicationSpam(db, auth, request.params.applicationId);
    },
  );
};
