import type { Kysely } from "kysely";
import PDFDocument from "pdfkit";
import type { Database } from "../../db/schema.js";
import { formatMoney, type MoneyFormatOptions, toMajor } from "../../shared/money.js";
import {
  formatCoverage,
  formatKpiValue,
  formatPercent,
  formatRatio,
  formatUnitCost,
  unitCostRule,
} from "../../shared/report-format.js";
import type { CampaignView } from "../campaigns/campaign-view.js";
import { getCampaign } from "../campaigns/get-campaign.js";
import { platformNames } from "../compliance/check-disclosure.js";
import { unknownBecause } from "../measurement/efficiency-metrics.js";
import type { Coverage } from "./build-campaign-report.js";
import { type CampaignReportResponse, getCampaignReport } from "./get-campaign-report.js";

type Doc = PDFKit.PDFDocument;

const page = { width: 595.28, height: 841.89, margin: 48 };
const contentWidth = page.width - 2 * page.margin;
const bottom = page.height - page.margin - 16;
const ink = "#1f2330";
const muted = "#6b7080";
const grid = "#e3e5ec";
const colours = { clicks: "#4f46e5", orders: "#177a4b", cost: "#d97706", revenue: "#177a4b" };

/** Standard PDF fonts cover Latin-1 and a few more; a symbol outside them (₹, ₩…) prints as its ISO code. */
const pdfEncodable = /^[\x20-\xff€—–‘’“”•…×]*$/;

/** An amount in minor units, in major units of its currency, with its symbol where the PDF fonts have it. */
function pdfMoney(minor: number, currency: string, options: MoneyFormatOptions = {}): string {
  const text = formatMoney(minor, currency, options);
  return pdfEncodable.test(text) ? text : formatMoney(minor, currency, { ...options, display: "code" });
}

/** An amount in minor units, shown in major units of its currency. */
function money(minor: number, currency: string): string {
  return pdfMoney(Math.round(minor), currency);
}

/** Writes with the symbol where the PDF fonts have it, else with the ISO code. */
function pdfSafe(write: (options: MoneyFormatOptions) => string): string {
  const text = write({});
  return pdfEncodable.test(text) ? text : write({ display: "code" });
}

/** A cost per unit, by the report's one rule for unit costs (src/shared/report-format.ts). */
function unitCost(minor: number, currency: string): string {
  return pdfSafe((options) => formatUnitCost(minor, currency, options));
}

const whole = new Intl.NumberFormat("en");
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const count = (n: number) => whole.format(Math.round(n));
const percent = formatPercent;

interface Figure {
  label: string;
  value: string | null;
  /** The unit or basis under a known value; the reason under an unknown one. */
  note: string;
}

/** "measured, 2 of 3 posts": a figure's basis and coverage (M13). */
function covers(c: Coverage): string {
  return `${c.basis}, ${formatCoverage(c)}`;
}

function figure(
  label: string,
  value: number | null,
  show: (n: number) => string,
  note: string,
  why: string,
): Figure {
  return value === null ? { label, value: null, note: why } : { label, value: show(value), note };
}

