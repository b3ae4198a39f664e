import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { getCreator } from "../creators/creators.js";
import { type AccountWithCreator, getAccountsByIds } from "../creators/get-accounts-by-ids.js";
import { tiers } from "../creators/tiers.js";
import { creatorIndexFor } from "./creator-index-registry.js";

export interface Lookalike extends AccountWithCreator {
  /** 0–1: niche overlap 0.5, tier 0.2 (0.1 for a neighbouring tier), audience countries 0.2, language 0.1. */
  similarity: number;
}

/** Creators similar to one (by their largest account): niche overlap, tier, audience and language. */
export async function findLookalikes(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
  limit = 20,
): Promise<Lookalike[]> {
  const creator = await getCreator(db, organisationId, creatorId);
  const seed = creator.accounts[0];
  if (!seed) return [];
  const index = await creatorIndexFor(db, organisationId);
  const seedNiches = new Set(seed.niches.map((n) => index.nicheNames.find(n)).filter((n) => n !== undefined));
  const seedTier = tiers.indexOf(seed.tier);
  const seedLanguage = index.languages.find(seed.language ?? "") ?? -1;
  const seedRow = index.rowOfAccount(seed.id);
  const seedAudience = seedRow === undefined ? undefined : index.audience[seedRow];
  const seedCreator = index.creatorIndexOf(creatorId);

  const scored: Array<{ row: number; similarity: number }> = [];
  for (let row = 0; row < index.size; row++) {
    if (index.creatorOf[row] === seedCreator) continue;
    const start = index.niches.offsets[row] as number;
    const length = index.niches.lengths[row] as number;
    let shared = 0;
    for (let i = start; i < start + length; i++)
      if (seedNiches.has(index.niches.flat[i] as number)) shared += 1;
    if (shared === 0) continue;
    const niche = shared / (seedNiches.size + length - shared);
    const tierGap = Math.abs((index.tier[row] as number) - seedTier);
    let audience = 0;
    const theirs = index.audience[row];
    if (seedAudience && theirs)
      for (const [country, share] of Object.entries(seedAudience.countries))
        audience += Math.min(share, theirs.countries[country] ?? 0);
    const similarity =
      0.5 * niche +
      (tierGap === 0 ? 0.2 : tierGap === 1 ? 0.1 : 0) +
      0.2 * audience +
      (index.language[row] === seedLanguage ? 0.1 : 0);
    scored.push({ row, similarity });
  }
  scored.sort(
    (a, b) =>
      b.similarity - a.similarity || (index.followers[b.row] as number) - (index.followers[a.row] as number),
  );
  const best = scored.slice(0, limit);
  const rows = await getAccountsByIds(
    db,
    organisationId,
    best.map((b) => index.ids[b.row] as string),
  );
  const similarity = new Map(best.map((b) => [index.ids[b.row] as string, b.similarity]));
  return rows.map((row) => ({ ...row, similarity: Math.round((similarity.get(row.id) ?? 0) * 1000) / 1000 }));
}
