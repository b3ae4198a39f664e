import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import { hashToken, randomToken } from "../../security/tokens.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { addMember } from "./members.js";
import { roleAtLeast } from "./roles.js";
import type { InvitesTable, Role } from "./schema.js";

const inviteLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export type InviteStatus = "pending" | "accepted" | "revoked" | "expired";

export interface InviteView {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  status: InviteStatus;
}

function statusOf(row: InvitesTable, now: string): InviteStatus {
  if (row.accepted_at) return "accepted";
  if (row.revoked_at) return "revoked";
  return row.expires_at <= now ? "expired" : "pending";
}

function toView(row: InvitesTable, now: string): InviteView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status: statusOf(row, now),
  };
}

/** Returns the invite with its one-time token; only its hash is stored. */
export async function createInvite(
  db: Kysely<Database>,
  input: {
    organisationId: string;
    email: string;
    role: Role;
    actor: Actor;
    actorRole: Role;
    invitedBy: string | null;
  },
): Promise<InviteView & { token: string }> {
  if (input.role === "owner" && input.actorRole !== "owner")
    throw new AppError("forbidden", "Only an owner can invite another owner.", {
      errors: [{ field: "role", message: "only an owner can invite an owner" }],
    });
  const token = randomToken();
  const now = new Date();
  const row: InvitesTable = {
    id: newId(),
    organisation_id: input.organisationId,
    email: input.email.trim().toLowerCase(),
    role: input.role,
    token_hash: hashToken(token),
    invited_by: input.invitedBy,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + inviteLifetimeMs).toISOString(),
    accepted_at: null,
    revoked_at: null,
  };
  await db.insertInto("invites").values(row).execute();
  await recordAuditEvent(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: "invite.created",
    targetType: "invite",
    targetId: row.id,
    details: { email: row.email, role: row.role },
  });
  return { ...toView(row, row.created_at), token };
}

/** Invitations sent, newest first. */
export async function listInvites(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<InviteView>> {
  const rows = await keysetPage(
    db.selectFrom("invites").selectAll().where("organisation_id", "=", organisationId),
    newestFirst(),
    page,
  );
  const now = nowIso();
  return { items: rows.items.map((row) => toView(row, now)), nextCursor: rows.nextCursor };
}

export async function revokeInvite(
  db: Kysely<Database>,
  organisationId: string,
  inviteId: string,
  actor: Actor,
): Promise<void> {
  const result = await db
    .updateTable("invites")
    .set({ revoked_at: nowIso() })
    .where("id", "=", inviteId)
    .where("organisation_id", "=", organisationId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound("Pending invite");
  await recordAuditEvent(db, {
    organisationId,
    actor,
    action: "invite.revoked",
    targetType: "invite",
    targetId: inviteId,
  });
}

async function pendingInviteByToken(db: Kysely<Database>, token: string) {
  const row = await db
    .selectFrom("invites")
    .innerJoin("organisations", "organisations.id", "invites.organisation_id")
    .selectAll("invites")
    .select("organisations.name as organisation_name")
    .where("invites.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || statusOf(row, nowIso()) !== "pending")
    throw new AppError("not_found", "This invitation is invalid, used, revoked or expired.");
  return row;
}

export async function describeInvite(db: Kysely<Database>, token: string) {
  const row = await pendingInviteByToken(db, token);
  return {
    organisationName: row.organisation_name,
    email: row.email,
    role: row.role,
    expiresAt: row.expires_at,
  };
}

/**
 * Single use: marks the invite accepted and adds the membership. Run inside a transaction. Only the invited address
 * may accept, so a forwarded or leaked link does not let someone else in.
 */
export async function acceptInvite(
  db: Kysely<Database>,
  token: string,
  user: { id: string; label: string; email: string },
): Promise<string> {
  const row = await pendingInviteByToken(db, token);
  if (user.email.trim().toLowerCase() !== row.email)
    throw new AppError(
      "forbidden",
      `This invitation is for ${row.email}. Sign in or sign up as ${row.email} to accept it.`,
      { errors: [{ field: "email", message: `the invitation is for ${row.email}` }] },
    );
  const now = nowIso();
  const claimed = await db
    .updateTable("invites")
    .set({ accepted_at: now })
    .where("id", "=", row.id)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) throw new AppError("conflict", "This invitation was just used.");
  const actor: Actor = { type: "user", id: user.id, label: user.label };
  const existing = await db
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", row.organisation_id)
    .where("user_id", "=", user.id)
    .executeTakeFirst();
  if (existing && !roleAtLeast(row.role, existing.role)) return row.organisation_id;
  if (existing) {
    await db
      .updateTable("memberships")
      .set({ role: row.role })
      .where("organisation_id", "=", row.organisation_id)
      .where("user_id", "=", user.id)
      .execute();
  } else {
    await addMember(db, {
      organisationId: row.organisation_id,
      userId: user.id,
      role: row.role,
      actor,
      createdAt: now,
    });
  }
  return row.organisation_id;
}