function totalsFigures(report: CampaignReportResponse): Figure[] {
  const t = report.totals;
  const c = report.currency;
  const k = t.coverage;
  const m = (n: number) => money(n, c);
  const u = (n: number) => unitCost(n, c);
  const leftOut =
    t.postsWithUnknownEngagements > 0 ? ` · ${count(t.postsWithUnknownEngagements)} left out (hidden)` : "";
  return [
    { label: "Cost", value: m(t.cost), note: "fees, commissions, paid ads, campaign costs" },
    figure(
      "Impressions",
      t.impressions,
      count,
      covers(k.impressions),
      "no impressions reported or estimable",
    ),
    figure("Reach", t.reach, count, covers(k.reach), "no reach reported or estimable"),
    figure("Views", t.views, count, covers(k.views), "no video views reported"),
    figure("Engagements", t.engagements, count, `${covers(k.engagements)}${leftOut}`, "no engagements known"),
    figure(
      "ERR (measured reach)",
      t.engagementRateByReach,
      percent,
      covers(k.engagementRateByReach),
      "no post with measured reach and known engagements",
    ),
    figure(
      "ERF (followers at posting)",
      t.engagementRateByFollowers,
      percent,
      covers(k.engagementRateByFollowers),
      "no post with followers and known engagements",
    ),
    { label: "Clicks", value: count(t.clicks), note: `bots excluded (${count(report.clicksFromBots)} bot)` },
    figure("CTR (clicks ÷ impressions)", t.ctr, percent, covers(k.ctr), unknownBecause.ctr),
    {
      label: "Conversions",
      value: count(t.conversions),
      note: `${count(t.orders)} orders + ${count(t.leads)} leads`,
    },
    {
      label: "Orders",
      value: count(t.orders),
      note: `${count(t.attribution.orders.code)} by code, ${count(t.attribution.orders.click)} by click`,
    },
    {
      label: "Leads",
      value: count(t.leads),
      note: `${count(t.attribution.leads.code)} by code, ${count(t.attribution.leads.click)} by click`,
    },
    { label: "New customers", value: count(t.newCustomers), note: "first order via the campaign" },
    { label: "Revenue", value: m(t.revenue), note: `net of refunds, excl. tax, ${c} orders only` },
    figure("Conversion rate", t.conversionRate, percent, "orders ÷ clicks", unknownBecause.conversionRate),
    figure("CPM", t.cpm, u, `per 1,000 impressions · ${covers(k.cpm)}`, unknownBecause.cpm),
    figure("CPV", t.cpv, u, `per view · ${covers(k.cpv)}`, unknownBecause.cpv),
    figure("CPE", t.cpe, u, `per engagement · ${covers(k.cpe)}`, unknownBecause.cpe),
    figure("CPC", t.cpc, u, "per click", unknownBecause.cpc),
    figure("CPL", t.cpl, u, "per lead", unknownBecause.cpl),
    figure("CPA", t.cpa, u, "per order", unknownBecause.cpa),
    figure("CAC", t.cac, u, "per new customer", unknownBecause.cac),
    figure("ROAS", t.roas, formatRatio, "revenue ÷ cost", unknownBecause.roas),
    figure("ROI", t.roi, percent, "(revenue - cost) ÷ cost", unknownBecause.roi),
    {
      label: `EMV (${report.emvCurrency})`,
      value: money(t.emv, report.emvCurrency),
      note: `${report.emvCurrency} rate card, not converted; an estimate`,
    },
  ];
}

function kpiValue(metric: string, value: number, report: CampaignReportResponse): string {
  return pdfSafe((options) => formatKpiValue(metric, value, report, options));
}

/** Round axis steps (1, 2 or 5 × 10ⁿ) covering 0…max in about `target` steps. */
function niceTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

class ReportWriter {
  y = page.margin;

  constructor(
    readonly doc: Doc,
    readonly campaign: CampaignView,
    readonly report: CampaignReportResponse,
  ) {}

  /** Starts a new page when fewer than `height` points are left. */
  ensure(height: number): void {
    if (this.y + height > bottom) {
      this.doc.addPage();
      this.y = page.margin;
    }
  }

  heading(text: string, height: number): void {
    this.ensure(height + 28);
    this.y += 8;
    this.doc.font("Helvetica-Bold").fontSize(13).fillColor(ink).text(text, page.margin, this.y);
    this.y += 22;
  }

  small(text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(muted)
      .text(text, x, y, { lineBreak: false, ...options });
  }

  title(generatedAt: Date): void {
    const { doc, campaign, report } = this;
    doc.font("Helvetica-Bold").fontSize(20).fillColor(ink).text(campaign.name, page.margin, this.y, {
      width: contentWidth,
    });
    this.y = doc.y + 2;
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor(muted)
      .text(
        `Campaign report · ${campaign.brand} · Period ${campaign.startDate} to ${campaign.endDate} (UTC), attribution window ${campaign.attributionWindowDays} days`,
        page.margin,
        this.y,
        { width: contentWidth },
      );
    this.y = doc.y + 2;
    doc.text(
      `Money in ${report.currency} (EMV in ${report.rateCard.currency}); rates as percentages; reach and impressions say whether measured or estimated. Generated ${generatedAt.toISOString()}.`,
      page.margin,
      this.y,
      { width: contentWidth },
    );
    this.y = doc.y + 10;
  }

