import { type Kysely, sql } from "kysely";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { type ApplicationView, toApplicationViews } from "./application-view.js";
import type { ApplicationStatus } from "./schema.js";

export interface ApplicationPage extends Page<ApplicationView> {
  /** Applications waiting for a decision, whatever the page shows: the inbox's count. */
  newCount: number;
}

/** The applications inbox: one status at a time, newest first. */
export async function listApplications(
  db: Kysely<Database>,
  organisationId: string,
  status: ApplicationStatus,
  page: PageRequest,
): Promise<ApplicationPage> {
  const rows = await keysetPage(
    db
      .selectFrom("creator_applications")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("status", "=", status),
    newestFirst(),
    page,
  );
  const count = await db
    .selectFrom("creator_applications")
    .select(sql<number>`count(*)`.as("n"))
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "new")
    .executeTakeFirst();
  return {
    items: await toApplicationViews(db, organisationId, rows.items),
    nextCursor: rows.nextCursor,
    newCount: Number(count?.n ?? 0),
  };
}
