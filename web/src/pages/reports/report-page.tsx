import { formatMoney as formatMinor, toMajor } from "@shared/money";
import {
  formatCoverage,
  formatKpiValue,
  formatPercent,
  formatRatio,
  formatUnitCost,
} from "@shared/report-format";
import { type ReactNode, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { get, getAll } from "../../api";
import { EmptyState, ErrorAlert, PageHeader } from "../../components/ui";
import { formatCount, formatMoney, platformName } from "../../format";
import { ForecastCheckSection } from "./forecast-check-section";
import { PayoutsSection } from "./payouts-section";
import { RetentionSection } from "./retention-section";
import { SentimentSection } from "./sentiment-section";

type Basis = "measured" | "estimated" | "mixed" | "unknown";

/** A figure's basis and how many posts or creators it covers (docs/domain/metrics.md M13). */
interface Coverage {
  basis: Basis;
  covered: number;
  of: number;
  unit: "posts" | "creators";
}

type CoveredFigure =
  | "impressions"
  | "reach"
  | "views"
  | "engagements"
  | "engagementRateByReach"
  | "engagementRateByFollowers"
  | "cpm"
  | "cpv"
  | "cpe"
  | "cpc"
  | "ctr"
  | "cpl"
  | "conversionRate"
  | "cpa"
  | "cac"
  | "roas"
  | "roi";

interface Row {
  cost: number;
  impressions: number | null;
  reach: number | null;
  views: number | null;
  engagements: number | null;
  engagementRateByReach: number | null;
  engagementRateByFollowers: number | null;
  clicks: number;
  leads: number;
  orders: number;
  conversions: number;
  newCustomers: number;
  revenue: number;
  emv: number;
  posts: number;
  postsWithUnknownEngagements: number;
  basis: { impressions: Basis; reach: Basis; engagements: Basis };
  coverage: Record<CoveredFigure, Coverage>;
  cpm: number | null;
  cpv: number | null;
  cpe: number | null;
  cpc: number | null;
  ctr: number | null;
  cpl: number | null;
  conversionRate: number | null;
  cpa: number | null;
  cac: number | null;
  roas: number | null;
  roi: number | null;
}

interface RuleCounts {
  code: number;
  click: number;
}

interface Report {
  campaignId: string;
  currency: string;
  emvCurrency: string;
  totals: Row & { attribution: { orders: RuleCounts; leads: RuleCounts } };
  byCreator: Array<Row & { creatorId: string; name: string; platform: string; tier: string }>;
  byPlatform: Array<Row & { platform: string }>;
  byFormat: Array<Row & { format: string }>;
  byDay: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
  spendByDay: Array<{ day: string; cost: number }>;
  kpis: Array<{
    metric: string;
    label: string;
    comparison: "gte" | "lte";
    target: number;
    actual: number | null;
    met: boolean | null;
    progress: number | null;
  }>;
  rateCards: Array<{ platform: string; currency: string; rates: Record<string, number> }>;
  otherCurrencies: Array<{ currency: string; orders: number; netRevenue: number }>;
  clicksFromBots: number;
}

interface CampaignSummary {
  id: string;
  name: string;
  goal: string;
  startDate: string;
  endDate: string;
}

/** A figure the data cannot support is shown as a dash with the reason, never as 0. */
export function Unknown({ reason }: { reason: string }) {
  return (
    <span className="unknown" title={reason}>
      — <span className="sr-only">unknown: </span>
      <span className="muted small">{reason}</span>
    </span>
  );
}

const unitCost = (value: number | null, currency: string, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatUnitCost(value, currency);
const count = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatCount(value);
const ratio = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatRatio(value);
const percent = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatPercent(value);

function Stat({ label, note, children }: { label: string; note?: ReactNode; children: ReactNode }) {
  return (
    <div className="card stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value">{children}</span>
      {note}
    </div>
  );
}

/** "measured · 2 of 3 posts": what a figure rests on (M13 matched basis). */
function Covers({ coverage }: { coverage: Coverage }) {
  return (
    <span className="muted small">
      {coverage.basis} · {formatCoverage(coverage)}
    </span>
  );
}

/** Running totals of cost (when incurred) and attributed revenue per day, in major units for a chart axis. */
function cumulativeSpendAndRevenue(report: Report): Array<{ day: string; spend: number; revenue: number }> {
  const days = new Map<string, { cost: number; revenue: number }>();
  for (const d of report.spendByDay) days.set(d.day, { cost: d.cost, revenue: 0 });
  for (const d of report.byDay) days.set(d.day, { cost: days.get(d.day)?.cost ?? 0, revenue: d.revenue });
  let spend = 0;
  let revenue = 0;
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]) => {
      spend += d.cost;
      revenue += d.revenue;
      return {
        day,
        spend: toMajor(Math.round(spend), report.currency),
        revenue: toMajor(Math.round(revenue), report.currency),
      };
    });
}

