import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";

/** A campaign of the organisation by its slug (unique within it), for public pages; 404 naming the slug otherwise. */
export async function findCampaignBySlug(
  db: Kysely<Database>,
  organisationId: string,
  slug: string,
): Promise<{ id: string; name: string; slug: string; brand: string }> {
  const row = await db
    .selectFrom("campaigns")
    .select(["id", "name", "slug", "brand"])
    .where("organisation_id", "=", organisationId)
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!row)
    throw new AppError("not_found", `No campaign with slug "${slug}".`, {
      errors: [{ field: "campaignSlug", message: "unknown campaign" }],
    });
  return row;
}
