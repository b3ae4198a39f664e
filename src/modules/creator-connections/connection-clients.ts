import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { open, seal } from "../../security/encryption.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import type { ClientCredentials } from "./platform.js";
import { type ConnectionPlatform, connectionPlatforms } from "./schema.js";

export const missingKeyMessage =
  "AMPLIO_ENCRYPTION_KEY is not set: creator connections keep their tokens and client secrets encrypted with it. Set it to 32 random bytes (for example from “openssl rand -base64 32”) and restart Amplio.";

/** The key that seals tokens and secrets; without it no connection can be set up or used. */
export function requireKey(key: Buffer | null): Buffer {
  if (!key) throw new AppError("conflict", missingKeyMessage);
  return key;
}

export interface ConnectionClientView {
  platform: ConnectionPlatform;
  clientId: string | null;
  /** Whether a client secret is stored; the secret itself is never returned. */
  clientSecretSet: boolean;
  updatedAt: string | null;
}

export async function listConnectionClients(
  db: Kysely<Database>,
  organisationId: string,
): Promise<ConnectionClientView[]> {
  const rows = await db
    .selectFrom("creator_connection_clients")
    .select(["platform", "client_id", "updated_at"])
    .where("organisation_id", "=", organisationId)
    .execute();
  return connectionPlatforms.map((platform) => {
    const row = rows.find((r) => r.platform === platform);
    return {
      platform,
      clientId: row?.client_id ?? null,
      clientSecretSet: Boolean(row),
      updatedAt: row?.updated_at ?? null,
    };
  });
}

/** The brand's client on a platform, secret opened; null when the brand has not set one up. */
export async function findClientCredentials(
  db: Kysely<Database>,
  key: Buffer,
  organisationId: string,
  platform: ConnectionPlatform,
): Promise<ClientCredentials | null> {
  const row = await db
    .selectFrom("creator_connection_clients")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .executeTakeFirst();
  return row ? { clientId: row.client_id, clientSecret: open(key, row.client_secret_sealed) } : null;
}

/** Whether any organisation has a connection client: then the server cannot start without the key. */
export async function anyConnectionClient(db: Kysely<Database>): Promise<boolean> {
  return (
    (await db.selectFrom("creator_connection_clients").select("platform").limit(1).executeTakeFirst()) !==
    undefined
  );
}

/**
 * Saves the brand's client id and secret for a platform. The secret is sealed; leaving it out keeps the stored one,
 * and a first save needs one.
 */
export async function saveConnectionClient(
  db: Kysely<Database>,
  key: Buffer | null,
  ctx: { organisationId: string; actor: Actor },
  platform: ConnectionPlatform,
  input: { clientId: string; clientSecret?: string },
): Promise<ConnectionClientView> {
  const sealKey = requireKey(key);
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom("creator_connection_clients")
      .select("client_secret_sealed")
      .where("organisation_id", "=", ctx.organisationId)
      .where("platform", "=", platform)
      .executeTakeFirst();
    if (!existing && !input.clientSecret)
      throw new AppError("validation", "clientSecret: is needed the first time", {
        errors: [{ field: "clientSecret", message: "is needed the first time" }],
      });
    const updatedAt = nowIso();
    const sealed = input.clientSecret ? seal(sealKey, input.clientSecret) : existing?.client_secret_sealed;
    await trx
      .insertInto("creator_connection_clients")
      .values({
        organisation_id: ctx.organisationId,
        platform,
        client_id: input.clientId,
        client_secret_sealed: sealed as string,
        updated_at: updatedAt,
      })
      .onConflict((oc) =>
        oc.columns(["organisation_id", "platform"]).doUpdateSet({
          client_id: input.clientId,
          client_secret_sealed: sealed as string,
          updated_at: updatedAt,
        }),
      )
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "creator_connections.client_saved",
      targetType: "connector",
      targetId: platform,
      details: { clientId: input.clientId, secretChanged: Boolean(input.clientSecret) },
    });
    return { platform, clientId: input.clientId, clientSecretSet: true, updatedAt };
  });
}

/** Removes the brand's client; creators can no longer connect that platform (existing connections stop syncing). */
export async function deleteConnectionClient(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  platform: ConnectionPlatform,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .deleteFrom("creator_connection_clients")
      .where("organisation_id", "=", ctx.organisationId)
      .where("platform", "=", platform)
      .execute();
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "creator_connections.client_removed",
      targetType: "connector",
      targetId: platform,
    });
  });
}
