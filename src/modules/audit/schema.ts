export type ActorType = "user" | "api_key" | "system";

export interface AuditEventsTable {
  id: string;
  organisation_id: string;
  actor_type: ActorType;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  /** JSON object with what changed. */
  details: string;
  created_at: string;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
}
