import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AmplioDatabase } from "../db/database.js";
import { deviceCookieName } from "../modules/accounts/known-devices.js";
import { activeRole, type ResolvedSession, resolveSession } from "../modules/accounts/sessions.js";
import { authenticateApiKey } from "../modules/api-keys/api-keys.js";
import type { Actor } from "../modules/audit/actor.js";
import { roleAtLeast } from "../modules/organisations/roles.js";
import type { Role } from "../modules/organisations/schema.js";
import { constantTimeEqual } from "../security/tokens.js";
import { AppError } from "./errors.js";

export const sessionCookieName = "amplio_session";
export const csrfHeaderName = "x-csrf-token";

/** Who is calling and in which organisation; every /api/v1 query is scoped by `organisationId`. */
export interface OrgAuth {
  organisationId: string;
  role: Role;
  actor: Actor;
  via: "session" | "api_key";
  userId: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    session: ResolvedSession | null;
    orgAuth: OrgAuth | null;
  }
}

// API keys act as members: they read and write campaign data but do not manage people or other keys.
const apiKeyRole: Role = "member";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    path: "/",
    expires: expiresAt,
  });
}

/** The browser's device token (known-devices.ts): kept a year, never readable by scripts. */
export function setDeviceCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
): void {
  reply.setCookie(deviceCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    path: "/api/auth/",
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: "/" });
}

export function registerAuthentication(app: FastifyInstance, database: AmplioDatabase): void {
  app.decorateRequest("session", null);
  app.decorateRequest("orgAuth", null);

  app.addHook("onRequest", (request, _reply, done) => {
    // Only the API authenticates; public paths (the redirect above all) skip this without a promise.
    if (!request.url.startsWith("/api/")) return done();
    authenticate(request).then(() => done(), done);
  });

  async function authenticate(request: FastifyRequest): Promise<void> {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith("Bearer ")) {
      const key = await authenticateApiKey(database.db, authorization.slice("Bearer ".length).trim());
      if (!key) throw new AppError("unauthorized", "The API key is unknown or revoked.");
      request.orgAuth = {
        organisationId: key.organisationId,
        role: apiKeyRole,
        actor: { type: "api_key", id: key.apiKeyId, label: `API key "${key.name}"` },
        via: "api_key",
        userId: null,
      };
      return;
    }
    const token = request.cookies[sessionCookieName];
    if (!token) return;
    request.session = await resolveSession(database.db, token);
  }
}

/** Cookie-authenticated writes must echo the session's CSRF token; SameSite=Lax alone leaves same-site subdomains open. */
export function assertCsrf(request: FastifyRequest, session: ResolvedSession): void {
  if (safeMethods.has(request.method)) return;
  const sent = request.headers[csrfHeaderName];
  if (typeof sent !== "string" || !constantTimeEqual(sent, session.csrfToken))
    throw new AppError(
      "forbidden",
      `Missing or wrong ${csrfHeaderName} header for a cookie-authenticated request.`,
    );
}

export function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw new AppError("unauthorized", "Sign in first.");
  assertCsrf(request, request.session);
  return request.session;
}

/** Resolves the caller's organisation and checks the role; API keys and sessions alike. */
export async function requireOrg(
  request: FastifyRequest,
  database: AmplioDatabase,
  minimum: Role,
): Promise<OrgAuth> {
  if (!request.orgAuth) {
    const session = requireSession(request);
    const active = await activeRole(database.db, session);
    if (!active) throw new AppError("forbidden", "You do not belong to any organisation yet.");
    request.orgAuth = {
      organisationId: active.organisationId,
      role: active.role,
      actor: { type: "user", id: session.user.id, label: session.user.name },
      via: "session",
      userId: session.user.id,
    };
  }
  if (!roleAtLeast(request.orgAuth.role, minimum))
    throw new AppError(
      "forbidden",
      `This needs the ${minimum} role or higher; you have ${request.orgAuth.role}.`,
    );
  return request.orgAuth;
}
