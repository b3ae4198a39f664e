import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg } from "../../http/auth.js";
import { sessionOnly } from "../../http/openapi.js";
import {
  authErrors,
  csvResponse,
  idParam,
  isoTime,
  jsonResponse,
  pageOf,
  pageQuery,
  problemSchema,
} from "../../http/schemas.js";
import { changePayoutsInBulk } from "./change-payouts-in-bulk.js";
import { exportPayoutsCsv } from "./export-payouts-csv.js";
import { changePayoutStatus, getPayoutLedger } from "./payout-ledger.js";

const entrySchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    creatorId: z.string(),
    contractId: z.string(),
    kind: z.enum(["fee", "commission", "bonus", "clawback"]),
    description: z.string(),
    amount: z.number().int().meta({ description: "Minor units; negative for a clawback" }),
    currency: z.string(),
    status: z.enum(["pending", "approved", "paid", "void"]),
    payableFrom: isoTime,
    locked: z.boolean(),
    approvedBy: z.string().nullable(),
    approvedAt: isoTime.nullable(),
    paidAt: isoTime.nullable(),
  })
  .meta({ id: "PayoutEntry" });

const ledgerSchema = pageOf(entrySchema).extend({
  balances: z.array(
    z.object({ creatorId: z.string(), pending: z.number(), approved: z.number(), paid: z.number() }),
  ),
});

export const payoutRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database }) => {
  const { db } = database;

  app.get(
    "/campaigns/:campaignId/payouts",
    {
      schema: {
        operationId: "listPayouts",
        tags: ["Payouts"],
        summary:
          "The payout ledger by payable date: fees on their schedule, commissions after the refund lock, bonuses, clawbacks; balances over all of it",
        params: idParam("campaignId"),
        querystring: z.strictObject({ ...pageQuery, creatorId: z.string().max(100).optional() }),
        response: { 200: jsonResponse("The payout ledger", ledgerSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const { creatorId, ...page } = request.query;
      return getPayoutLedger(db, auth.organisationId, request.params.campaignId, { creatorId, page });
    },
  );

  app.get(
    "/campaigns/:campaignId/payouts.csv",
    {
      schema: {
        operationId: "downloadPayoutsCsv",
        tags: ["Payouts"],
        summary: "The payout ledger as CSV (spreadsheet-safe)",
        params: idParam("campaignId"),
        response: { 200: csvResponse("The payout ledger's entries, one CSV line each"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "viewer");
      const csv = await exportPayoutsCsv(db, auth.organisationId, request.params.campaignId);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="payouts-${request.params.campaignId}.csv"`)
        .send(csv);
    },
  );

  app.post(
    "/campaigns/:campaignId/payouts/bulk",
    {
      schema: {
        operationId: "changePayoutsInBulk",
        security: sessionOnly,
        tags: ["Payouts"],
        summary:
          "Approve every payable pending entry, or mark every approved entry paid, for the campaign or one creator (admin; all or none)",
        params: idParam("campaignId"),
        body: z.strictObject({
          action: z.enum(["approve", "pay"]).meta({
            description: "approve: pending entries already payable; pay: approved entries",
          }),
          creatorId: z
            .string()
            .min(1)
            .max(100)
            .optional()
            .meta({ description: "Only this creator's entries; default: every creator in the campaign" }),
        }),
        response: {
          200: jsonResponse(
            "How many entries changed and their total per currency",
            z.object({
              changed: z.number().int(),
              totals: z.array(z.object({ currency: z.string(), amount: z.number().int() })),
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return changePayoutsInBulk(db, auth, request.params.campaignId, request.body);
    },
  );

  for (const action of ["approve", "pay", "void"] as const) {
    app.post(
      `/payouts/:entryId/${action}`,
      {
        schema: {
          operationId: `${action}Payout`,
          security: sessionOnly,
          tags: ["Payouts"],
          summary: {
            approve: "Approve a payable entry (admin)",
            pay: "Mark an approved entry paid (admin)",
            void: "Void an unpaid entry (admin)",
          }[action],
          params: idParam("entryId"),
          response: {
            200: jsonResponse(
              { approve: "The approved entry", pay: "The paid entry", void: "The voided entry" }[action],
              entrySchema,
            ),
            ...authErrors,
            409: problemSchema,
          },
        },
      },
      async (request) => {
        const auth = await requireOrg(request, database, "admin");
        return db
          .transaction()
          .execute((trx) => changePayoutStatus(trx, auth, request.params.entryId, action));
      },
    );
  }
};
