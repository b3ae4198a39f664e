export const connectionPlatforms = ["instagram", "youtube", "tiktok"] as const;
export type ConnectionPlatform = (typeof connectionPlatforms)[number];

/** The brand's OAuth app on a platform, which creators sign in through. */
export interface CreatorConnectionClientsTable {
  organisation_id: string;
  platform: ConnectionPlatform;
  client_id: string;
  /** Sealed with AMPLIO_ENCRYPTION_KEY (src/security/encryption.ts); never returned. */
  client_secret_sealed: string;
  updated_at: string;
}

export type ConnectionStatus = "connected" | "error";

/** A creator's own account, connected by them; its tokens are sealed and deleted when they disconnect. */
export interface CreatorConnectionsTable {
  id: string;
  organisation_id: string;
  creator_id: string;
  platform: ConnectionPlatform;
  /** The platform's id for the account (Instagram user id, YouTube channel id, TikTok open_id). */
  external_user_id: string;
  handle: string;
  /** The social account the verified data is written to. */
  account_id: string | null;
  access_token_sealed: string;
  refresh_token_sealed: string | null;
  access_expires_at: string | null;
  refresh_expires_at: string | null;
  /** The scopes the creator granted, space-separated as the platform reported them. */
  scopes: string;
  status: ConnectionStatus;
  status_detail: string | null;
  connected_at: string;
  last_synced_at: string | null;
  /** When the sync job runs next; the one job chain that matches it is the live one. */
  next_sync_at: string | null;
  updated_at: string;
}

/** A sign-in in progress: single use, expiring, and good only for the portal session that began it. */
export interface CreatorConnectionStatesTable {
  /** SHA-256 of the `state` sent to the platform. */
  state_hash: string;
  organisation_id: string;
  creator_id: string;
  portal_session_id: string;
  platform: ConnectionPlatform;
  /** The PKCE code verifier, sealed. */
  code_verifier_sealed: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface CreatorConnectionsTables {
  creator_connection_clients: CreatorConnectionClientsTable;
  creator_connections: CreatorConnectionsTable;
  creator_connection_states: CreatorConnectionStatesTable;
}
