import { toCsv } from "../../http/csv.js";
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
 * figure is unknown. The shared writer keeps any text from running as a spreadsheet formula.
 */
export function exportReportCsv(report: CampaignReportResponse): string {
  const header = ["creator_id", "creator", "platform", "tier", ...columns, "reach_basis", "currency"];
  const t = report.totals;
  return toCsv(header, [
    ...report.byCreator.map((row) => [
      row.creatorId,
      row.name,
      row.platform,
      row.tier,
      ...columns.map((c) => row[c]),
      row.basis.reach,
      report.currency,
    ]),
    ["", "TOTAL", "", "", ...columns.map((c) => t[c]), t.basis.reach, report.currency],
  ]);
}