function kpiValue(metric: string, value: number | null, report: Report): string {
  return value === null ? "—" : formatKpiValue(metric, value, report);
}

export function ReportsIndexPage() {
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getAll<CampaignSummary>("/api/v1/campaigns").then(setCampaigns, setError);
  }, []);
  return (
    <>
      <PageHeader title="Reports" description="What each campaign cost and returned." />
      <ErrorAlert error={error} />
      {campaigns && campaigns.length === 0 ? (
        <EmptyState title="No campaigns yet">
          <p className="muted">
            Create a campaign; its report fills in as posts go live and clicks and orders arrive.
          </p>
        </EmptyState>
      ) : (
        <ul className="report-list">
          {campaigns?.map((c) => (
            <li key={c.id} className="card">
              <Link to={`/reports/${c.id}`}>{c.name}</Link>
              <span className="muted">
                {" "}
                · {c.goal} · {c.startDate} – {c.endDate}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CampaignReportPage() {
  const { campaignId = "" } = useParams();
  const [report, setReport] = useState<Report | null>(null);
  const [campaign, setCampaign] = useState<CampaignSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    get<Report>(`/api/v1/campaigns/${campaignId}/report`).then(setReport, setError);
    get<CampaignSummary>(`/api/v1/campaigns/${campaignId}`).then(setCampaign, setError);
  }, [campaignId]);

  if (!report) return error ? <ErrorAlert error={error} /> : <p className="muted">Loading the report…</p>;
  const t = report.totals;
  const k = t.coverage;
  const c = report.currency;
  const funnel = [
    { stage: "Impressions", value: t.impressions ?? 0 },
    { stage: "Engagements", value: t.engagements ?? 0 },
    { stage: "Clicks", value: t.clicks },
    { stage: "Orders", value: t.orders },
  ];
  const leaders = [...report.byCreator].sort((a, b) => b.revenue - a.revenue || b.clicks - a.clicks);
  // Spend vs results over time: cumulative cost and attributed revenue, in major units for the axis.
  const spendAndRevenue = cumulativeSpendAndRevenue(report);

  return (
    <>
      <PageHeader
        title={campaign ? `${campaign.name}: report` : "Campaign report"}
        description="Money in the campaign currency; reach and impressions say whether they were measured or estimated."
        actions={
          <div className="row-actions">
            <a className="button" href={`/api/v1/campaigns/${campaignId}/report.csv`} download>
              Export CSV
            </a>
            <a className="button" href={`/api/v1/campaigns/${campaignId}/report.pdf`} download>
              Export PDF
            </a>
          </div>
        }
      />
      <div className="stat-grid">
        <Stat
          label={`Cost (${c})`}
          note={<span className="muted small">fees, commissions, paid ads, campaign costs</span>}
        >
          {formatMoney(t.cost, c)}
        </Stat>
        <Stat label="Impressions" note={<Covers coverage={k.impressions} />}>
          {count(t.impressions, "no impressions reported or estimable")}
        </Stat>
        <Stat label="Reach" note={<Covers coverage={k.reach} />}>
          {count(t.reach, "no reach reported or estimable")}
        </Stat>
        <Stat label="Video views" note={<Covers coverage={k.views} />}>
          {count(t.views, "no video views reported")}
        </Stat>
        <Stat
          label="Engagements"
          note={
            <span className="muted small">
              {k.engagements.basis} · {formatCoverage(k.engagements)}
              {t.postsWithUnknownEngagements > 0
                ? ` · ${t.postsWithUnknownEngagements} left out (likes or comments hidden)`
                : ""}
            </span>
          }
        >
          {count(t.engagements, "no engagements known")}
        </Stat>
        <Stat label="ERR (by measured reach)" note={<Covers coverage={k.engagementRateByReach} />}>
          {percent(t.engagementRateByReach, "no post with measured reach and known engagements")}
        </Stat>
        <Stat label="ERF (by followers)" note={<Covers coverage={k.engagementRateByFollowers} />}>
          {percent(t.engagementRateByFollowers, "no post with followers and known engagements")}
        </Stat>
        <Stat label="Clicks (bots excluded)">{formatCount(t.clicks)}</Stat>
        <Stat label="CTR" note={<Covers coverage={k.ctr} />}>
          {percent(t.ctr, "no impressions reported")}
        </Stat>
        <Stat
          label="Conversions"
          note={
            <span className="muted small">
              {formatCount(t.orders)} orders + {formatCount(t.leads)} leads
            </span>
          }
        >
          {formatCount(t.conversions)}
        </Stat>
        <Stat
          label="Orders"
          note={
            <span className="muted small">
              {t.attribution.orders.code} by code · {t.attribution.orders.click} by click
            </span>
          }
        >
          {formatCount(t.orders)}
        </Stat>
        <Stat
          label="Leads"
          note={
            <span className="muted small">
              {t.attribution.leads.code} by code · {t.attribution.leads.click} by click
            </span>
          }
        >
          {formatCount(t.leads)}
        </Stat>
        <Stat label="Conversion rate" note={<span className="muted small">orders ÷ clicks</span>}>
          {percent(t.conversionRate, "no tracked clicks")}
        </Stat>
        <Stat
          label={`Revenue (${c}, net of refunds)`}
          note={
            report.otherCurrencies.length > 0 ? (
              <span className="muted small">
                apart, not converted:{" "}
                {report.otherCurrencies
                  .map((o) => `${o.orders} orders, ${formatMinor(o.netRevenue, o.currency)}`)
                  .join("; ")}
              </span>
            ) : undefined
          }
        >
          {formatMoney(t.revenue, c)}
        </Stat>
        <Stat label="ROAS">{ratio(t.roas, "no cost recorded")}</Stat>
        <Stat label="ROI">{percent(t.roi, "no cost recorded")}</Stat>
        <Stat label="CPM" note={<Covers coverage={k.cpm} />}>
          {unitCost(t.cpm, c, "no impressions")}
        </Stat>
        <Stat label="CPV" note={<Covers coverage={k.cpv} />}>
          {unitCost(t.cpv, c, "no creator's views wholly known")}
        </Stat>
        <Stat label="CPE" note={<Covers coverage={k.cpe} />}>
          {unitCost(t.cpe, c, "no creator's engagements wholly known")}
        </Stat>
        <Stat label="CPC">{unitCost(t.cpc, c, "no tracked clicks")}</Stat>
        <Stat label="CPL">{unitCost(t.cpl, c, "no attributed leads")}</Stat>
        <Stat label="CPA">{unitCost(t.cpa, c, "no attributed orders")}</Stat>
        <Stat label="CAC">{unitCost(t.cac, c, "no new customers")}</Stat>
        <Stat
          label={`EMV (${report.emvCurrency}, estimate, not revenue)`}
          note={
            <span className="muted small">
              valued at the {report.emvCurrency} rate card below; not converted
            </span>
          }
        >
          {formatMinor(t.emv, report.emvCurrency)}
        </Stat>
      </div>

      {report.kpis.length > 0 ? (
        <section aria-labelledby="kpi-title">
          <h2 id="kpi-title" className="section-title">
            KPI progress
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col" className="num">
                    Target
                  </th>
                  <th scope="col" className="num">
                    Actual
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {report.kpis.map((kpi) => (
                  <tr key={`${kpi.metric}-${kpi.comparison}`}>
                    <td>{kpi.label}</td>
                    <td className="num">
                      {kpi.comparison === "gte" ? "≥ " : "≤ "}
                      {kpiValue(kpi.metric, kpi.target, report)}
                    </td>
                    <td className="num">{kpiValue(kpi.metric, kpi.actual, report)}</td>
                    <td>
                      {kpi.met === null ? (
                        <span className="badge">not measurable yet</span>
                      ) : (
                        <span className={`badge ${kpi.met ? "status-active" : "status-revoked"}`}>
                          {kpi.met ? "met" : "not met"}
                          {kpi.progress !== null ? ` · ${Math.round(kpi.progress * 100)}%` : ""}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <div className="chart-grid">
        <section className="card chart-card" aria-label="Results over time">
          <h2>Clicks and orders by day</h2>
          <div className="chart">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={report.byDay}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" tickLine={false} />
                <YAxis yAxisId="clicks" tickLine={false} width={56} />
                <YAxis yAxisId="orders" orientation="right" tickLine={false} width={40} />
                <Tooltip />
                <Legend />
                <Line
                  yAxisId="clicks"
                  type="monotone"
                  dataKey="clicks"
                  name="Clicks"
                  stroke="#4f46e5"
                  dot={false}
                />
                <Line
                  yAxisId="orders"
                  type="monotone"
                  dataKey="orders"
                  name="Orders"
                  stroke="#177a4b"
                  dot={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </section>
        <section className="card chart-card" aria-label="Spend vs revenue">
          <h2>Spend vs revenue, cumulative ({c})</h2>
          <div className="chart">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={spendAndRevenue}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" tickLine={false} />
                <YAxis tickLine={false} width={72} />
                <Tooltip />
                <Legend />
                <Line type="stepAfter" dataKey="spend" name="Spend" stroke="#c2410c" dot={false} />
                <Line type="monotone" dataKey="revenue" name="Revenue" stroke="#177a4b" dot={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </section>
        <section className="card chart-card" aria-label="Funnel">
          <h2>Funnel</h2>
          <div className="chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={funnel} layout="vertical" margin={{ left: 24 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" scale="log" domain={[1, "auto"]} allowDataOverflow tickLine={false} />
                <YAxis type="category" dataKey="stage" tickLine={false} width={96} />
                <Tooltip />
                <Bar dataKey="value" name="Count" fill="#4f46e5" radius={[0, 4, 4, 0]} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </section>
      </div>

      <h2 className="section-title">Creator leaderboard</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Platform</th>
              <th scope="col" className="num">
                Cost
              </th>
              <th scope="col" className="num">
                Reach
              </th>
              <th scope="col" className="num">
                Clicks
              </th>
              <th scope="col" className="num">
                Orders
              </th>
              <th scope="col" className="num">
                Revenue
              </th>
              <th scope="col" className="num">
                ROAS
              </th>
              <th scope="col" className="num">
                CPC
              </th>
            </tr>
          </thead>
          <tbody>
            {leaders.map((row) => (
              <tr key={row.creatorId}>
                <td>{row.name}</td>
                <td>{platformName(row.platform)}</td>
                <td className="num">{formatMoney(row.cost, c)}</td>
                <td className="num">
                  {count(row.reach, "no posts measured")}
                  {row.reach !== null && row.basis.reach !== "measured" ? (
                    <span className="muted small"> ({row.basis.reach})</span>
                  ) : null}
                </td>
                <td className="num">{formatCount(row.clicks)}</td>
                <td className="num">{formatCount(row.orders)}</td>
                <td className="num">{formatMoney(row.revenue, c)}</td>
                <td className="num">{ratio(row.roas, "no cost")}</td>
                <td className="num">{unitCost(row.cpc, c, "no clicks")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="section-title">By content format</h2>
      <p className="muted small">
        In whole units: a creator's fees and commissions are shared equally over their posts, paid
        amplification goes to the post it boosted; clicks, orders, campaign-level costs and creators without
        posts are unassigned.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Format</th>
              <th scope="col" className="num">
                Posts
              </th>
              <th scope="col" className="num">
                Cost
              </th>
              <th scope="col" className="num">
                Engagements
              </th>
              <th scope="col" className="num">
                CPE
              </th>
              <th scope="col" className="num">
                EMV ({report.emvCurrency})
              </th>
              <th scope="col" className="num">
                Clicks
              </th>
              <th scope="col" className="num">
                Orders
              </th>
              <th scope="col" className="num">
                Revenue
              </th>
            </tr>
          </thead>
          <tbody>
            {report.byFormat.map((row) => (
              <tr key={row.format}>
                <td className="capitalize">{row.format}</td>
                <td className="num">{formatCount(row.posts)}</td>
                <td className="num">{formatMoney(row.cost, c)}</td>
                <td className="num">
                  {row.format === "unassigned" ? (
                    "—"
                  ) : (
                    <>
                      {count(row.engagements, "no engagements known")}{" "}
                      <span className="muted small">({formatCoverage(row.coverage.engagements)})</span>
                    </>
                  )}
                </td>
                <td className="num">{unitCost(row.cpe, c, "not known")}</td>
                <td className="num">{formatMinor(row.emv, report.emvCurrency)}</td>
                <td className="num">{formatCount(row.clicks)}</td>
                <td className="num">{formatCount(row.orders)}</td>
                <td className="num">{formatMoney(row.revenue, c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="section-title">EMV rate cards</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Platform</th>
              {Object.keys(report.rateCards[0]?.rates ?? {}).map((metric) => (
                <th scope="col" className="num capitalize" key={metric}>
                  {metric}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rateCards.map((card) => (
              <tr key={card.platform}>
                <td>
                  {platformName(card.platform)} ({card.currency})
                </td>
                {Object.entries(card.rates).map(([metric, rate]) => (
                  <td className="num" key={metric}>
                    {formatMinor(rate, card.currency, { extraDigits: 2 })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <RetentionSection campaignId={campaignId} />
      <ForecastCheckSection campaignId={campaignId} />
      <SentimentSection
        campaignId={campaignId}
        names={new Map(report.byCreator.map((row) => [row.creatorId, row.name]))}
      />
      <PayoutsSection
        campaignId={campaignId}
        names={new Map(report.byCreator.map((row) => [row.creatorId, row.name]))}
      />
      <p className="muted small">
        {report.clicksFromBots} bot and link-preview clicks are excluded.
        {report.otherCurrencies.map(
          (o) =>
            ` ${o.orders} orders in ${o.currency} (${formatMinor(o.netRevenue, o.currency)} net) count as orders; their revenue is reported apart, not converted.`,
        )}
      </p>
    </>
  );
}
