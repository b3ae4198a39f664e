import { type CsvCell, toCsv } from "../../http/csv.js";
import { kpiDefinition } from "../../shared/kpi-catalogue.js";
import { currencyExponent, minorToDecimal } from "../../shared/money.js";
import { formatCoverage } from "../../shared/report-format.js";
import type { Coverage, ReportRow } from "./build-campaign-report.js";
import type { CampaignReportResponse } from "./get-campaign-report.js";

/** An amount in major units of its currency, with the currency's digits: 123456 EUR → 1234.56. */
const major = (minor: number, currency: string) => Number(minorToDecimal(minor, currency));
/** A cost per unit in major units, keeping the report's four decimals of a minor unit. */
const majorPerUnit = (minor: number | null, currency: string) =>
  minor === null
    ? null
    : Number((minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency) + 4));
const coverageText = (c: Coverage) => formatCoverage(c);

type CsvRow = Record<string, CsvCell>;

/** The figures of one report row under their column names, each with its unit, basis and coverage (M13). */
function figureCells(row: ReportRow, currency: string, emvCurrency: string): CsvRow {
  const k = row.coverage;
  const money = `(${currency})`;
  return {
    [`cost ${money}`]: major(row.cost, currency),
    posts: row.posts,
    impressions: row.impressions,
    "impressions basis": k.impressions.basis,
    "impressions coverage": coverageText(k.impressions),
    reach: row.reach,
    "reach basis": k.reach.basis,
    "reach coverage": coverageText(k.reach),
    views: row.views,
    "views coverage": coverageText(k.views),
    engagements: row.engagements,
    "engagements basis": k.engagements.basis,
    "engagements coverage": coverageText(k.engagements),
    "posts with unknown engagements": row.postsWithUnknownEngagements,
    "ERR (fraction)": row.engagementRateByReach,
    "ERR coverage": coverageText(k.engagementRateByReach),
    "ERF (fraction)": row.engagementRateByFollowers,
    "ERF coverage": coverageText(k.engagementRateByFollowers),
    clicks: row.clicks,
    "CTR (fraction)": row.ctr,
    "CTR basis": k.ctr.basis,
    "CTR coverage": coverageText(k.ctr),
    leads: row.leads,
    orders: row.orders,
    conversions: row.conversions,
    "new customers": row.newCustomers,
    [`revenue ${money}`]: major(row.revenue, currency),
    [`EMV (${emvCurrency})`]: major(row.emv, emvCurrency),
    [`CPM (${currency} per 1000 impressions)`]: majorPerUnit(row.cpm, currency),
    "CPM basis": k.cpm.basis,
    "CPM coverage": coverageText(k.cpm),
    [`CPV (${currency} per view)`]: majorPerUnit(row.cpv, currency),
    "CPV coverage": coverageText(k.cpv),
    [`CPE (${currency} per engagement)`]: majorPerUnit(row.cpe, currency),
    "CPE coverage": coverageText(k.cpe),
    [`CPC (${currency} per click)`]: majorPerUnit(row.cpc, currency),
    [`CPL (${currency} per lead)`]: majorPerUnit(row.cpl, currency),
    [`CPA (${currency} per order)`]: majorPerUnit(row.cpa, currency),
    [`CAC (${currency} per new customer)`]: majorPerUnit(row.cac, currency),
    "conversion rate (fraction)": row.conversionRate,
    "ROAS (ratio)": row.roas,
    "ROI (ratio)": row.roi,
  };
}

/**
 * The whole report as one CSV: one line per creator, platform, tier, format (with the unassigned row), day, KPI and
 * rate-card rate, then the total. Money is in major units with the currency's digits and its code in the column
 * header ("cost (EUR)"); costs per unit in major units with four more decimals; rates as fractions; an empty cell
 * where a figure is unknown. The shared writer keeps any text from running as a spreadsheet formula.
 */
export function exportReportCsv(report: CampaignReportResponse): string {
  const c = report.currency;
  const e = report.emvCurrency;
  const t = report.totals;
  const rows: CsvRow[] = [
    ...report.byCreator.map((row) => ({
      section: "creator",
      key: row.creatorId,
      name: row.name,
      platform: row.platform,
      tier: row.tier,
      ...figureCells(row, c, e),
    })),
    ...report.byPlatform.map((row) => ({
      section: "platform",
      key: row.platform,
      ...figureCells(row, c, e),
    })),
    ...report.byTier.map((row) => ({ section: "tier", key: row.tier, ...figureCells(row, c, e) })),
    ...report.byFormat.map((row) => ({ section: "format", key: row.format, ...figureCells(row, c, e) })),
    ...[...new Set([...report.byDay.map((d) => d.day), ...report.spendByDay.map((d) => d.day)])]
      .sort()
      .map((day) => {
        const results = report.byDay.find((d) => d.day === day);
        return {
          section: "day",
          key: day,
          [`cost (${c})`]: major(report.spendByDay.find((d) => d.day === day)?.cost ?? 0, c),
          clicks: results?.clicks ?? 0,
          orders: results?.orders ?? 0,
          [`revenue (${c})`]: major(results?.revenue ?? 0, c),
        };
      }),
    ...report.kpis.map((kpi) => {
      const definition = kpiDefinition(kpi.metric);
      const money = definition?.unit === "money";
      const currency = definition?.rateCardCurrency ? e : c;
      const value = (n: number | null) =>
        n === null || !money ? n : definition?.perUnit ? majorPerUnit(n, currency) : major(n, currency);
      return {
        section: "kpi",
        key: kpi.metric,
        name: kpi.label,
        "kpi unit": money ? currency : kpi.unit,
        "kpi comparison": kpi.comparison === "gte" ? "at least" : "at most",
        "kpi target": value(kpi.target),
        "kpi actual": value(kpi.actual),
        "kpi met": kpi.met === null ? null : kpi.met ? "yes" : "no",
        "kpi progress (fraction)": kpi.progress,
      };
    }),
    ...report.rateCards.flatMap((card) =>
      Object.entries(card.rates).map(([metric, rate]) => ({
        section: "rate card",
        key: card.platform,
        name: metric,
        [`rate (${card.currency} per unit)`]: majorPerUnit(rate, card.currency),
      })),
    ),
    {
      section: "total",
      name: "TOTAL",
      ...figureCells(t, c, e),
      [`campaign-level cost (${c})`]: major(t.campaignLevelCost, c),
      "orders by code": t.attribution.orders.code,
      "orders by click": t.attribution.orders.click,
      "leads by code": t.attribution.leads.code,
      "leads by click": t.attribution.leads.click,
      "bot clicks excluded": report.clicksFromBots,
      ...Object.fromEntries(
        report.otherCurrencies.flatMap((o) => [
          [`orders in ${o.currency} (counted in orders)`, o.orders],
          [`net revenue in ${o.currency} (${o.currency}) kept apart`, major(o.netRevenue, o.currency)],
        ]),
      ),
    },
  ];
  const header = [...new Set(["section", "key", "name", "platform", "tier", ...rows.flatMap(Object.keys)])];
  return toCsv(
    header,
    rows.map((row) => header.map((column) => row[column] ?? null)),
  );
}
