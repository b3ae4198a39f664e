import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { AmplioConfig } from "../../config.js";
import { newId, nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { open, seal } from "../../security/encryption.js";
import { hashToken } from "../../security/tokens.js";
import { systemActor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { findClientCredentials, requireKey } from "./connection-clients.js";
import { scheduleConnectionSync } from "./connection-jobs.js";
import { platformClient, redirectUri } from "./platforms.js";
import type { ConnectionPlatform, CreatorConnectionsTable } from "./schema.js";
import { sealedTokens, syncConnection } from "./sync-connection.js";

/** How long a creator has to finish signing in at the platform. */
export const stateLifetimeMs = 10 * 60_000;

export interface ConnectingCreator {
  organisationId: string;
  creatorId: string;
  creatorName: string;
  /** The portal session the sign-in is bound to. */
  sessionId: string;
}

type ConnectionConfig = Pick<AmplioConfig, "encryptionKey" | "oauthBaseUrls" | "publicUrl">;

async function clientFor(
  db: Kysely<Database>,
  key: Buffer,
  organisationId: string,
  platform: ConnectionPlatform,
) {
  const client = await findClientCredentials(db, key, organisationId, platform);
  if (!client)
    throw new AppError(
      "conflict",
      `The brand has not set up ${platform} connections yet. Ask them to add it under Settings → Creator connections.`,
    );
  return client;
}

/**
 * Begins a creator's sign-in at the platform: a `state` (random, stored hashed, single use, ten minutes, good only
 * for this portal session) and a PKCE verifier whose S256 challenge goes in the authorize URL. Returns that URL.
 */
export async function startConnection(
  db: Kysely<Database>,
  config: ConnectionConfig,
  creator: ConnectingCreator,
  platform: ConnectionPlatform,
  now = new Date(),
): Promise<string> {
  const key = requireKey(config.encryptionKey);
  const client = await clientFor(db, key, creator.organisationId, platform);
  const state = randomBytes(32).toString("base64url");
  const codeVerifier = randomBytes(32).toString("base64url");
  const codeChallenge = createHash("sha256").update(codeVerifier).digest("base64url");
  // Sign-ins never finished leave their state behind; a day after expiry it is of no use to anyone.
  await db
    .deleteFrom("creator_connection_states")
    .where("expires_at", "<", new Date(now.getTime() - 86_400_000).toISOString())
    .execute();
  await db
    .insertInto("creator_connection_states")
    .values({
      state_hash: hashToken(state),
      organisation_id: creator.organisationId,
      creator_id: creator.creatorId,
      portal_session_id: creator.sessionId,
      platform,
      code_verifier_sealed: seal(key, codeVerifier),
      expires_at: new Date(now.getTime() + stateLifetimeMs).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return platformClient(config, platform).authorizeUrl({
    clientId: client.clientId,
    redirectUri: redirectUri(config, platform),
    state,
    codeChallenge,
  });
}

/**
 * The platform sent the creator back. The state is taken (marked used in the statement that checks it, so it works
 * once) only for the same portal session and platform and before it expires; then the code is exchanged with the
 * PKCE verifier, the tokens sealed and stored, and the account read at once.
 */
export async function completeConnection(
  db: Kysely<Database>,
  config: ConnectionConfig,
  creator: ConnectingCreator,
  platform: ConnectionPlatform,
  input: { code?: string; state?: string; error?: string },
  now = new Date(),
): Promise<CreatorConnectionsTable> {
  const key = requireKey(config.encryptionKey);
  if (!input.state)
    throw new AppError("bad_request", "The platform sent you back without the sign-in's state. Start again.");
  const taken = await db
    .updateTable("creator_connection_states")
    .set({ used_at: now.toISOString() })
    .where("state_hash", "=", hashToken(input.state))
    .where("used_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .where("organisation_id", "=", creator.organisationId)
    .where("creator_id", "=", creator.creatorId)
    .where("portal_session_id", "=", creator.sessionId)
    .where("platform", "=", platform)
    .returning(["code_verifier_sealed"])
    .executeTakeFirst();
  if (!taken)
    throw new AppError(
      "bad_request",
      "This sign-in has expired, was already used, or was started elsewhere. Start again from Connected accounts.",
    );
  if (input.error || !input.code)
    throw new AppError(
      "bad_request",
      input.error === "access_denied"
        ? "You did not allow the connection, so nothing was shared."
        : `The platform did not connect your account${input.error ? ` (${input.error})` : ""}.`,
    );
  const client = await clientFor(db, key, creator.organisationId, platform);
  const platformApi = platformClient(config, platform);
  const tokens = await platformApi.exchangeCode(client, {
    code: input.code,
    redirectUri: redirectUri(config, platform),
    codeVerifier: open(key, taken.code_verifier_sealed),
  });
  const snapshot = await platformApi.read(tokens);
  const connection = await inTransaction(db, async (trx) => {
    const at = now.toISOString();
    const existing = await trx
      .selectFrom("creator_connections")
      .select(["id", "account_id", "external_user_id"])
      .where("organisation_id", "=", creator.organisationId)
      .where("creator_id", "=", creator.creatorId)
      .where("platform", "=", platform)
      .executeTakeFirst();
    const row: CreatorConnectionsTable = {
      id: existing?.id ?? newId(),
      organisation_id: creator.organisationId,
      creator_id: creator.creatorId,
      platform,
      external_user_id: snapshot.externalUserId,
      handle: snapshot.handle,
      // Another account on the platform (the creator switched) is written afresh, not over the last one's figures.
      account_id: existing?.external_user_id === snapshot.externalUserId ? existing.account_id : null,
      ...sealedTokens(key, tokens),
      status: "connected",
      status_detail: null,
      connected_at: at,
      last_synced_at: null,
      next_sync_at: null,
      updated_at: nowIso(),
    };
    if (existing) {
      const { id: _id, ...changes } = row;
      await trx.updateTable("creator_connections").set(changes).where("id", "=", existing.id).execute();
    } else await trx.insertInto("creator_connections").values(row).execute();
    row.next_sync_at = await scheduleConnectionSync(trx, row.id, row.organisation_id, now);
    await recordAuditEvent(trx, {
      organisationId: creator.organisationId,
      actor: systemActor(`${creator.creatorName} (creator portal)`),
      action: "creator_connections.connected",
      targetType: "creator",
      targetId: creator.creatorId,
      details: { platform, handle: snapshot.handle, shares: platformApi.shares },
    });
    return row;
  });
  // The first reading is made now, so the creator and the brand see the verified data at once; a failure shows on
  // the connection and the daily sync tries again.
  await syncConnection(db, key, platformApi, client, connection, now, snapshot).catch(() => undefined);
  return connection;
}
