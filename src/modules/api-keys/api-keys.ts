import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { invalidField, notFound } from "../../http/errors.js";
import { hashToken, randomToken } from "../../security/tokens.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";

const keyPrefix = "amp_";
/** last_used_at is written at most this often per key, so authenticated reads do not each cost a write. */
const lastUsedResolutionMs = 60_000;

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuthenticatedApiKey {
  apiKeyId: string;
  organisationId: string;
  name: string;
}

export async function createApiKey(
  db: Kysely<Database>,
  input: { organisationId: string; name: string; actor: Actor; createdBy: string | null },
): Promise<ApiKeyView & { key: string }> {
  const name = input.name.trim();
  if (!name) throw invalidField("name", "must not be empty");
  const key = `${keyPrefix}${randomToken()}`;
  const view: ApiKeyView = {
    id: newId(),
    name,
    prefix: key.slice(0, keyPrefix.length + 6),
    createdAt: nowIso(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await db
    .insertInto("api_keys")
    .values({
      id: view.id,
      organisation_id: input.organisationId,
      name,
      prefix: view.prefix,
      key_hash: hashToken(key),
      created_by: input.createdBy,
      created_at: view.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  await recordAuditEvent(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: "api_key.created",
    targetType: "api_key",
    targetId: view.id,
    details: { name, prefix: view.prefix },
  });
  return { ...view, key };
}

/** The organisation's keys, revoked ones too, newest first. */
export async function listApiKeys(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<ApiKeyView>> {
  const rows = await keysetPage(
    db.selectFrom("api_keys").selectAll().where("organisation_id", "=", organisationId),
    newestFirst(),
    page,
  );
  return {
    items: rows.items.map((row) => ({
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      revokedAt: row.revoked_at,
    })),
    nextCursor: rows.nextCursor,
  };
}

export async function revokeApiKey(
  db: Kysely<Database>,
  organisationId: string,
  apiKeyId: string,
  actor: Actor,
): Promise<void> {
  const result = await db
    .updateTable("api_keys")
    .set({ revoked_at: nowIso() })
    .where("id", "=", apiKeyId)
    .where("organisation_id", "=", organisationId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound("Active API key");
  await recordAuditEvent(db, {
    organisationId,
    actor,
    action: "api_key.revoked",
    targetType: "api_key",
    targetId: apiKeyId,
  });
}

export async function authenticateApiKey(
  db: Kysely<Database>,
  key: string,
): Promise<AuthenticatedApiKey | null> {
  if (!key.startsWith(keyPrefix)) return null;
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "organisation_id", "name", "last_used_at"])
    .where("key_hash", "=", hashToken(key))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  const now = new Date();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > lastUsedResolutionMs) {
    await db
      .updateTable("api_keys")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  }
  return { apiKeyId: row.id, organisationId: row.organisation_id, name: row.name };
}
