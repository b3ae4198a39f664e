import { toMajor } from "@shared/money";
import { useEffect, useState } from "react";
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
import { formatCount, formatMoney, formatRate, platformName } from "../../format";
import { ForecastCheckSection } from "./forecast-check-section";
import { PayoutsSection } from "./payouts-section";
import { RetentionSection } from "./retention-section";
import { SentimentSection } from "./sentiment-section";

type Basis = "measured" | "estimated" | "mixed" | "unknown";

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
  newCustomers: number;
  revenue: number;
  emv: number;
  posts: number;
  basis: { impressions: Basis; reach: Basis; engagements: Basis };
  cpm: number | null;
  cpe: number | null;
  cpc: number | null;
  ctr: number | null;
  cpa: number | null;
  cac: number | null;
  roas: number | null;
  roi: number | null;
}

interface Report {
  campaignId: string;
  currency: string;
  totals: Row & { attribution: { code: number; click: number } };
  byCreator: Array<Row & { creatorId: string; name: string; platform: string; tier: string }>;
  byPlatform: Array<Row & { platform: string }>;
  byDay: Array<{ day: string; clicks: number; orders: number; revenue: number }>;
  spendByDay: Array<{ day: string; cost: number }>;
  kpis: Array<{
    metric: string;
    comparison: "gte" | "lte";
    target: number;
    actual: number | null;
    met: boolean | null;
    progress: number | null;
  }>;
  clicksFromBots: number;
  otherCurrencyOrders: number;
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

const money = (value: number | null, currency: string, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatMoney(Math.round(value), currency);
const count = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : formatCount(value);
const ratio = (value: number | null, reason: string) =>
  value === null ? <Unknown reason={reason} /> : `${value.toFixed(2)}×`;

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

const moneyMetrics = new Set(["revenue", "cpm", "cpv", "cpe", "cpc", "cpl", "cpa", "cac", "emv"]);
const rateMetrics = new Set(["engagement_rate", "ctr"]);

function kpiValue(metric: string, value: number | null, currency: string): string {
  if (value === null) return "—";
  if (moneyMetrics.has(metric)) return formatMoney(Math.round(value), currency);
  if (rateMetrics.has(metric)) return formatRate(value, 2);
  if (metric === "roas" || metric === "roi") return `${value.toFixed(2)}×`;
  return formatCount(value);
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
        <div className="card stat">
          <span className="stat-label">Cost</span>
          <span className="stat-value">{formatMoney(t.cost, c)}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">Reach ({t.basis.reach})</span>
          <span className="stat-value">{count(t.reach, "no reach reported or estimable")}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">Engagement rate by reach</span>
          <span className="stat-value">
            {t.engagementRateByReach === null ? (
              <Unknown reason="reach unknown" />
            ) : (
              formatRate(t.engagementRateByReach, 2)
            )}
          </span>
        </div>
        <div className="card stat">
          <span className="stat-label">Clicks (bots excluded)</span>
          <span className="stat-value">{formatCount(t.clicks)}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">Orders</span>
          <span className="stat-value">{formatCount(t.orders)}</span>
          <span className="muted small">
            {t.attribution.code} by code · {t.attribution.click} by click
          </span>
        </div>
        <div className="card stat">
          <span className="stat-label">Revenue (net of refunds)</span>
          <span className="stat-value">{formatMoney(t.revenue, c)}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">ROAS</span>
          <span className="stat-value">{ratio(t.roas, "no cost recorded")}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">CAC</span>
          <span className="stat-value">{money(t.cac, c, "no new customers")}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">CPM</span>
          <span className="stat-value">{money(t.cpm, c, "no impressions")}</span>
        </div>
        <div className="card stat">
          <span className="stat-label">EMV (estimate, not revenue)</span>
          <span className="stat-value">{formatMoney(t.emv, "USD")}</span>
        </div>
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
                {report.kpis.map((k) => (
                  <tr key={`${k.metric}-${k.comparison}`}>
                    <td className="capitalize">{k.metric.replaceAll("_", " ")}</td>
                    <td className="num">
                      {k.comparison === "gte" ? "≥ " : "≤ "}
                      {kpiValue(k.metric, k.target, c)}
                    </td>
                    <td className="num">{kpiValue(k.metric, k.actual, c)}</td>
                    <td>
                      {k.met === null ? (
                        <span className="badge">not measurable yet</span>
                      ) : (
                        <span className={`badge ${k.met ? "status-active" : "status-revoked"}`}>
                          {k.met ? "met" : "not met"}
                          {k.progress !== null ? ` · ${Math.round(k.progress * 100)}%` : ""}
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
                <td className="num">{money(row.cpc, c, "no clicks")}</td>
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
        {report.otherCurrencyOrders > 0
          ? ` ${report.otherCurrencyOrders} orders in another currency are reported apart, not converted.`
          : ""}
      </p>
    </>
  );
}
