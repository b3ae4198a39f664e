export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  active_organisation_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string;
  succeeded: number;
  created_at: string;
  /** The known device (its token's hash) the attempt came from, if any. */
  device_hash: string | null;
}

/** A browser a user has signed in from: its device token, hashed. */
export interface KnownDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_signed_in_at: string;
}

export interface AccountsTables {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  known_devices: KnownDevicesTable;
}
