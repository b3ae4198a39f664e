import type { Kysely } from "kysely";
import type { AmplioConfig } from "../../config.js";
import type { Database } from "../../db/schema.js";
import { type SharedItem, sharedItems } from "./platform.js";
import { platformClient } from "./platforms.js";
import { type ConnectionPlatform, type ConnectionStatus, connectionPlatforms } from "./schema.js";

export interface ConnectionView {
  platform: ConnectionPlatform;
  label: string;
  /** The brand has set up this platform's app, so the creator can connect it. */
  available: boolean;
  connected: boolean;
  handle: string | null;
  status: ConnectionStatus | null;
  statusDetail: string | null;
  connectedAt: string | null;
  lastSyncedAt: string | null;
  /** Exactly what connecting shares with the brand. */
  shares: Array<{ item: SharedItem; label: string }>;
}

/** One creator's connections, one entry per platform, connected or not. */
export async function listConnections(
  db: Kysely<Database>,
  config: Pick<AmplioConfig, "oauthBaseUrls">,
  creator: { organisationId: string; creatorId: string },
): Promise<ConnectionView[]> {
  const [rows, clients] = await Promise.all([
    db
      .selectFrom("creator_connections")
      .select(["platform", "handle", "status", "status_detail", "connected_at", "last_synced_at"])
      .where("organisation_id", "=", creator.organisationId)
      .where("creator_id", "=", creator.creatorId)
      .execute(),
    db
      .selectFrom("creator_connection_clients")
      .select("platform")
      .where("organisation_id", "=", creator.organisationId)
      .execute(),
  ]);
  return connectionPlatforms.map((platform) => {
    const row = rows.find((r) => r.platform === platform);
    const api = platformClient(config, platform);
    return {
      platform,
      label: api.label,
      available: clients.some((c) => c.platform === platform),
      connected: Boolean(row),
      handle: row?.handle ?? null,
      status: row?.status ?? null,
      statusDetail: row?.status_detail ?? null,
      connectedAt: row?.connected_at ?? null,
      lastSyncedAt: row?.last_synced_at ?? null,
      shares: api.shares.map((item) => ({ item, label: sharedItems[item] })),
    };
  });
}
