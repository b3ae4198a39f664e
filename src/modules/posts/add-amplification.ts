import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import type { AmplificationKind } from "./schema.js";

export interface AmplificationInput {
  kind: AmplificationKind;
  /** Minor units of the campaign currency. */
  spend: number;
  startDate: string;
  endDate: string;
}

export async function insertAmplifications(
  db: Kysely<Database>,
  organisationId: string,
  livePostId: string,
  amplifications: AmplificationInput[],
  field: string,
): Promise<void> {
  const now = nowIso();
  const rows = amplifications.map((a, index) => {
    if (!Number.isInteger(a.spend) || a.spend < 0)
      throw invalidField(`${field}.${index}.spend`, "must be a whole number of minor units, zero or more");
    if (a.endDate < a.startDate)
      throw invalidField(`${field}.${index}.endDate`, "must not be before startDate");
    return {
      id: newId(),
      organisation_id: organisationId,
      live_post_id: livePostId,
      kind: a.kind,
      spend: a.spend,
      start_date: a.startDate,
      end_date: a.endDate,
      created_at: now,
    };
  });
  if (rows.length > 0) await db.insertInto("post_amplifications").values(rows).execute();
}
