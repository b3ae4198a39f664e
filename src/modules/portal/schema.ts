/** magic_link: single-use, short-lived, sent by email; session: what the link is exchanged for, kept in a cookie. */
export type PortalTokenKind = "magic_link" | "session";

export interface PortalTokensTable {
  id: string;
  organisation_id: string;
  creator_id: string;
  kind: PortalTokenKind;
  /** SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  /** Sessions only: echoed in a header on writes. */
  csrf_token: string | null;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface PortalTables {
  portal_tokens: PortalTokensTable;
}
