import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import {
  type BriefChange,
  type BriefContent,
  type BriefOverride,
  briefChanges,
  emptyBrief,
} from "./brief-content.js";

export interface BriefVersionView {
  /** "campaign" for the campaign's brief, "creator" for this creator's override. */
  source: "campaign" | "creator";
  version: number;
  savedBy: string;
  savedAt: string;
}

export interface BriefView {
  campaignId: string;
  creatorId: string | null;
  /** The brief in force: the campaign's brief with the creator's override on top. */
  content: BriefContent;
  /** The creator's own override, when asked for one creator. */
  override: BriefOverride | null;
  /** Every saved version, newest first; empty when no brief was written yet. */
  versions: BriefVersionView[];
  /** What the latest version changed in the brief in force. */
  changes: BriefChange[];
  updatedAt: string | null;
}

/** The brief in force for a campaign, or for one creator in it, with its history and latest changes. */
export async function getBrief(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  creatorId: string | null,
): Promise<BriefView> {
  const rows = await db
    .selectFrom("briefs")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("campaign_id", "=", campaignId)
    .where("creator_id", "in", creatorId ? ["", creatorId] : [""])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  let base: BriefContent = emptyBrief;
  let override: BriefOverride | null = null;
  let previous: BriefContent | null = null;
  let current: BriefContent = emptyBrief;
  for (const row of rows) {
    // Versions saved before a field existed lack it; it starts empty there.
    if (row.creator_id === "")
      base = { ...emptyBrief, ...(JSON.parse(row.content) as Partial<BriefContent>) };
    else override = JSON.parse(row.content) as BriefOverride;
    previous = current;
    current = { ...base, ...override };
  }
  const last = rows.at(-1);
  return {
    campaignId,
    creatorId,
    content: current,
    override,
    versions: rows
      .map((row) => ({
        source: row.creator_id === "" ? ("campaign" as const) : ("creator" as const),
        version: row.version,
        savedBy: row.actor_label,
        savedAt: row.created_at,
      }))
      .reverse(),
    changes: last ? briefChanges(previous, current) : [],
    updatedAt: last?.created_at ?? null,
  };
}
