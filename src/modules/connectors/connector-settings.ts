import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.js";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { invalidField } from "../../http/errors.js";
import type { Actor } from "../audit/actor.js";
import { recordAuditEvent } from "../audit/record-audit-event.js";
import { enqueueJob } from "../jobs/enqueue-job.js";
import { instagramDefaultBaseUrl } from "./instagram-client.js";
import { ensurePostMetricsSchedule } from "./post-metrics-schedule.js";
import type { ConnectorPlatform, ConnectorSettingsTable, ConnectorStatus } from "./schema.js";
import { youtubeApiOrigin } from "./youtube-client.js";

export const connectorPlatforms = ["youtube", "instagram"] as const satisfies readonly ConnectorPlatform[];
export const refreshJobKind = "connectors.refresh";
export const enrichJobKind = "connectors.enrich";

export interface ConnectorView {
  platform: ConnectorPlatform;
  configured: boolean;
  /** The key's last four characters, so people can tell keys apart; the key itself is never shown again. */
  keyHint: string | null;
  businessAccountId: string | null;
  baseUrl: string;
  refreshIntervalHours: number;
  status: ConnectorStatus;
  statusDetail: string | null;
  lastRunAt: string | null;
  backoffUntil: string | null;
  nextRefreshAt: string | null;
}

/** The API origin a connector calls unless its settings name another. */
export function defaultBaseUrl(platform: ConnectorPlatform): string {
  return platform === "youtube" ? youtubeApiOrigin() : instagramDefaultBaseUrl;
}

export function isConfigured(row: ConnectorSettingsTable | undefined): row is ConnectorSettingsTable {
  if (!row) return false;
  return row.platform === "youtube"
    ? Boolean(row.api_key)
    : Boolean(row.access_token && row.business_account_id);
}

export function toConnectorView(
  platform: ConnectorPlatform,
  row: ConnectorSettingsTable | undefined,
): ConnectorView {
  const secret = platform === "youtube" ? row?.api_key : row?.access_token;
  return {
    platform,
    configured: isConfigured(row),
    keyHint: secret ? `…${secret.slice(-4)}` : null,
    businessAccountId: row?.business_account_id ?? null,
    baseUrl: row?.base_url ?? defaultBaseUrl(platform),
    refreshIntervalHours: row?.refresh_interval_hours ?? 24,
    status: isConfigured(row) ? row.status : "not_configured",
    statusDetail: row?.status_detail ?? null,
    lastRunAt: row?.last_run_at ?? null,
    backoffUntil: row?.backoff_until ?? null,
    nextRefreshAt: row?.next_refresh_at ?? null,
  };
}

export async function findConnectorSettings(
  db: Kysely<Database>,
  organisationId: string,
  platform: ConnectorPlatform,
): Promise<ConnectorSettingsTable | undefined> {
  return db
    .selectFrom("connector_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .executeTakeFirst();
}

export async function listConnectors(db: Kysely<Database>, organisationId: string): Promise<ConnectorView[]> {
  const rows = await db
    .selectFrom("connector_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .execute();
  return connectorPlatforms.map((p) =>
    toConnectorView(
      p,
      rows.find((r) => r.platform === p),
    ),
  );
}

export async function setConnectorStatus(
  db: Kysely<Database>,
  organisationId: string,
  platform: ConnectorPlatform,
  change: Partial<
    Pick<
      ConnectorSettingsTable,
      "status" | "status_detail" | "last_run_at" | "backoff_until" | "next_refresh_at"
    >
  >,
): Promise<void> {
  await db
    .updateTable("connector_settings")
    .set({ ...change, updated_at: nowIso() })
    .where("organisation_id", "=", organisationId)
    .where("platform", "=", platform)
    .execute();
}

export interface ConnectorSettingsInput {
  apiKey?: string | null;
  accessToken?: string | null;
  businessAccountId?: string | null;
  baseUrl?: string | null;
  refreshIntervalHours?: number;
}

/**
 * Saves a connector's keys and schedule, and starts its scheduled refresh, and the organisation's scheduled
 * post-metrics refresh, when none is pending.
 */
export async function saveConnectorSettings(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  platform: ConnectorPlatform,
  input: ConnectorSettingsInput,
): Promise<ConnectorView> {
  if (input.baseUrl) {
    let url: URL;
    try {
      url = new URL(input.baseUrl);
    } catch {
      throw invalidField("baseUrl", "must be an absolute http(s) URL");
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw invalidField("baseUrl", "must be an http(s) URL");
  }
  return inTransaction(db, async (trx) => {
    const existing = await findConnectorSettings(trx, ctx.organisationId, platform);
    const now = nowIso();
    const row: ConnectorSettingsTable = {
      organisation_id: ctx.organisationId,
      platform,
      api_key: input.apiKey !== undefined ? input.apiKey : (existing?.api_key ?? null),
      access_token: input.accessToken !== undefined ? input.accessToken : (existing?.access_token ?? null),
      business_account_id:
        input.businessAccountId !== undefined
          ? input.businessAccountId
          : (existing?.business_account_id ?? null),
      base_url: input.baseUrl !== undefined ? input.baseUrl : (existing?.base_url ?? null),
      refresh_interval_hours: input.refreshIntervalHours ?? existing?.refresh_interval_hours ?? 24,
      status: existing?.status === "not_configured" || !existing ? "idle" : existing.status,
      status_detail: existing?.status_detail ?? null,
      last_run_at: existing?.last_run_at ?? null,
      backoff_until: existing?.backoff_until ?? null,
      next_refresh_at: existing?.next_refresh_at ?? null,
      updated_at: now,
    };
    if (isConfigured(row) && (!row.next_refresh_at || row.next_refresh_at < now)) {
      row.next_refresh_at = now;
      await enqueueJob(trx, {
        kind: refreshJobKind,
        organisationId: ctx.organisationId,
        payload: { platform, scheduledFor: now },
        dedupeKey: `${refreshJobKind}:${ctx.organisationId}:${platform}:${now}`,
      });
    }
    if (existing) {
      const { organisation_id: _o, platform: _p, ...changes } = row;
      await trx
        .updateTable("connector_settings")
        .set(changes)
        .where("organisation_id", "=", ctx.organisationId)
        .where("platform", "=", platform)
        .execute();
    } else await trx.insertInto("connector_settings").values(row).execute();
    if (isConfigured(row)) await ensurePostMetricsSchedule(trx, ctx.organisationId);
    await recordAuditEvent(trx, {
      organisationId: ctx.organisationId,
      actor: ctx.actor,
      action: "connector.settings_saved",
      targetType: "connector",
      targetId: platform,
      details: { fields: Object.keys(input).filter((k) => k !== "apiKey" && k !== "accessToken") },
    });
    return toConnectorView(platform, row);
  });
}
