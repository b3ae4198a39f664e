import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { hashToken, randomToken } from "../../security/tokens.js";
import {
  findMembershipRole,
  listUserOrganisations,
  type UserOrganisation,
} from "../organisations/organisations.js";
import type { Role } from "../organisations/schema.js";
import type { UserView } from "./users.js";

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;

export interface ResolvedSession {
  sessionId: string;
  user: UserView;
  csrfToken: string;
  activeOrganisationId: string | null;
  expiresAt: string;
}

export interface SessionView {
  user: UserView;
  organisations: UserOrganisation[];
  activeOrganisationId: string | null;
  csrfToken: string;
}

export async function createSession(
  db: Kysely<Database>,
  input: { userId: string; activeOrganisationId: string | null; ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await db
    .insertInto("sessions")
    .values({
      id: newId(),
      token_hash: hashToken(token),
      user_id: input.userId,
      active_organisation_id: input.activeOrganisationId,
      csrf_token: randomToken(),
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 400) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/** The organisation the user last worked in, so a new sign-in lands where they left off. */
export async function lastActiveOrganisation(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("sessions")
    .select("active_organisation_id")
    .where("user_id", "=", userId)
    .where("active_organisation_id", "is not", null)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.active_organisation_id ?? null;
}

export async function resolveSession(db: Kysely<Database>, token: string): Promise<ResolvedSession | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as session_id",
      "sessions.csrf_token",
      "sessions.active_organisation_id",
      "sessions.expires_at",
      "users.id as user_id",
      "users.email",
      "users.name",
    ])
    .where("sessions.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= nowIso()) return null;
  return {
    sessionId: row.session_id,
    user: { id: row.user_id, email: row.email, name: row.name },
    csrfToken: row.csrf_token,
    activeOrganisationId: row.active_organisation_id,
    expiresAt: row.expires_at,
  };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** The organisation a session acts in: the chosen one while the user still belongs to it, else their first. */
export async function sessionView(db: Kysely<Database>, session: ResolvedSession): Promise<SessionView> {
  const organisations = await listUserOrganisations(db, session.user.id);
  const active = organisations.find((o) => o.id === session.activeOrganisationId) ?? organisations[0] ?? null;
  return {
    user: session.user,
    organisations,
    activeOrganisationId: active?.id ?? null,
    csrfToken: session.csrfToken,
  };
}

export async function activeRole(
  db: Kysely<Database>,
  session: ResolvedSession,
): Promise<{ organisationId: string; role: Role } | null> {
  const view = await sessionView(db, session);
  const active = view.organisations.find((o) => o.id === view.activeOrganisationId);
  return active ? { organisationId: active.id, role: active.role } : null;
}

export async function switchOrganisation(
  db: Kysely<Database>,
  session: ResolvedSession,
  organisationId: string,
): Promise<void> {
  const role = await findMembershipRole(db, organisationId, session.user.id);
  if (!role)
    throw new AppError("not_found", "You are not a member of that organisation.", {
      errors: [{ field: "organisationId", message: "not one of your organisations" }],
    });
  await db
    .updateTable("sessions")
    .set({ active_organisation_id: organisationId })
    .where("id", "=", session.sessionId)
    .execute();
  session.activeOrganisationId = organisationId;
}
