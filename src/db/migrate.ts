import { type Kysely, type Migration, type MigrationResultSet, Migrator, PostgresAdapter, sql } from "kysely";
import * as foundation from "./migrations/0001-foundation.js";
import * as jobs from "./migrations/0002-jobs.js";
import * as campaigns from "./migrations/0003-campaigns.js";
import * as discovery from "./migrations/0004-discovery.js";
import * as tracking from "./migrations/0005-tracking.js";
import * as discoveryRefresh from "./migrations/0006-discovery-refresh.js";
import * as posts from "./migrations/0007-posts.js";
import * as briefsReview from "./migrations/0008-briefs-review.js";
import * as payouts from "./migrations/0009-payouts.js";
import * as clickSequence from "./migrations/0010-click-sequence.js";
import * as briefFiles from "./migrations/0011-brief-files.js";
import * as postMetricSources from "./migrations/0012-post-metric-sources.js";
import * as reportIndexes from "./migrations/0013-report-indexes.js";
import * as dailyClickRollup from "./migrations/0014-daily-click-rollup.js";
import * as signInDevices from "./migrations/0015-sign-in-devices.js";
import * as rateLimits from "./migrations/0016-rate-limits.js";
import * as signatures from "./migrations/0017-signatures.js";
import * as conversionVerification from "./migrations/0018-conversion-verification.js";
import * as campaignCosts from "./migrations/0019-campaign-costs.js";
import * as applications from "./migrations/0020-applications.js";
import * as creatorConnections from "./migrations/0021-creator-connections.js";
import * as outreachSequences from "./migrations/0022-outreach-sequences.js";
import * as campaignArchive from "./migrations/0024-campaign-archive.js";
import * as creatorImports from "./migrations/0025-creator-imports.js";
import * as youtubeSearch from "./migrations/0027-youtube-search.js";

/** Append-only and numbered: a landed migration is never edited. */
const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-jobs": jobs,
  "0003-campaigns": campaigns,
  "0004-discovery": discovery,
  "0005-tracking": tracking,
  "0006-discovery-refresh": discoveryRefresh,
  "0007-posts": posts,
  "0008-briefs-review": briefsReview,
  "0009-payouts": payouts,
  "0010-click-sequence": clickSequence,
  "0011-brief-files": briefFiles,
  "0012-post-metric-sources": postMetricSources,
  "0013-report-indexes": reportIndexes,
  "0014-daily-click-rollup": dailyClickRollup,
  "0015-sign-in-devices": signInDevices,
  "0016-rate-limits": rateLimits,
  "0017-signatures": signatures,
  "0018-conversion-verification": conversionVerification,
  "0019-campaign-costs": campaignCosts,
  "0020-applications": applications,
  "0021-creator-connections": creatorConnections,
  "0022-outreach-sequences": outreachSequences,
  "0024-campaign-archive": campaignArchive,
  "0025-creator-imports": creatorImports,
  "0027-youtube-search": youtubeSearch,
};

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists, as Kysely documents.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  // On PostgreSQL the bookkeeping tables go in the connection's own schema: left to Kysely's default lookup, a
  // migrator can see another schema's lock table (several test schemas, or tenants, in one database) and skip its own.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
