import type { Kysely } from "kysely";
import type { AmplioConfig } from "../../config.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { systemActor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { removeVerifiedAudience } from "../creators/record-verified-account.js";
import type { ConnectingCreator } from "./connect.js";
import { findClientCredentials, requireKey } from "./connection-clients.js";
import { platformClient } from "./platforms.js";
import type { ConnectionPlatform } from "./schema.js";
import { tokensOf } from "./sync-connection.js";

/**
 * The creator disconnects: the platform is asked to revoke the grant where it has an endpoint for it, then the
 * tokens are deleted and the verified audience withdrawn. A revoke the platform refuses does not keep the tokens:
 * they are deleted all the same, and the answer says so.
 */
export async function disconnectConnection(
  db: Kysely<Database>,
  config: Pick<AmplioConfig, "encryptionKey" | "oauthBaseUrls">,
  creator: Omit<ConnectingCreator, "sessionId">,
  platform: ConnectionPlatform,
): Promise<{ revokedAtPlatform: boolean }> {
  const key = requireKey(config.encryptionKey);
  const row = await db
    .selectFrom("creator_connections")
    .selectAll()
    .where("organisation_id", "=", creator.organisationId)
    .where("creator_id", "=", creator.creatorId)
    .where("platform", "=", platform)
    .executeTakeFirst();
  if (!row) throw notFound("Connection");
  const api = platformClient(config, platform);
  const client = await findClientCredentials(db, key, creator.organisationId, platform);
  let revokedAtPlatform = false;
  if (api.revoke && client)
    revokedAtPlatform = await api
      .revoke(client, tokensOf(key, row))
      .then(() => true)
      .catch(() => false);
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom("creator_connections").where("id", "=", row.id).execute();
    if (row.account_id) await removeVerifiedAudience(trx, creator.organisationId, row.account_id);
    await recordAuditEvent(trx, {
      organisationId: creator.organisationId,
      actor: systemActor(`${creator.creatorName} (creator portal)`),
      action: "creator_connections.disconnected",
      targetType: "creator",
      targetId: creator.creatorId,
      details: { platform, handle: row.handle, revokedAtPlatform },
    });
  });
  return { revokedAtPlatform };
}
