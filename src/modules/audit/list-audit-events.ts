import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { ActorType } from "./schema.js";

export interface AuditEventView {
  id: string;
  actor: { type: ActorType; id: string | null; label: string };
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

/** Newest first; ids are time-ordered (UUIDv7), so the cursor is the last id seen. */
export async function listAuditEvents(
  db: Kysely<Database>,
  organisationId: string,
  options: { limit: number; cursor?: string },
): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
  let query = db
    .selectFrom("audit_events")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("id", "desc")
    .limit(options.limit + 1);
  if (options.cursor) query = query.where("id", "<", options.cursor);
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      actor: { type: row.actor_type, id: row.actor_id, label: row.actor_label },
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      details: JSON.parse(row.details) as Record<string, unknown>,
      createdAt: row.created_at,
    })),
    nextCursor: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
