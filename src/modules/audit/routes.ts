import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { sessionOnly } from "../../http/openapi.js";
import { authErrors, isoTime, jsonResponse, pageOf, pageQuery } from "../../http/schemas.js";
import { listAuditEvents } from "./list-audit-events.js";

const auditEventSchema = z
  .object({
    id: z.string(),
    actor: z.object({
      type: z.enum(["user", "api_key", "system"]),
      id: z.string().nullable(),
      label: z.string(),
    }),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    createdAt: isoTime,
  })
  .meta({ id: "AuditEvent" });

export const auditRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  app.get(
    "/audit-events",
    {
      schema: {
        operationId: "listAuditEvents",
        security: sessionOnly,
        tags: ["Audit log"],
        summary: "Who changed what, newest first (admin)",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("Audit events, newest first", pageOf(auditEventSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return listAuditEvents(database.db, auth.organisationId, request.query);
    },
  );
};
