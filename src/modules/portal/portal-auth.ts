import type { FastifyReply, FastifyRequest } from "fastify";
import type { AmplioDatabase } from "../../db/database.js";
import { csrfHeaderName } from "../../http/auth.js";
import { AppError } from "../../http/errors.js";
import { constantTimeEqual } from "../../security/tokens.js";
import type { ReviewActor } from "../review/review-actor.js";
import { type PortalSession, resolvePortalSession } from "./portal-session.js";

export const portalCookieName = "amplio_portal";

export function setPortalCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: string,
) {
  reply.setCookie(portalCookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    // Sent only to the portal's API, never to the brand's.
    path: "/api/portal",
    expires: new Date(expiresAt),
  });
}

export interface PortalAuth extends ReviewActor {
  creatorId: string;
  session: PortalSession;
}

/** The creator behind a portal request; writes must echo the session's CSRF token. */
export async function requirePortal(request: FastifyRequest, database: AmplioDatabase): Promise<PortalAuth> {
  const token = request.cookies[portalCookieName];
  const session = token ? await resolvePortalSession(database.db, token) : null;
  if (!session)
    throw new AppError("unauthorized", "Open the link the brand emailed you to sign in to the portal.");
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    const sent = request.headers[csrfHeaderName];
    if (typeof sent !== "string" || !constantTimeEqual(sent, session.csrfToken))
      throw new AppError("forbidden", `Missing or wrong ${csrfHeaderName} header.`);
  }
  return {
    organisationId: session.organisationId,
    creatorId: session.creatorId,
    author: "creator",
    actor: { type: "system", id: null, label: `${session.creatorName} (creator portal)` },
    session,
  };
}
