import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { invalidField } from "../../http/errors.js";
import {
  authErrors,
  csvResponse,
  idParam,
  jsonResponse,
  noContent,
  pageOf,
  pageQuery,
} from "../../http/schemas.js";
import { addListToCampaign } from "./add-list-to-campaign.js";
import { creatorFit } from "./creator-fit.js";
import { addToList, createList, listLists, removeFromList } from "./creator-lists.js";
import { exportListCsv } from "./export-list-csv.js";
import { findLookalikes } from "./find-lookalikes.js";
import { getList } from "./get-list.js";
import {
  addToListBody,
  createListBody,
  creatorFitSchema,
  creatorSearchSchema,
  listDetailSchema,
  listSchema,
  listToCampaignBody,
  lookalikesSchema,
  savedSearchSchema,
  saveSearchBody,
  searchCreatorsQuery,
} from "./routes.types.js";
import { deleteSavedSearch, listSavedSearches, saveSearch } from "./saved-searches.js";
import { searchCreators } from "./search-creators.js";

const tags = ["Discovery"];
const listParams = idParam("listId");

export const discoveryRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    "/creators",
    {
      schema: {
        operationId: "searchCreators",
        tags,
        summary: "Search creator accounts: filters, full text, sort, cursor, exact total and facets",
        querystring: searchCreatorsQuery,
        response: {
          200: jsonResponse(
            "The matching accounts, the total, facets and the next cursor",
            creatorSearchSchema,
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return searchCreators(db, auth.organisationId, request.query);
    },
  );

  app.get(
    "/creators/:creatorId/fit",
    {
      schema: {
        operationId: "getCreatorFit",
        tags,
        summary: "Audience fit (M6) of a creator's accounts for a campaign, with conflicts (M5)",
        params: idParam("creatorId"),
        querystring: z.strictObject({ campaignId: z.string().min(1).max(100) }),
        response: {
          200: jsonResponse("Each account's audience fit for the campaign, with conflicts", creatorFitSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return creatorFit(db, auth.organisationId, request.params.creatorId, request.query.campaignId);
    },
  );

  app.get(
    "/creators/:creatorId/lookalikes",
    {
      schema: {
        operationId: "listLookalikes",
        tags,
        summary: "Creators similar to this one: niche overlap, tier, audience countries, language",
        params: idParam("creatorId"),
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: {
          200: jsonResponse("Similar creators, most similar first", lookalikesSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return {
        items: await findLookalikes(db, auth.organisationId, request.params.creatorId, request.query.limit),
      };
    },
  );

  app.get(
    "/creator-lists",
    {
      schema: {
        operationId: "listCreatorLists",
        tags,
        summary: "Shortlists, newest first",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The shortlists", pageOf(listSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listLists(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/creator-lists",
    {
      schema: {
        operationId: "createCreatorList",
        tags,
        summary: "Create a shortlist",
        body: createListBody,
        response: { 201: jsonResponse("The new shortlist", listSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      return reply.status(201).send(await createList(db, auth, request.body));
    },
  );

  app.get(
    "/creator-lists/:listId",
    {
      schema: {
        operationId: "getCreatorList",
        tags,
        summary: "A shortlist with its creators and notes, oldest addition first",
        params: listParams,
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The shortlist with its creators and notes", listDetailSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getList(db, auth.organisationId, request.params.listId, request.query);
    },
  );

  app.post(
    "/creator-lists/:listId/items",
    {
      schema: {
        operationId: "addCreatorListItems",
        tags,
        summary: "Add creators (with notes) to a shortlist",
        params: listParams,
        body: addToListBody,
        response: {
          200: jsonResponse(
            "The shortlist's items after the addition",
            z.object({ added: z.number().int(), alreadyIn: z.number().int() }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return addToList(db, auth, request.params.listId, request.body.items);
    },
  );

  app.delete(
    "/creator-lists/:listId/items/:creatorId",
    {
      schema: {
        operationId: "removeCreatorListItem",
        tags,
        summary: "Remove a creator from a shortlist",
        params: z.object({ listId: z.string().min(1).max(100), creatorId: z.string().min(1).max(100) }),
        response: { 204: noContent("Removed from the shortlist"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      await removeFromList(db, auth, request.params.listId, request.params.creatorId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/creator-lists/:listId/export.csv",
    {
      schema: {
        operationId: "exportCreatorListCsv",
        tags,
        summary: "The shortlist as CSV, safe to open in a spreadsheet (no formula injection)",
        params: listParams,
        response: { 200: csvResponse("The shortlist's creators, one CSV line each"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const csv = await exportListCsv(db, auth.organisationId, request.params.listId);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="list-${request.params.listId}.csv"`)
        .send(csv);
    },
  );

  app.post(
    "/creator-lists/:listId/add-to-campaign",
    {
      schema: {
        operationId: "addCreatorListToCampaign",
        tags,
        summary: "Shortlist every creator of the list in a campaign",
        params: listParams,
        body: listToCampaignBody,
        response: {
          200: jsonResponse(
            "How many creators were shortlisted and how many were already in the campaign",
            z.object({ added: z.number().int(), alreadyIn: z.number().int() }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "member");
      return addListToCampaign(db, auth, request.params.listId, request.body.campaignId);
    },
  );

  app.get(
    "/saved-searches",
    {
      schema: {
        operationId: "listSavedSearches",
        tags,
        summary: "Saved creator searches, newest first",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The saved searches", pageOf(savedSearchSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listSavedSearches(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/saved-searches",
    {
      schema: {
        operationId: "createSavedSearch",
        tags,
        summary: "Save a creator search",
        body: saveSearchBody,
        response: { 201: jsonResponse("The saved search", savedSearchSchema), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      const parsed = searchCreatorsQuery.safeParse(request.body.query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalidField(`query.${issue?.path.join(".") ?? ""}`, issue?.message ?? "is not a valid search");
      }
      return reply.status(201).send(await saveSearch(db, auth, request.body));
    },
  );

  app.delete(
    "/saved-searches/:savedSearchId",
    {
      schema: {
        operationId: "deleteSavedSearch",
        tags,
        summary: "Delete a saved search",
        params: idParam("savedSearchId"),
        response: { 204: noContent("The saved search is deleted"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "member");
      await deleteSavedSearch(db, auth.organisationId, request.params.savedSearchId);
      return reply.status(204).send(null);
    },
  );
};