  totals(): void {
    const figures = totalsFigures(this.report);
    const columns = 4;
    const gap = 8;
    const width = (contentWidth - gap * (columns - 1)) / columns;
    const height = 54;
    this.heading("Totals", height);
    figures.forEach((f, i) => {
      const column = i % columns;
      if (column === 0 && i > 0) this.y += height + gap;
      if (column === 0) this.ensure(height);
      const x = page.margin + column * (width + gap);
      this.doc.roundedRect(x, this.y, width, height, 4).lineWidth(0.6).strokeColor(grid).stroke();
      this.small(f.label, x + 7, this.y + 6, { width: width - 14, ellipsis: true });
      this.doc
        .font("Helvetica-Bold")
        .fontSize(12)
        .fillColor(f.value === null ? muted : ink)
        .text(f.value ?? "—", x + 7, this.y + 17, { width: width - 14, lineBreak: false, ellipsis: true });
      // An unknown figure has room for its reason on two lines beside the dash.
      if (f.value === null)
        this.small(f.note, x + 22, this.y + 20, {
          width: width - 29,
          height: 20,
          lineBreak: true,
          ellipsis: true,
        });
      // A known figure's unit, basis and coverage get two lines under it.
      else
        this.small(f.note, x + 7, this.y + 32, {
          width: width - 14,
          height: 20,
          lineBreak: true,
          ellipsis: true,
        });
    });
    this.y += height + 6;
  }

  kpis(): void {
    const { doc, report } = this;
    if (report.kpis.length === 0) return;
    this.heading("KPI progress", 40);
    const barX = page.margin + 290;
    const barWidth = 110;
    for (const kpi of report.kpis) {
      this.ensure(30);
      const target = `${kpi.comparison === "gte" ? "at least" : "at most"} ${kpiValue(kpi.metric, kpi.target, report)}`;
      doc
        .font("Helvetica-Bold")
        .fontSize(10)
        .fillColor(ink)
        .text(kpi.label, page.margin, this.y, { lineBreak: false });
      this.small(`target ${target}`, page.margin, this.y + 13);
      const actual = kpi.actual === null ? "—" : kpiValue(kpi.metric, kpi.actual, report);
      doc
        .font("Helvetica")
        .fontSize(10)
        .fillColor(ink)
        .text(actual, page.margin + 150, this.y, { width: 128, align: "right", lineBreak: false });
      doc
        .roundedRect(barX, this.y + 2, barWidth, 9, 3)
        .fillColor(grid)
        .fill();
      if (kpi.progress !== null)
        doc
          .roundedRect(barX, this.y + 2, barWidth * Math.min(kpi.progress, 1), 9, 3)
          .fillColor(kpi.met ? colours.orders : colours.cost)
          .fill();
      const status =
        kpi.met === null
          ? "not measurable yet"
          : `${kpi.met ? "met" : "not met"}${kpi.progress === null ? "" : ` · ${Math.round(kpi.progress * 100)}%`}`;
      doc
        .font("Helvetica")
        .fontSize(9)
        .fillColor(kpi.met === null ? muted : kpi.met ? colours.orders : colours.cost)
        .text(status, barX + barWidth + 10, this.y + 1, { lineBreak: false });
      this.y += 27;
    }
  }

