import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../app-context.js";
import { clearSessionCookie, requireSession, setDeviceCookie, setSessionCookie } from "../../http/auth.js";
import { AppError } from "../../http/errors.js";
import { jsonResponse, noContent, problemSchema } from "../../http/schemas.js";
import { acceptInvite, describeInvite } from "../organisations/invites.js";
import { deviceCookieName, deviceLifetimeMs, rememberDevice } from "./known-devices.js";
import {
  activeOrganisationBody,
  inviteDescriptionSchema,
  inviteTokenParams,
  sessionViewSchema,
  signInBody,
  signUpBody,
} from "./routes.types.js";
import {
  createSession,
  deleteSession,
  lastActiveOrganisation,
  resolveSession,
  sessionView,
  switchOrganisation,
} from "./sessions.js";
import { signIn } from "./sign-in.js";
import { signUp } from "./sign-up.js";

const tags = ["Session"];

export const accountRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { database, config }) => {
  const { db } = database;

  async function startSession(
    request: Parameters<typeof setSessionCookie>[0],
    reply: Parameters<typeof setSessionCookie>[1],
    userId: string,
    organisationId: string | null,
  ) {
    const { token, expiresAt } = await createSession(db, {
      userId,
      activeOrganisationId: organisationId,
      ip: request.ip,
      userAgent: request.headers["user-agent"] ?? null,
    });
    setSessionCookie(request, reply, token, expiresAt);
    const deviceToken = await rememberDevice(db, userId, request.cookies[deviceCookieName]);
    setDeviceCookie(request, reply, deviceToken, deviceLifetimeMs);
    const session = await resolveSession(db, token);
    if (!session) throw new Error("a session just created could not be read back");
    return sessionView(db, session);
  }

  app.get(
    "/session",
    {
      schema: {
        operationId: "getSession",
        tags,
        summary: "The signed-in user, their organisations and the CSRF token",
        response: {
          200: jsonResponse("The signed-in user, their organisations and the CSRF token", sessionViewSchema),
          401: problemSchema,
        },
      },
    },
    async (request) => {
      if (!request.session) throw new AppError("unauthorized", "Not signed in.");
      return sessionView(db, request.session);
    },
  );

  app.post(
    "/sign-up",
    {
      schema: {
        operationId: "signUp",
        tags,
        security: [],
        summary: "Create an account (and an organisation, or join one through an invite)",
        body: signUpBody,
        response: {
          201: jsonResponse(
            "The new session: user, organisations and CSRF token (the session cookie is set)",
            sessionViewSchema,
          ),
          400: problemSchema,
          403: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { user, organisationId } = await db.transaction().execute((trx) => signUp(trx, request.body));
      reply.status(201);
      return startSession(request, reply, user.id, organisationId);
    },
  );

  app.post(
    "/sign-in",
    {
      schema: {
        operationId: "signIn",
        tags,
        security: [],
        summary: "Sign in with email and password (rate-limited)",
        body: signInBody,
        response: {
          200: jsonResponse(
            "The new session: user, organisations and CSRF token (the session cookie is set)",
            sessionViewSchema,
          ),
          401: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const user = await signIn(
        db,
        { ...request.body, ip: request.ip, deviceToken: request.cookies[deviceCookieName] },
        {
          maxAttempts: config.loginMaxAttempts,
          windowSeconds: config.loginWindowSeconds,
        },
      );
      return startSession(request, reply, user.id, await lastActiveOrganisation(db, user.id));
    },
  );

  app.post(
    "/sign-out",
    {
      schema: {
        operationId: "signOut",
        tags,
        summary: "End this session",
        response: {
          204: noContent("Signed out: the session is ended and its cookie cleared"),
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await deleteSession(db, session.sessionId);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/active-organisation",
    {
      schema: {
        operationId: "switchOrganisation",
        tags,
        summary: "Switch the organisation this session acts in",
        body: activeOrganisationBody,
        response: {
          200: jsonResponse("The session, now acting in the chosen organisation", sessionViewSchema),
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const session = requireSession(request);
      await switchOrganisation(db, session, request.body.organisationId);
      return sessionView(db, session);
    },
  );

  app.get(
    "/invites/:token",
    {
      schema: {
        operationId: "getInvite",
        tags,
        security: [],
        summary: "What an invitation is for",
        params: inviteTokenParams,
        response: {
          200: jsonResponse("The organisation and role the invitation is for", inviteDescriptionSchema),
          404: problemSchema,
        },
      },
    },
    async (request) => describeInvite(db, request.params.token),
  );

  app.post(
    "/invites/:token/accept",
    {
      schema: {
        operationId: "acceptInvite",
        tags,
        summary: "Accept an invitation as the signed-in user",
        params: inviteTokenParams,
        response: {
          200: jsonResponse("The session, now a member of the inviting organisation", sessionViewSchema),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const organisationId = await db.transaction().execute((trx) =>
        acceptInvite(trx, request.params.token, {
          id: session.user.id,
          label: session.user.name,
          email: session.user.email,
        }),
      );
      await switchOrganisation(db, session, organisationId);
      return sessionView(db, session);
    },
  );
};
