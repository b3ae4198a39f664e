import { type Kysely, sql } from "kysely";
import type { DialectName } from "./database.js";
import type { Database } from "./schema.js";

function dueJobs(db: Kysely<Database>, now: string) {
  return db
    .selectFrom("jobs")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "pending"), eb("run_at", "<=", now)]),
        eb.and([eb("status", "=", "running"), eb("locked_until", "<", now)]),
      ]),
    );
}

/**
 * Whether any job is due: a plain read, which on SQLite (WAL) takes no lock, so an idle poll never waits behind
 * another connection's write (the click worker's) with the request thread blocked.
 */
export async function hasDueJobs(db: Kysely<Database>, now: string): Promise<boolean> {
  return (await dueJobs(db, now).limit(1).executeTakeFirst()) !== undefined;
}

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
  const due = dueJobs(db, input.now).orderBy("run_at").limit(input.limit);
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
