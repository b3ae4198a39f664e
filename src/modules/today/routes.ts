import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { authErrors, jsonResponse } from "../../http/schemas.js";
import { getToday } from "./get-today.js";
import { todaySchema } from "./routes.types.js";

export const todayRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  app.get(
    "/today",
    {
      schema: {
        operationId: "getToday",
        tags: ["Today"],
        summary:
          "The home page: live and starting campaigns with KPI progress, committed and spent budget, days left; and what needs the user",
        response: {
          200: jsonResponse("Campaigns in progress and what needs the user", todaySchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getToday(database.db, auth.organisationId);
    },
  );
};
