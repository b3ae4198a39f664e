import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { systemActor } from "../audit/actor.js";
import { getAccountsByIds } from "../creators/get-accounts-by-ids.js";
import { listStaleAccounts } from "../creators/list-stale-accounts.js";
import { updateAccount } from "../creators/update-account.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import type { JobContext, JobRunner } from "../jobs/job-runner.js";
import { ConnectorError, RateLimitedError } from "./connector-errors.js";
import {
  connectorPlatforms,
  defaultBaseUrl,
  enrichJobKind,
  findConnectorSettings,
  isConfigured,
  refreshJobKind,
  setConnectorStatus,
} from "./connector-settings.js";
import type { Enrichment } from "./enrichment.js";
import { fetchInstagramAccount } from "./instagram-client.js";
import { registerPostMetricsJobs } from "./post-metrics-jobs.js";
import { ensurePostMetricsSchedule } from "./post-metrics-schedule.js";
import type { ConnectorPlatform, ConnectorSettingsTable } from "./schema.js";
import { fetchYouTubeChannel } from "./youtube-client.js";
import { countingYouTubeQuota } from "./youtube-quota.js";

const label: Record<ConnectorPlatform, string> = {
  youtube: "YouTube connector",
  instagram: "Instagram connector",
};

function fetchEnrichment(
  db: Kysely<Database>,
  settings: ConnectorSettingsTable,
  handle: string,
): Promise<Enrichment> {
  const baseUrl = settings.base_url ?? defaultBaseUrl(settings.platform);
  return settings.platform === "youtube"
    ? fetchYouTubeChannel(
        {
          baseUrl,
          apiKey: settings.api_key ?? "",
          fetch: countingYouTubeQuota(db, settings.organisation_id),
        },
        handle,
      )
    : fetchInstagramAccount(
        {
          baseUrl,
          accessToken: settings.access_token ?? "",
          businessAccountId: settings.business_account_id ?? "",
        },
        handle,
      );
}

/** Queues enrichment of accounts, no sooner than the end of a rate-limit backoff. */
export async function queueEnrichment(
  db: Kysely<Database>,
  organisationId: string,
  platform: ConnectorPlatform,
  accountIds: string[],
  backoffUntil: string | null,
): Promise<number> {
  const now = new Date();
  const runAt = backoffUntil && new Date(backoffUntil) > now ? new Date(backoffUntil) : now;
  for (const accountId of accountIds)
    await enqueueJob(db, {
      kind: enrichJobKind,
      organisationId,
      payload: { platform, accountId },
      runAt,
      dedupeKey: `${enrichJobKind}:${accountId}`,
    });
  return accountIds.length;
}

/** Fetches one account from its platform and records what came back; rate limits reschedule it. */
async function enrich({ db, job }: JobContext): Promise<void> {
  const organisationId = job.organisationId as string;
  const platform = job.payload.platform as ConnectorPlatform;
  const accountId = String(job.payload.accountId);
  const settings = await findConnectorSettings(db, organisationId, platform);
  if (!isConfigured(settings)) return;
  const [account] = await getAccountsByIds(db, organisationId, [accountId]);
  if (!account || account.platform !== platform) return;
  const now = new Date();
  let enrichment: Enrichment;
  try {
    enrichment = await fetchEnrichment(db, settings, account.handle);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      await setConnectorStatus(db, organisationId, platform, {
        status: "rate_limited",
        status_detail: error.message,
        backoff_until: error.retryAt.toISOString(),
      });
      await enqueueJob(db, {
        kind: enrichJobKind,
        organisationId,
        payload: { platform, accountId },
        runAt: error.retryAt,
        dedupeKey: `${enrichJobKind}:${accountId}:${error.retryAt.toISOString()}`,
      });
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    await setConnectorStatus(db, organisationId, platform, {
      status: "error",
      status_detail: `@${account.handle}: ${detail}`,
      last_run_at: now.toISOString(),
    });
    // An answer about this account (unknown handle, bad key) will not change on retry; a network failure might.
    if (error instanceof ConnectorError) return;
    throw error;
  }
  const followers = enrichment.followers;
  await updateAccount(
    db,
    { organisationId, actor: systemActor(label[platform]) },
    { accountId },
    {
      ...(followers !== null
        ? { followers, snapshots: [{ takenOn: now.toISOString().slice(0, 10), followers }] }
        : {}),
      ...(enrichment.following !== null ? { following: enrichment.following } : {}),
      ...(enrichment.postsCount !== null ? { postsCount: enrichment.postsCount } : {}),
      ...(enrichment.bio !== null ? { bio: enrichment.bio } : {}),
      ...(enrichment.country ? { country: enrichment.country } : {}),
      ...(enrichment.language ? { language: enrichment.language } : {}),
      posts: enrichment.posts,
    },
    { now, enriched: true, audit: false },
  );
  await setConnectorStatus(db, organisationId, platform, {
    status: "ok",
    status_detail:
      followers === null ? `@${account.handle}: follower count hidden; kept the stored one` : null,
    last_run_at: now.toISOString(),
    backoff_until: null,
  });
}

/** The scheduled refresh: queues accounts older than the interval, then schedules the next run. */
async function refresh({ db, job }: JobContext): Promise<void> {
  const organisationId = job.organisationId as string;
  const platform = job.payload.platform as ConnectorPlatform;
  const settings = await findConnectorSettings(db, organisationId, platform);
  // Only the chain matching next_refresh_at is live; a superseded one ends here.
  if (!isConfigured(settings) || settings.next_refresh_at !== job.payload.scheduledFor) return;
  // Connectors saved before post metrics existed get their post-metrics schedule here.
  await ensurePostMetricsSchedule(db, organisationId);
  const now = new Date();
  const intervalMs = settings.refresh_interval_hours * 3_600_000;
  const stale = await listStaleAccounts(
    db,
    organisationId,
    platform,
    new Date(now.getTime() - intervalMs).toISOString(),
    5_000,
  );
  await queueEnrichment(db, organisationId, platform, stale, settings.backoff_until);
  const next = new Date(now.getTime() + intervalMs).toISOString();
  await setConnectorStatus(db, organisationId, platform, { next_refresh_at: next });
  await enqueueJob(db, {
    kind: refreshJobKind,
    organisationId,
    payload: { platform, scheduledFor: next },
    runAt: new Date(next),
    dedupeKey: `${refreshJobKind}:${organisationId}:${platform}:${next}`,
  });
}

export function registerConnectorJobs(jobs: JobRunner): void {
  jobs.register(enrichJobKind, enrich);
  jobs.register(refreshJobKind, refresh);
  registerPostMetricsJobs(jobs);
}

export { connectorPlatforms };