  /**
   * Lines over days on a left axis (and, when given, a right one with its own scale), with grid, ticks, day labels
   * and a legend: the daily charts of the Reports page.
   */
  lineChart(chart: {
    title: string;
    empty: string;
    days: string[];
    left: { label?: string; series: Array<{ label: string; colour: string; values: number[] }> };
    right?: { label: string; series: Array<{ label: string; colour: string; values: number[] }> };
  }): void {
    const { doc } = this;
    const height = 145;
    this.heading(chart.title, height + 24);
    if (chart.days.length === 0) {
      this.small(chart.empty, page.margin, this.y);
      this.y += 20;
      return;
    }
    const left = page.margin + 40;
    const right = page.margin + contentWidth - 34;
    const top = this.y + 16;
    const base = top + height - 30;
    const plot = base - top;
    const x = (i: number) =>
      chart.days.length === 1 ? (left + right) / 2 : left + ((right - left) * i) / (chart.days.length - 1);
    const scale = (axis: { series: Array<{ values: number[] }> }) => {
      const ticks = niceTicks(Math.max(1, ...axis.series.flatMap((line) => line.values)));
      return { ticks, max: ticks.at(-1) ?? 1 };
    };
    const leftScale = scale(chart.left);
    if (chart.left.label) this.small(chart.left.label, page.margin, this.y, { width: 40 });
    for (const tick of leftScale.ticks) {
      const y = base - (plot * tick) / leftScale.max;
      doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).strokeColor(grid).stroke();
      this.small(compact.format(tick), page.margin, y - 4, { width: 36, align: "right" });
    }
    const rightScale = chart.right ? scale(chart.right) : null;
    if (chart.right && rightScale) {
      this.small(chart.right.label, right + 4, this.y);
      for (const tick of rightScale.ticks)
        this.small(compact.format(tick), right + 4, base - (plot * tick) / rightScale.max - 4, { width: 30 });
    }
    doc.moveTo(left, base).lineTo(right, base).lineWidth(0.8).strokeColor(muted).stroke();
    const labelEvery = Math.max(1, Math.ceil(chart.days.length / 7));
    chart.days.forEach((day, i) => {
      if (i % labelEvery !== 0) return;
      doc
        .moveTo(x(i), base)
        .lineTo(x(i), base + 3)
        .strokeColor(muted)
        .stroke();
      this.small(day, x(i) - 30, base + 6, { width: 60, align: "center" });
    });
    const draw = (values: number[], max: number, colour: string) => {
      values.forEach((v, i) => {
        const y = base - (plot * v) / max;
        if (i === 0) doc.moveTo(x(i), y);
        else doc.lineTo(x(i), y);
      });
      doc.lineWidth(1.4).strokeColor(colour).stroke();
    };
    for (const line of chart.left.series) draw(line.values, leftScale.max, line.colour);
    if (chart.right && rightScale)
      for (const line of chart.right.series) draw(line.values, rightScale.max, line.colour);
    this.legend(
      [...chart.left.series, ...(chart.right?.series ?? [])].map((line) => [line.label, line.colour]),
      base + 20,
    );
    this.y = base + 38;
  }

  /** Clicks (left axis) and orders (right axis) per UTC day, like the Reports page. */
  daily(): void {
    const days = this.report.byDay;
    this.lineChart({
      title: "Clicks and orders by day",
      empty: "No clicks or orders recorded yet.",
      days: days.map((d) => d.day),
      left: {
        label: "Clicks",
        series: [{ label: "Clicks (left axis)", colour: colours.clicks, values: days.map((d) => d.clicks) }],
      },
      right: {
        label: "Orders",
        series: [{ label: "Orders (right axis)", colour: colours.orders, values: days.map((d) => d.orders) }],
      },
    });
  }

  /** Cumulative spend (when incurred) and attributed revenue per day, in major units, like the Reports page. */
  spendOverTime(): void {
    const { report } = this;
    const perDay = new Map<string, { cost: number; revenue: number }>();
    for (const d of report.spendByDay) perDay.set(d.day, { cost: d.cost, revenue: 0 });
    for (const d of report.byDay)
      perDay.set(d.day, { cost: perDay.get(d.day)?.cost ?? 0, revenue: d.revenue });
    let spend = 0;
    let revenue = 0;
    const days = [...perDay]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, d]) => {
        spend += d.cost;
        revenue += d.revenue;
        return { day, spend: toMajor(spend, report.currency), revenue: toMajor(revenue, report.currency) };
      });
    this.lineChart({
      title: `Spend vs revenue over time, cumulative (${report.currency})`,
      empty: "No spend or revenue recorded yet.",
      days: days.map((d) => d.day),
      left: {
        series: [
          { label: "Spend", colour: colours.cost, values: days.map((d) => d.spend) },
          { label: "Revenue", colour: colours.revenue, values: days.map((d) => d.revenue) },
        ],
      },
    });
  }

  legend(items: Array<[string, string]>, y: number): void {
    let x = page.margin + 40;
    for (const [label, colour] of items) {
      this.doc
        .rect(x, y + 1, 10, 6)
        .fillColor(colour)
        .fill();
      this.small(label, x + 14, y);
      x += 24 + this.doc.widthOfString(label);
    }
  }

  /** Impressions → engagements → clicks → orders on a log scale (the stages differ by orders of magnitude). */
  funnel(): void {
    const { doc, report } = this;
    const t = report.totals;
    const stages: Array<[string, number | null, string]> = [
      ["Impressions", t.impressions, `${t.basis.impressions}`],
      ["Engagements", t.engagements, ""],
      ["Clicks", t.clicks, ""],
      ["Orders", t.orders, ""],
    ];
    const rowHeight = 26;
    this.heading("Funnel", stages.length * rowHeight + 30);
    const left = page.margin + 80;
    const width = contentWidth - 80 - 150;
    const known = stages.map(([, v]) => v ?? 0);
    const decades = Math.max(1, Math.ceil(Math.log10(Math.max(10, ...known))));
    const scale = (v: number) => (v <= 1 ? 0 : (width * Math.log10(v)) / decades);
    const top = this.y;
    for (let d = 0; d <= decades; d++) {
      const gx = left + (width * d) / decades;
      doc
        .moveTo(gx, top)
        .lineTo(gx, top + stages.length * rowHeight)
        .lineWidth(0.5)
        .strokeColor(grid)
        .stroke();
      this.small(compact.format(10 ** d), gx - 20, top + stages.length * rowHeight + 3, {
        width: 40,
        align: "center",
      });
    }
    stages.forEach(([label, value, basis], i) => {
      const y = top + i * rowHeight;
      doc
        .font("Helvetica")
        .fontSize(10)
        .fillColor(ink)
        .text(label, page.margin, y + 6, { width: 75, lineBreak: false });
      const previous = i > 0 ? stages[i - 1]?.[1] : null;
      const step =
        previous && value !== null
          ? ` · ${percent(value / previous)} of ${stages[i - 1]?.[0].toLowerCase()}`
          : "";
      if (value === null) {
        this.small("— unknown: not reported or estimable", left + 4, y + 7);
        return;
      }
      if (value > 0)
        doc
          .rect(left, y + 3, Math.max(scale(value), 1), rowHeight - 8)
          .fillColor(colours.clicks)
          .fill();
      this.small(
        `${count(value)}${basis && basis !== "measured" ? ` (${basis})` : ""}${step}`,
        left + width + 6,
        y + 7,
        {
          width: 150,
          ellipsis: true,
        },
      );
    });
    this.y = top + stages.length * rowHeight + 16;
    this.small("Log scale: each gridline is ten times the one before.", page.margin, this.y);
    this.y += 16;
  }

  /** Cost and revenue per creator as paired horizontal bars, the creators who earned most first. */
  spendVsRevenue(): void {
    const { doc, report } = this;
    const creators = [...report.byCreator]
      .sort((a, b) => b.revenue - a.revenue || b.cost - a.cost)
      .slice(0, 15);
    const rowHeight = 22;
    this.heading(
      `Spend vs revenue by creator${report.byCreator.length > creators.length ? ` (top ${creators.length} by revenue)` : ""}`,
      creators.length * rowHeight + 40,
    );
    if (creators.length === 0) {
      this.small("No creators measured yet.", page.margin, this.y);
      this.y += 20;
      return;
    }
    const left = page.margin + 120;
    const width = contentWidth - 120 - 10;
    const ticks = niceTicks(Math.max(...creators.flatMap((c) => [c.cost, c.revenue])), 5);
    const max = ticks.at(-1) ?? 1;
    const top = this.y;
    const plotBottom = top + creators.length * rowHeight;
    for (const tick of ticks) {
      const gx = left + (width * tick) / max;
      doc.moveTo(gx, top).lineTo(gx, plotBottom).lineWidth(0.5).strokeColor(grid).stroke();
      this.small(money(tick, report.currency).replace(/\.00$/, ""), gx - 35, plotBottom + 3, {
        width: 70,
        align: "center",
      });
    }
    creators.forEach((c, i) => {
      const y = top + i * rowHeight;
      doc
        .font("Helvetica")
        .fontSize(9)
        .fillColor(ink)
        .text(c.name, page.margin, y + 6, { width: 115, lineBreak: false, ellipsis: true });
      doc
        .rect(left, y + 3, (width * c.cost) / max, 7)
        .fillColor(colours.cost)
        .fill();
      doc
        .rect(left, y + 11, (width * c.revenue) / max, 7)
        .fillColor(colours.revenue)
        .fill();
    });
    this.legend(
      [
        [`Cost (${report.currency})`, colours.cost],
        [`Revenue (${report.currency}, net of refunds)`, colours.revenue],
      ],
      plotBottom + 18,
    );
    this.y = plotBottom + 36;
  }

  /** Every creator, best revenue first, with the header repeated on each page. */
  leaderboard(): void {
    const { report } = this;
    const c = report.currency;
    const columns: Array<{ title: string; width: number; align: "left" | "right" }> = [
      { title: "Creator", width: 112, align: "left" },
      { title: "Platform", width: 50, align: "left" },
      { title: "Cost", width: 58, align: "right" },
      { title: "Reach", width: 46, align: "right" },
      { title: "Clicks", width: 42, align: "right" },
      { title: "Orders", width: 36, align: "right" },
      { title: "Revenue", width: 64, align: "right" },
      { title: "ROAS", width: 36, align: "right" },
      { title: "CPC", width: 39, align: "right" },
    ];
    this.heading("Creator leaderboard", 16 * 3 + 12);
    const rows = [...report.byCreator].sort((a, b) => b.revenue - a.revenue || b.clicks - a.clicks);
    if (rows.length === 0) {
      this.small("No creators measured yet.", page.margin, this.y);
      return;
    }
    this.table(
      columns,
      rows.map((row) => [
        row.name,
        platformNames[row.platform],
        money(row.cost, c),
        row.reach === null ? "—" : `${compact.format(row.reach)}${row.basis.reach === "measured" ? "" : "*"}`,
        count(row.clicks),
        count(row.orders),
        money(row.revenue, c),
        row.roas === null ? "—" : formatRatio(row.roas),
        row.cpc === null ? "—" : unitCost(row.cpc, c),
      ]),
    );
    this.ensure(24);
    this.small(
      "Cost, clicks, orders, revenue, ROAS and CPC are measured; * reach estimated from followers (M10).  — unknown: ROAS with no cost, CPC with no clicks, reach with no posts measured.",
      page.margin,
      this.y,
      { width: contentWidth },
    );
    this.y += 14;
  }

  /** A table with its header repeated on each page: columns of given widths, text cells. */
  table(columns: Array<{ title: string; width: number; align: "left" | "right" }>, rows: string[][]): void {
    const { doc } = this;
    const rowHeight = 16;
    const header = () => {
      let x = page.margin;
      doc.font("Helvetica-Bold").fontSize(8).fillColor(muted);
      for (const col of columns) {
        doc.text(col.title, x, this.y, { width: col.width, align: col.align, lineBreak: false });
        x += col.width + 2;
      }
      this.y += 12;
      doc
        .moveTo(page.margin, this.y - 2)
        .lineTo(page.margin + contentWidth, this.y - 2)
        .lineWidth(0.6)
        .strokeColor(grid)
        .stroke();
    };
    header();
    for (const cells of rows) {
      if (this.y + rowHeight > bottom) {
        doc.addPage();
        this.y = page.margin;
        header();
      }
      let x = page.margin;
      doc.font("Helvetica").fontSize(8.5).fillColor(ink);
      cells.forEach((cell, i) => {
        const col = columns[i];
        if (!col) return;
        doc.text(cell, x, this.y + 3, {
          width: col.width,
          align: col.align,
          lineBreak: false,
          ellipsis: true,
        });
        x += col.width + 2;
      });
      this.y += rowHeight;
    }
    this.y += 4;
  }

  /**
   * By content format in whole units (M13 Allocation): a post carries its share of its creator's fees and its own paid
   * amplification; clicks, conversions and other costs are in the unassigned row.
   */
  byFormat(): void {
    const { report } = this;
    const c = report.currency;
    if (report.byFormat.length === 0) return;
    this.heading("By content format", 16 * (report.byFormat.length + 1) + 30);
    this.table(
      [
        { title: "Format", width: 62, align: "left" },
        { title: "Posts", width: 30, align: "right" },
        { title: `Cost (${c})`, width: 62, align: "right" },
        { title: "Engagements", width: 84, align: "right" },
        { title: "CPE", width: 48, align: "right" },
        { title: `EMV (${report.emvCurrency})`, width: 62, align: "right" },
        { title: "Clicks", width: 40, align: "right" },
        { title: "Orders", width: 36, align: "right" },
        { title: `Revenue (${c})`, width: 58, align: "right" },
      ],
      report.byFormat.map((row) => [
        row.format,
        count(row.posts),
        money(row.cost, c),
        row.format === "unassigned"
          ? "—"
          : `${row.engagements === null ? "—" : count(row.engagements)} (${formatCoverage(row.coverage.engagements)})`,
        row.cpe === null ? "—" : unitCost(row.cpe, c),
        money(row.emv, report.emvCurrency),
        count(row.clicks),
        count(row.orders),
        money(row.revenue, c),
      ]),
    );
    this.ensure(24);
    this.small(
      "Fees and commissions shared equally over each creator's posts, paid amplification on the post it boosted; clicks, orders, campaign-level costs and creators without posts are unassigned.",
      page.margin,
      this.y,
      { width: contentWidth, lineBreak: true },
    );
    this.y = this.doc.y + 8;
  }

  /** What the money and EMV figures are: orders in other currencies, the rate cards, the rule for unit costs. */
  notes(): void {
    const { doc, report } = this;
    const lines = [
      ...report.otherCurrencies.map(
        (o) =>
          `Orders in ${o.currency}: ${count(o.orders)}, ${money(o.netRevenue, o.currency)} net. Counted in orders, not added to ${report.currency} revenue (no recorded rate).`,
      ),
      ...report.rateCards.map(
        (card) =>
          `EMV rate card, ${platformNames[card.platform]} (${card.currency}, per unit): ${Object.entries(
            card.rates,
          )
            .map(
              ([metric, rate]) =>
                `${metric} ${pdfSafe((o) => formatMoney(rate, card.currency, { ...o, extraDigits: 2 }))}`,
            )
            .join(", ")}.`,
      ),
      unitCostRule,
      "Coverage: the posts or creators whose numerator and denominator are both known, out of all (M13 matched basis).",
    ];
    this.heading("Notes", 60);
    for (const line of lines) {
      this.ensure(24);
      doc
        .font("Helvetica")
        .fontSize(8.5)
        .fillColor(ink)
        .text(line, page.margin, this.y, { width: contentWidth });
      this.y = doc.y + 4;
    }
  }

  footers(): void {
    const { doc, campaign } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing below the bottom margin would make pdfkit start a new page; lift it while stamping the footer.
      doc.page.margins.bottom = 0;
      this.small(
        `Amplio · ${campaign.name} · page ${i + 1} of ${range.count}`,
        page.margin,
        page.height - page.margin + 8,
        { width: contentWidth, align: "center" },
      );
    }
  }
}

/** Draws the report; pure, so it can be rendered from any loaded report. */
export function drawReportPdf(
  campaign: CampaignView,
  report: CampaignReportResponse,
  options: { generatedAt: Date; compress?: boolean },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: page.margin,
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: `${campaign.name}: campaign report`, Author: "Amplio", Subject: campaign.brand },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const writer = new ReportWriter(doc, campaign, report);
  writer.title(options.generatedAt);
  writer.totals();
  writer.kpis();
  writer.daily();
  writer.spendOverTime();
  writer.funnel();
  writer.spendVsRevenue();
  writer.byFormat();
  writer.leaderboard();
  writer.notes();
  writer.footers();
  doc.end();
  return done;
}

/** The campaign report as a PDF: totals with units, KPI progress and the Reports page's charts as vector graphics. */
export async function renderReportPdf(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
  now = new Date(),
): Promise<Buffer> {
  const campaign = await getCampaign(db, organisationId, campaignId);
  const report = await getCampaignReport(db, organisationId, campaignId, now);
  return drawReportPdf(campaign, report, { generatedAt: now });
}
