export type OrganisationKind = "brand" | "agency";
export type Role = "owner" | "admin" | "member" | "viewer";

export interface OrganisationsTable {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  created_at: string;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface InvitesTable {
  id: string;
  organisation_id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface OrganisationsTables {
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invites: InvitesTable;
}
