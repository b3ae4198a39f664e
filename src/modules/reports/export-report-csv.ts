import { csvCell } from "../discovery/export-list-csv.js";
import type { CampaignReportResponse } from "./get-campaign-report.js";

const columns = [
  "cost",
  "impressions",
  "reach",
  "views",
  "engagements",
  "engagementRateByReach",
  "engagementRateByFollowers",
  "clicks",
  "leads",
  "orders",
  "newCustomers",
  "revenue",
  "emv",
  "cpm",
  "cpe",
  "cpc",
  "ctr",
  "cpa",
  "cac",
  "roas",
  "roi",
] as const;

/**
 * The report's creator rows and its total as CSV: money in minor units, rates as fractions, an empty cell where a
 * figure is unknown. Every cell goes through csvCell, so nothing runs as a spreadsheet formula.
 */
export function exportReportCsv(report: CampaignReportResponse): string {
  const header = ["creator_id", "creator", "platform", "tier", ...columns, "reach_basis", "currency"];
  const lines = [header.join(",")];
  for (const row of report.byCreator) {
    lines.push(
      [
        row.creatorId,
        row.name,
        row.platform,
        row.tier,
        ...columns.map((c) => row[c]),
        row.basis.reach,
        report.currency,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  const t = report.totals;
  lines.push(
    ["", "TOTAL", "", "", ...columns.map((c) => t[c]), t.basis.reach, report.currency].map(csvCell).join(","),
  );
  return `${lines.join("\n")}\n`;
}
