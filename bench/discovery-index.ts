/**
 * The discovery index alone, without a database: loads N generated creators (default 1,000,000) straight into a
 * CreatorIndex and times runIndexQuery over the benchmark's query mix, to separate the index's share of a search
 * from the change-counter check and the page read.
 *
 *   node --max-old-space-size=6144 --import tsx bench/discovery-index.ts
 */
import type { SearchableAccount } from "../src/modules/creators/list-changed-accounts.js";
import { tierForFollowers } from "../src/modules/creators/tiers.js";
import { CreatorIndex } from "../src/modules/discovery/creator-index.js";
import { runIndexQuery } from "../src/modules/discovery/run-index-query.js";
import { percentile } from "./bench-support.js";
import { benchCreator, queryMix } from "./discovery-data.js";

const count = Number(process.env.BENCH_CREATORS ?? 1_000_000);

const index = new CreatorIndex();
let started = performance.now();
for (let start = 0; start < count; start += 20_000) {
  const page: SearchableAccount[] = [];
  for (let i = start; i < Math.min(count, start + 20_000); i++) {
    const c = benchCreator(i);
    page.push({
      id: `acct-${String(i).padStart(8, "0")}`,
      creatorId: `creator-${i}`,
      name: c.name,
      handle: c.handle,
      bio: c.bio,
      platform: c.platform,
      tier: tierForFollowers(c.followers),
      followers: c.followers,
      engagementRate: c.engagementRate,
      engagementRateViews: null,
      qualityScore: 40 + (i % 61),
      country: c.country,
      language: c.language,
      niches: c.niches,
      hasEmail: c.email !== "",
      sponsoredBrands: [],
      audience: null,
      changeSeq: i + 1,
    });
  }
  index.apply(page);
}
const buildMs = performance.now() - started;
const heapMb = process.memoryUsage().heapUsed / 1e6;
const arraysMb = process.memoryUsage().arrayBuffers / 1e6;

const queries = queryMix();
const times: number[] = [];
for (const query of [...queries.slice(0, 20), ...queries]) {
  started = performance.now();
  runIndexQuery(index, { ...query, sort: query.sort ?? (query.q ? "relevance" : "followers") });
  times.push(performance.now() - started);
}
const measured = times.slice(20);
const filtered = measured.filter((_, i) => !queries[i]?.q);
const text = measured.filter((_, i) => Boolean(queries[i]?.q));
const ms = (v: number) => `${v.toFixed(2)} ms`;
console.log(
  `${count.toLocaleString("en")} creators: build ${(buildMs / 1000).toFixed(1)} s, heap ${heapMb.toFixed(0)} MB + typed arrays ${arraysMb.toFixed(0)} MB; ` +
    `runIndexQuery p50 ${ms(percentile(measured, 50))}, p95 filtered ${ms(percentile(filtered, 95))}, ` +
    `p95 full text ${ms(percentile(text, 95))}, max ${ms(Math.max(...measured))}`,
);
