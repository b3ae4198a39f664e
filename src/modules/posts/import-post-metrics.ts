import { parse } from "csv-parse/sync";
import type { Kysely } from "kysely";
import { inTransaction } from "../../db/in-transaction.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { earliestDay, isTimeInRange, latestDay } from "../../shared/time.js";
import type { Actor } from "../audit/actor.js";
import { type MetricName, metricNames } from "./post-view.js";
import { recordPostMetrics } from "./record-post-metrics.js";

export interface MetricImportResult {
  imported: number;
  rejected: Array<{ line: number; field: string; message: string }>;
}

const headerAliases: Record<string, MetricName | "url" | "capturedAt"> = {
  url: "url",
  "post url": "url",
  link: "url",
  captured_at: "capturedAt",
  "captured at": "capturedAt",
  date: "capturedAt",
  impressions: "impressions",
  reach: "reach",
  views: "views",
  "video views": "views",
  plays: "views",
  likes: "likes",
  comments: "comments",
  shares: "shares",
  saves: "saves",
  link_clicks: "linkClicks",
  "link clicks": "linkClicks",
  clicks: "linkClicks",
};

/** Reads counts as exports write them: "12,345", "12.5K", "1.2M"; an empty cell is unknown. */
export function parseCount(text: string): number | null {
  const value = text.trim().replace(/,/g, "");
  if (value === "" || value === "-" || value.toLowerCase() === "n/a") return null;
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(value);
  if (!match) return Number.NaN;
  const scale = match[2]?.toLowerCase() === "k" ? 1_000 : match[2]?.toLowerCase() === "m" ? 1_000_000 : 1;
  return Math.round(Number(match[1]) * scale);
}

/**
 * Imports metric snapshots from a CSV export (one row per post and moment, matched to recorded posts by URL).
 * Valid rows are committed together; each invalid row is reported with its line and field.
 */
export async function importPostMetrics(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  campaignId: string,
  csv: string,
): Promise<MetricImportResult> {
  let records: Array<{ record: Record<string, string>; line: number }>;
  try {
    records = (
      parse(csv, {
        columns: (header: string[]) => header.map((h) => headerAliases[h.trim().toLowerCase()] ?? h.trim()),
        bom: true,
        skip_empty_lines: true,
        info: true,
        relax_column_count: true,
      }) as Array<{
        record: Record<string, string>;
        info: { lines: number };
      }>
    ).map((row) => ({ record: row.record, line: row.info.lines }));
  } catch (error) {
    throw new AppError(
      "validation",
      `The CSV could not be read: ${error instanceof Error ? error.message : String(error)}`,
      {
        errors: [{ field: "body", message: "malformed CSV" }],
      },
    );
  }
  if (records.length > 0 && !("url" in (records[0]?.record ?? {})))
    throw new AppError("validation", "The CSV needs a url column naming each post.", {
      errors: [{ field: "url", message: "column missing" }],
    });

  return inTransaction(db, async (trx) => {
    const posts = await trx
      .selectFrom("live_posts")
      .select(["id", "url"])
      .where("organisation_id", "=", ctx.organisationId)
      .where("campaign_id", "=", campaignId)
      .execute();
    const byUrl = new Map(posts.map((p) => [p.url.replace(/\/$/, "").toLowerCase(), p.id]));
    const result: MetricImportResult = { imported: 0, rejected: [] };
    for (const { record, line } of records) {
      const postId = byUrl.get(
        (record.url ?? "")
          .trim()
          .replace(/#.*$/, "")
          .replace(/\/$/, "")
          .replace(/^http:/, "https:")
          .toLowerCase(),
      );
      if (!postId) {
        result.rejected.push({
          line,
          field: "url",
          message: "no recorded post of this campaign has this URL",
        });
        continue;
      }
      const metrics: Partial<Record<MetricName, number | null>> = {};
      let bad: { field: string; message: string } | null = null;
      for (const name of metricNames) {
        if (record[name] === undefined) continue;
        const value = parseCount(record[name] ?? "");
        if (Number.isNaN(value)) bad ??= { field: name, message: `"${record[name]}" is not a count` };
        else metrics[name] = value;
      }
      const capturedAt = record.capturedAt?.trim();
      if (capturedAt && !isTimeInRange(capturedAt))
        bad ??= {
          field: "capturedAt",
          message: `"${capturedAt}" is not a time between ${earliestDay} and ${latestDay}`,
        };
      if (bad) {
        result.rejected.push({ line, ...bad });
        continue;
      }
      try {
        await recordPostMetrics(trx, ctx, postId, {
          ...metrics,
          capturedAt: capturedAt || undefined,
          source: "csv",
        });
        result.imported += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        result.rejected.push({
          line,
          field: error.errors?.[0]?.field ?? "row",
          message: error.errors?.[0]?.message ?? error.message,
        });
      }
    }
    return result;
  });
}
