import type { Kysely } from "kysely";
import type { AmplioConfig } from "../../config.js";
import type { Database } from "../../db/schema.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import type { JobContext, JobRunner } from "../jobs/job-runner.js";
import { findClientCredentials } from "./connection-clients.js";
import { platformClient } from "./platforms.js";
import { syncConnection, syncIntervalMs } from "./sync-connection.js";

export const connectionSyncJobKind = "creator_connections.sync";

/**
 * Books the connection's next sync a day on and makes it the live chain (a sync chain from before a reconnect ends
 * when it sees another time). Returns the time booked.
 */
export async function scheduleConnectionSync(
  db: Kysely<Database>,
  connectionId: string,
  organisationId: string,
  now: Date,
): Promise<string> {
  const next = new Date(now.getTime() + syncIntervalMs).toISOString();
  await db
    .updateTable("creator_connections")
    .set({ next_sync_at: next })
    .where("id", "=", connectionId)
    .execute();
  await enqueueJob(db, {
    kind: connectionSyncJobKind,
    organisationId,
    payload: { connectionId, scheduledFor: next },
    runAt: new Date(next),
    dedupeKey: `${connectionSyncJobKind}:${connectionId}:${next}`,
  });
  return next;
}

/**
 * The daily sync: renews the token when it would end before the next one, reads the account again, and books the
 * next run first, so a failure waits for it (the failure shows on the connection in the portal).
 */
export function registerConnectionJobs(
  jobs: JobRunner,
  config: Pick<AmplioConfig, "encryptionKey" | "oauthBaseUrls">,
): void {
  jobs.register(connectionSyncJobKind, async ({ db, job }: JobContext) => {
    const row = await db
      .selectFrom("creator_connections")
      .selectAll()
      .where("id", "=", String(job.payload.connectionId))
      .executeTakeFirst();
    // Disconnected, or a chain a reconnect replaced.
    if (!row || row.next_sync_at !== job.payload.scheduledFor || !config.encryptionKey) return;
    const now = new Date();
    await scheduleConnectionSync(db, row.id, row.organisation_id, now);
    const client = await findClientCredentials(db, config.encryptionKey, row.organisation_id, row.platform);
    if (!client) {
      await db
        .updateTable("creator_connections")
        .set({ status: "error", status_detail: "The brand removed its app for this platform." })
        .where("id", "=", row.id)
        .execute();
      return;
    }
    await syncConnection(db, config.encryptionKey, platformClient(config, row.platform), client, row, now);
  });
}
