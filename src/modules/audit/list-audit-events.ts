import type { Kysely } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../db/keyset-page.js";
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

/** Newest first (ids are time-ordered UUIDv7s, so the id alone is the sort key). */
export async function listAuditEvents(
  db: Kysely<Database>,
  organisationId: string,
  page: PageRequest,
): Promise<Page<AuditEventView>> {
  const rows = await keysetPage(
    db.selectFrom("audit_events").selectAll().where("organisation_id", "=", organisationId),
    [{ by: "id", direction: "desc", value: (row) => row.id }],
    page,
  );
  return {
    items: rows.items.map((row) => ({
      id: row.id,
      actor: { type: row.actor_type, id: row.actor_id, label: row.actor_label },
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      details: JSON.parse(row.details) as Record<string, unknown>,
      createdAt: row.created_at,
    })),
    nextCursor: rows.nextCursor,
  };
}
