import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../http/errors.js";
import { findUsersByIds } from "../accounts/users.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { Role } from "./schema.js";

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface MemberContext {
  organisationId: string;
  actor: Actor;
  actorRole: Role;
}

/** People in the organisation, longest-standing first; one page, or all of them without one. */
export async function listMembers(
  db: Kysely<Database>,
  organisationId: string,
  page?: PageRequest,
): Promise<Page<MemberView>> {
  const { items: memberships, nextCursor } = await keysetPage(
    db.selectFrom("memberships").selectAll().where("organisation_id", "=", organisationId),
    [
      { by: "created_at", direction: "asc", value: (m) => m.created_at },
      { by: "user_id", direction: "asc", value: (m) => m.user_id },
    ],
    page,
  );
  const users = await findUsersByIds(
    db,
    memberships.map((m) => m.user_id),
  );
  const items = memberships.flatMap((m) => {
    const user = users.get(m.user_id);
    return user
      ? [{ userId: m.user_id, name: user.name, email: user.email, role: m.role, joinedAt: m.created_at }]
      : [];
  });
  return { items, nextCursor };
}

async function membershipOf(db: Kysely<Database>, organisationId: string, userId: string) {
  const row = await db
    .selectFrom("memberships")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) throw notFound("Member");
  return row;
}

async function assertAnotherOwner(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<void> {
  const other = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "owner")
    .where("user_id", "!=", userId)
    .executeTakeFirst();
  if (!other)
    throw new AppError(
      "conflict",
      "An organisation needs at least one owner; make someone else owner first.",
    );
}

/** Only an owner may grant or take away the owner role. Run inside a transaction. */
export async function changeMemberRole(
  db: Kysely<Database>,
  ctx: MemberContext,
  userId: string,
  role: Role,
): Promise<void> {
  const membership = await membershipOf(db, ctx.organisationId, userId);
  if (membership.role === role) return;
  if ((role === "owner" || membership.role === "owner") && ctx.actorRole !== "owner")
    throw new AppError("forbidden", "Only an owner can grant or remove the owner role.");
  if (membership.role === "owner") await assertAnotherOwner(db, ctx.organisationId, userId);
  await db
    .updateTable("memberships")
    .set({ role })
    .where("organisation_id", "=", ctx.organisationId)
    .where("user_id", "=", userId)
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "member.role_changed",
    targetType: "user",
    targetId: userId,
    details: { from: membership.role, to: role },
  });
}

export async function removeMember(db: Kysely<Database>, ctx: MemberContext, userId: string): Promise<void> {
  const membership = await membershipOf(db, ctx.organisationId, userId);
  if (membership.role === "owner") {
    if (ctx.actorRole !== "owner") throw new AppError("forbidden", "Only an owner can remove an owner.");
    await assertAnotherOwner(db, ctx.organisationId, userId);
  }
  await db
    .deleteFrom("memberships")
    .where("organisation_id", "=", ctx.organisationId)
    .where("user_id", "=", userId)
    .execute();
  await recordAuditEvent(db, {
    organisationId: ctx.organisationId,
    actor: ctx.actor,
    action: "member.removed",
    targetType: "user",
    targetId: userId,
    details: { role: membership.role },
  });
}

export async function addMember(
  db: Kysely<Database>,
  input: { organisationId: string; userId: string; role: Role; actor: Actor; createdAt: string },
): Promise<void> {
  const existing = await db
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", input.organisationId)
    .where("user_id", "=", input.userId)
    .executeTakeFirst();
  if (existing) return;
  await db
    .insertInto("memberships")
    .values({
      organisation_id: input.organisationId,
      user_id: input.userId,
      role: input.role,
      created_at: input.createdAt,
    })
    .execute();
  await recordAuditEvent(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: "member.added",
    targetType: "user",
    targetId: input.userId,
    details: { role: input.role },
  });
}
