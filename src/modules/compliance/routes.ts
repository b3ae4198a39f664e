import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, jsonResponse } from "../../http/schemas.js";
import { checkCompliance } from "./check-compliance.js";
import { jurisdictions } from "./jurisdiction.js";
import { complianceCheckBody, complianceResultSchema, jurisdictionListSchema } from "./routes.types.js";

const tags = ["Compliance"];

export const complianceRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  app.post(
    "/compliance/check",
    {
      schema: {
        operationId: "checkCompliance",
        tags,
        summary: "Check a caption for the disclosure and brief requirements (C1–C7)",
        description:
          "A safety net, not legal advice. Findings name a rule, a severity (an error blocks approval) and the span of the caption they are about.",
        body: complianceCheckBody(),
        response: {
          200: jsonResponse("The findings, each with its rule, severity and fix", complianceResultSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      await requireOrg(request, database, "viewer");
      return checkCompliance(request.body);
    },
  );

  app.get(
    "/compliance/jurisdictions",
    {
      schema: {
        operationId: "listJurisdictions",
        tags,
        summary: "The jurisdictions the checker knows, from its data files",
        response: {
          200: jsonResponse("The jurisdictions and their rules", jurisdictionListSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      await requireOrg(request, database, "viewer");
      return {
        items: [...jurisdictions().values()].map(({ code, name, sources }) => ({ code, name, sources })),
      };
    },
  );
};
