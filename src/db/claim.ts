import { type Kysely, sql } from "kysely";
import type { DialectName } from "./database.js";
import type { Database } from "./schema.js";

/**
 * Claims up to `limit` due rows of the jobs table for one worker, atomically.
 * PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent workers take disjoint rows without waiting.
 * SQLite: one writer at a time, so a single UPDATE … RETURNING is already exclusive.
 */
export async function claimDueJobs(
  db: Kysely<Database>,
  dialect: DialectName,
  input: { workerId: string; now: string; lockedUntil: string; limit: number },
) {
  const due = db
    .selectFrom("jobs")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "pending"), eb("run_at", "<=", input.now)]),
        eb.and([eb("status", "=", "running"), eb("locked_until", "<", input.now)]),
      ]),
    )
    .orderBy("run_at")
    .limit(input.limit);
  const candidates = dialect === "postgres" ? due.forUpdate().skipLocked() : due;
  return db
    .updateTable("jobs")
    .set({
      status: "running",
      locked_by: input.workerId,
      locked_until: input.lockedUntil,
      attempts: sql`attempts + 1`,
      updated_at: input.now,
    })
    .where("id", "in", candidates)
    .returningAll()
    .execute();
}
