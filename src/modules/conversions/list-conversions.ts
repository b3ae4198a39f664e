import type { Kysely } from "kysely";
import { keysetPage, newestFirst, type Page, type PageRequest } from "../../db/keyset-page.js";
import type { Database } from "../../db/schema.js";
import { type ConversionView, toConversionView } from "./conversion-view.js";

export interface ConversionFilter {
  campaignId?: string;
  /** false: only orders a shop's page reported that nobody has confirmed yet. */
  verified?: boolean;
}

/** Recorded orders and leads, newest first; one page. */
export async function listConversions(
  db: Kysely<Database>,
  organisationId: string,
  filter: ConversionFilter,
  page: PageRequest,
): Promise<Page<ConversionView>> {
  const rows = await keysetPage(
    db
      .selectFrom("conversions")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .$if(filter.campaignId !== undefined, (q) => q.where("campaign_id", "=", filter.campaignId as string))
      .$if(filter.verified !== undefined, (q) =>
        q.where("verified_at", filter.verified ? "is not" : "is", null),
      ),
    newestFirst(),
    page,
  );
  return { items: rows.items.map(toConversionView), nextCursor: rows.nextCursor };
}
