import type { Kysely } from "kysely";
import { isUniqueViolation } from "../../db/database.js";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField, notFound } from "../../http/errors.js";
import { randomToken } from "../../security/tokens.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { OrganisationKind, Role } from "./schema.js";
import { slugify, slugPattern } from "./slug.js";

export interface OrganisationView {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  createdAt: string;
}

export interface UserOrganisation {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  role: Role;
}

async function slugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  const row = await db.selectFrom("organisations").select("id").where("slug", "=", slug).executeTakeFirst();
  return row !== undefined;
}

async function freeSlugFor(db: Kysely<Database>, name: string): Promise<string> {
  const base = slugify(name);
  if (!(await slugTaken(db, base))) return base;
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${base}-${randomToken(3)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")}`;
    if (slugPattern.test(candidate) && !(await slugTaken(db, candidate))) return candidate;
  }
  throw new AppError("conflict", "Could not find a free slug for this organisation; choose one.");
}

/** Creates an organisation with its first owner (when given). Run inside a transaction. */
export async function createOrganisation(
  db: Kysely<Database>,
  input: { name: string; kind: OrganisationKind; slug?: string; ownerUserId?: string; actor: Actor },
): Promise<OrganisationView> {
  const name = input.name.trim();
  if (!name) throw invalidField("name", "must not be empty");
  if (input.slug !== undefined && !slugPattern.test(input.slug))
    throw invalidField("slug", "use lower-case letters, digits and hyphens (1–63 characters)");
  const slug = input.slug ?? (await freeSlugFor(db, name));
  const organisation: OrganisationView = { id: newId(), name, slug, kind: input.kind, createdAt: nowIso() };
  try {
    await db
      .insertInto("organisations")
      .values({ id: organisation.id, name, slug, kind: input.kind, created_at: organisation.createdAt })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", `The slug "${slug}" is taken.`, {
        errors: [{ field: "slug", message: "is taken" }],
      });
    throw error;
  }
  if (input.ownerUserId) {
    await db
      .insertInto("memberships")
      .values({
        organisation_id: organisation.id,
        user_id: input.ownerUserId,
        role: "owner",
        created_at: organisation.createdAt,
      })
      .execute();
  }
  await recordAuditEvent(db, {
    organisationId: organisation.id,
    actor: input.actor,
    action: "organisation.created",
    targetType: "organisation",
    targetId: organisation.id,
    details: { name, slug, kind: input.kind },
  });
  return organisation;
}

export async function getOrganisation(
  db: Kysely<Database>,
  organisationId: string,
): Promise<OrganisationView> {
  const row = await db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!row) throw notFound("Organisation");
  return { id: row.id, name: row.name, slug: row.slug, kind: row.kind, createdAt: row.created_at };
}

export async function findOrganisationBySlug(db: Kysely<Database>, slug: string): Promise<OrganisationView> {
  const row = await db.selectFrom("organisations").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!row)
    throw new AppError("not_found", `No organisation with slug "${slug}".`, {
      errors: [{ field: "org", message: "unknown organisation" }],
    });
  return { id: row.id, name: row.name, slug: row.slug, kind: row.kind, createdAt: row.created_at };
}

export async function listUserOrganisations(
  db: Kysely<Database>,
  userId: string,
): Promise<UserOrganisation[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select([
      "organisations.id",
      "organisations.name",
      "organisations.slug",
      "organisations.kind",
      "memberships.role",
    ])
    .where("memberships.user_id", "=", userId)
    .orderBy("memberships.created_at")
    .orderBy("organisations.name")
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, slug: row.slug, kind: row.kind, role: row.role }));
}

export async function findMembershipRole(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<Role | null> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role ?? null;
}
