import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";

export interface EnqueueJobInput {
  kind: string;
  payload: Record<string, unknown>;
  organisationId?: string | null;
  /** When to run; default now. */
  runAt?: Date;
  /** While a pending or running job has this key, enqueueing another with it does nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Stores a job to run in the background. Call inside the transaction that makes the change the job follows from,
 * so the job exists exactly when the change does. Returns the job id, or the existing one for a duplicate key.
 */
export async function enqueueJob(db: Kysely<Database>, input: EnqueueJobInput): Promise<string> {
  if (input.dedupeKey) {
    const existing = await db
      .selectFrom("jobs")
      .select("id")
      .where("dedupe_key", "=", input.dedupeKey)
      .where("status", "in", ["pending", "running"])
      .executeTakeFirst();
    if (existing) return existing.id;
  }
  const now = nowIso();
  const id = newId();
  await db
    .insertInto("jobs")
    .values({
      id,
      organisation_id: input.organisationId ?? null,
      kind: input.kind,
      payload: JSON.stringify(input.payload),
      status: "pending",
      run_at: (input.runAt ?? new Date()).toISOString(),
      attempts: 0,
      max_attempts: input.maxAttempts ?? 5,
      dedupe_key: input.dedupeKey ?? null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
