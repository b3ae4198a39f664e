import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg, requireSession } from "../../http/auth.js";
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
import { switchOrganisation } from "../accounts/sessions.js";
import { creatorOverview } from "../creators/creator-overview.js";
import { createInvite, listInvites, revokeInvite } from "./invites.js";
import { changeMemberRole, listMembers, removeMember } from "./members.js";
import { createOrganisation, getOrganisation } from "./organisations.js";
import {
  changeRoleBody,
  createdInviteSchema,
  createInviteBody,
  createOrganisationBody,
  inviteSchema,
  memberSchema,
  organisationSchema,
  overviewSchema,
} from "./routes.types.js";

export const organisationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  const { db } = database;

  app.get(
    "/organisation",
    {
      schema: {
        operationId: "getOrganisation",
        tags: ["Organisations"],
        summary: "The organisation the caller acts in",
        response: {
          200: jsonResponse("The organisation the caller acts in", organisationSchema),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return getOrganisation(db, auth.organisationId);
    },
  );

  app.post(
    "/organisations",
    {
      schema: {
        operationId: "createOrganisation",
        tags: ["Organisations"],
        security: sessionOnly,
        summary: "Create another organisation (an agency's client brand, say) owned by the signed-in user",
        body: createOrganisationBody,
        response: {
          201: jsonResponse("The new organisation, owned by the signed-in user", organisationSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const organisation = await db.transaction().execute((trx) =>
        createOrganisation(trx, {
          ...request.body,
          ownerUserId: session.user.id,
          actor: { type: "user", id: session.user.id, label: session.user.name },
        }),
      );
      await switchOrganisation(db, session, organisation.id);
      return reply.status(201).send(organisation);
    },
  );

  app.get(
    "/overview",
    {
      schema: {
        operationId: "getOverview",
        tags: ["Organisations"],
        summary: "Headline counts for the workspace",
        response: { 200: jsonResponse("Headline counts for the workspace", overviewSchema), ...authErrors },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      const [creators, members] = await Promise.all([
        creatorOverview(db, auth.organisationId),
        listMembers(db, auth.organisationId),
      ]);
      return { ...creators, members: members.items.length };
    },
  );

  app.get(
    "/members",
    {
      schema: {
        operationId: "listMembers",
        tags: ["Members"],
        summary: "People in the organisation, longest-standing first",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The organisation's members and their roles", pageOf(memberSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "viewer");
      return listMembers(db, auth.organisationId, request.query);
    },
  );

  app.patch(
    "/members/:userId",
    {
      schema: {
        operationId: "updateMember",
        security: sessionOnly,
        tags: ["Members"],
        summary: "Change a member's role (admin; owner for the owner role)",
        params: idParam("userId"),
        body: changeRoleBody,
        response: {
          200: jsonResponse("The member with their new role", memberSchema),
          ...authErrors,
          409: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      const ctx = { organisationId: auth.organisationId, actor: auth.actor, actorRole: auth.role };
      await db
        .transaction()
        .execute((trx) => changeMemberRole(trx, ctx, request.params.userId, request.body.role));
      const { items: members } = await listMembers(db, auth.organisationId);
      const member = members.find((m) => m.userId === request.params.userId);
      if (!member) throw new Error("member vanished after a role change");
      return member;
    },
  );

  app.delete(
    "/members/:userId",
    {
      schema: {
        operationId: "removeMember",
        security: sessionOnly,
        tags: ["Members"],
        summary: "Remove a member (admin)",
        params: idParam("userId"),
        response: { 204: noContent("The member is removed"), ...authErrors, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      const ctx = { organisationId: auth.organisationId, actor: auth.actor, actorRole: auth.role };
      await db.transaction().execute((trx) => removeMember(trx, ctx, request.params.userId));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/invites",
    {
      schema: {
        operationId: "listInvites",
        security: sessionOnly,
        tags: ["Members"],
        summary: "Invitations sent, newest first",
        querystring: z.strictObject(pageQuery),
        response: {
          200: jsonResponse("The invitations sent", pageOf(inviteSchema)),
          ...authErrors,
        },
      },
    },
    async (request) => {
      const auth = await requireOrg(request, database, "admin");
      return listInvites(db, auth.organisationId, request.query);
    },
  );

  app.post(
    "/invites",
    {
      schema: {
        operationId: "createInvite",
        security: sessionOnly,
        tags: ["Members"],
        summary: "Invite someone by link (admin); the link is valid for 7 days and works once",
        body: createInviteBody,
        response: {
          201: jsonResponse("The invitation and its one-time link", createdInviteSchema),
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      const invite = await db.transaction().execute((trx) =>
        createInvite(trx, {
          organisationId: auth.organisationId,
          email: request.body.email,
          role: request.body.role,
          actor: auth.actor,
          actorRole: auth.role,
          invitedBy: auth.userId,
        }),
      );
      const url = new URL(`/invite/${invite.token}`, config.publicUrl).toString();
      return reply
        .status(201)
        .send({ id: invite.id, email: invite.email, role: invite.role, expiresAt: invite.expiresAt, url });
    },
  );

  app.delete(
    "/invites/:inviteId",
    {
      schema: {
        operationId: "revokeInvite",
        security: sessionOnly,
        tags: ["Members"],
        summary: "Revoke a pending invitation (admin)",
        params: idParam("inviteId"),
        response: { 204: noContent("The invitation is revoked"), ...authErrors },
      },
    },
    async (request, reply) => {
      const auth = await requireOrg(request, database, "admin");
      await db
        .transaction()
        .execute((trx) => revokeInvite(trx, auth.organisationId, request.params.inviteId, auth.actor));
      return reply.status(204).send(null);
    },
  );
};
