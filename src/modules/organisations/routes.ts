import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import { requireOrg, requireSession } from "../../http/auth.js";
import { authErrors, idParam, pageOf, pageQuery, problemSchema } from "../../http/schemas.js";
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
        tags: ["Organisations"],
        summary: "The organisation the caller acts in",
        response: { 200: organisationSchema, ...authErrors },
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
        tags: ["Organisations"],
        summary: "Create another organisation (an agency's client brand, say) owned by the signed-in user",
        body: createOrganisationBody,
        response: { 201: organisationSchema, ...authErrors, 409: problemSchema },
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
        tags: ["Organisations"],
        summary: "Headline counts for the workspace",
        response: { 200: overviewSchema, ...authErrors },
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
        tags: ["Members"],
        summary: "People in the organisation, longest-standing first",
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(memberSchema), ...authErrors },
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
        tags: ["Members"],
        summary: "Change a member's role (admin; owner for the owner role)",
        params: idParam("userId"),
        body: changeRoleBody,
        response: { 200: memberSchema, ...authErrors, 409: problemSchema },
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
        tags: ["Members"],
        summary: "Remove a member (admin)",
        params: idParam("userId"),
        response: { 204: z.null(), ...authErrors, 409: problemSchema },
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
        tags: ["Members"],
        summary: "Invitations sent, newest first",
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(inviteSchema), ...authErrors },
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
        tags: ["Members"],
        summary: "Invite someone by link (admin); the link is valid for 7 days and works once",
        body: createInviteBody,
        response: { 201: createdInviteSchema, ...authErrors },
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
        tags: ["Members"],
        summary: "Revoke a pending invitation (admin)",
        params: idParam("inviteId"),
        response: { 204: z.null(), ...authErrors },
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
