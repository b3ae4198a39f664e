import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { conversionClickIds, findAttribution, type WriteAnsweredClicks } from "./find-attribution.js";

export const lateClicksJobKind = "conversions.attribute-late-clicks";

/**
 * A click answered by another process reaches the click table within its flush interval (100 ms) plus a write, so the
 * first look comes after ten of them; a process whose writes fail keeps its clicks and the job runner retries the
 * look after 30 s, 2 min and 8 min (job-runner.ts).
 */
const firstLookAfterMs = 1_000;

/** Queues another attribution of the conversion once the clicks it names and that are not stored yet arrive. */
export async function awaitLateClicks(
  db: Kysely<Database>,
  organisationId: string,
  conversionId: string,
): Promise<void> {
  await enqueueJob(db, {
    kind: lateClicksJobKind,
    organisationId,
    payload: { conversionId },
    runAt: new Date(Date.now() + firstLookAfterMs),
    dedupeKey: `${lateClicksJobKind}:${conversionId}`,
    maxAttempts: 4,
  });
}

/**
 * Attributes a conversion again from what it carried (codes, click ids) now that its clicks may be stored (M11),
 * and records the change. Idempotent: a second run finds nothing to change. Throws, so the job is retried, while a
 * click it names may still arrive; a result without any credit never replaces the one recorded.
 */
export async function attributeLateClicks(
  db: Kysely<Database>,
  organisationId: string,
  conversionId: string,
  writeAnsweredClicks?: WriteAnsweredClicks,
): Promise<void> {
  const row = await db
    .selectFrom("conversions")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", conversionId)
    .executeTakeFirst();
  if (!row) return;
  const { attribution, awaitedClickIds } = await findAttribution(
    db,
    organisationId,
    {
      occurredAt: row.occurred_at,
      discountCodes: JSON.parse(row.discount_codes) as string[],
      clickIds: conversionClickIds(row.click_id, row.landing_url),
    },
    writeAnsweredClicks,
  );
  const changes = {
    attribution: attribution.reason,
    campaign_id: attribution.campaignId,
    creator_id: attribution.creatorId,
    discount_code_id: attribution.discountCodeId,
    attributed_click_id: attribution.clickId,
    link_id: attribution.linkId,
    conflicting_creator_id: attribution.conflictingCreatorId,
  };
  const changed = (Object.keys(changes) as Array<keyof typeof changes>).some(
    (key) => changes[key] !== row[key],
  );
  if (changed && attribution.reason !== "none")
    await db
      .updateTable("conversions")
      .set(changes)
      .where("organisation_id", "=", organisationId)
      .where("id", "=", conversionId)
      .execute();
  if (awaitedClickIds.length > 0)
    throw new Error(`click ${awaitedClickIds.join(", ")} is not stored yet; will look again`);
}
