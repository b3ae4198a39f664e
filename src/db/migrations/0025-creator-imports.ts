import type { Kysely } from "kysely";

/**
 * Creator imports started from the browser: the uploaded file, the column mapping chosen on its preview, and the
 * progress and outcome of the background job that runs it, so a person can leave the page and come back to the
 * result and its rejected rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("creator_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) =>
      c.notNull().references("organisations.id").onDelete("cascade"),
    )
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("total_rows", "integer", (c) => c.notNull())
    .addColumn("preview", "text", (c) => c.notNull())
    .addColumn("mapping", "text")
    .addColumn("platform", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rows_read", "integer", (c) => c.notNull())
    .addColumn("imported", "integer", (c) => c.notNull())
    .addColumn("updated", "integer", (c) => c.notNull())
    .addColumn("unchanged", "integer", (c) => c.notNull())
    .addColumn("rejected", "integer", (c) => c.notNull())
    .addColumn("rejections", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("actor", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema
    .createIndex("creator_imports_org_idx")
    .on("creator_imports")
    .columns(["organisation_id", "created_at", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("creator_imports").execute();
}
