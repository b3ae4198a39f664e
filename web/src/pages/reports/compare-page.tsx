import { toMajor } from "@shared/money";
import { formatUnitCost } from "@shared/report-format";
import { type ReactNode, useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { get, getAll } from "../../api";
import { EmptyState, ErrorAlert, PageHeader, SelectField } from "../../components/ui";
import { formatCount, formatMoney, formatRate } from "../../format";
import { Unknown } from "./report-page";

type Basis = "measured" | "estimated" | "mixed" | "unknown";

interface Figures {
  cost: number;
  reach: number | null;
  engagements: number | null;
  clicks: number;
  orders: number;
  revenue: number;
  emv: number;
  basis: { impressions: Basis; reach: Basis; engagements: Basis };
  cpm: number | null;
  cpe: number | null;
  cpc: number | null;
  cac: number | null;
  roas: number | null;
  roi: number | null;
}

interface CurrencyTotal {
  currency: string;
  campaignIds: string[];
  cost: number;
  revenue: number;
  roas: number | null;
}

interface CampaignComparison {
  campaigns: Array<{
    campaignId: string;
    name: string;
    startDate: string;
    endDate: string;
    currency: string;
    emvCurrency: string;
    totals: Figures;
  }>;
  byCurrency: CurrencyTotal[];
  mixedCurrencies: boolean;
  moneyNote: string;
  creators: Array<{ creatorId: string; name: string; campaignIds: string[] }>;
}

interface CreatorComparison {
  creators: Array<{
    creatorId: string;
    name: string;
    rows: Array<
      Figures & { campaignId: string; campaignName: string; currency: string; emvCurrency: string }
    >;
    total: {
      campaigns: number;
      reach: number | null;
      clicks: number;
      orders: number;
      byCurrency: Array<CurrencyTotal & { cpc: number | null }>;
    };
  }>;
}

interface CampaignSummary {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  currency: string;
}

type Kind = "money" | "unitCost" | "count" | "ratio" | "rate";

/** The key figures, each with how to show it and why it can be unknown. */
const metrics: Array<{ key: keyof Figures & string; label: string; kind: Kind; unknown: string }> = [
  { key: "cost", label: "Cost", kind: "money", unknown: "" },
  { key: "reach", label: "Reach", kind: "count", unknown: "no reach reported or estimable" },
  { key: "engagements", label: "Engagements", kind: "count", unknown: "no engagements reported" },
  { key: "clicks", label: "Clicks (bots excluded)", kind: "count", unknown: "" },
  { key: "orders", label: "Orders", kind: "count", unknown: "" },
  { key: "revenue", label: "Revenue (net of refunds)", kind: "money", unknown: "" },
  { key: "cpm", label: "CPM", kind: "unitCost", unknown: "no impressions" },
  { key: "cpe", label: "CPE", kind: "unitCost", unknown: "no engagements" },
  { key: "cpc", label: "CPC", kind: "unitCost", unknown: "no tracked clicks" },
  { key: "cac", label: "CAC", kind: "unitCost", unknown: "no new customers" },
  { key: "roas", label: "ROAS", kind: "ratio", unknown: "no cost recorded" },
  { key: "roi", label: "ROI", kind: "rate", unknown: "no cost recorded" },
  { key: "emv", label: "EMV (estimate, not revenue)", kind: "money", unknown: "" },
];

function show(value: number | null, kind: Kind, currency: string, reason: string): ReactNode {
  if (value === null) return <Unknown reason={reason} />;
  switch (kind) {
    case "money":
      return formatMoney(value, currency);
    case "unitCost":
      return formatUnitCost(value, currency);
    case "count":
      return formatCount(value);
    case "ratio":
      return `${value.toFixed(2)}×`;
    case "rate":
      return formatRate(value, 1);
  }
}

function figureOf(totals: Figures, key: keyof Figures & string): number | null {
  const value = totals[key];
  return typeof value === "number" ? value : null;
}

function CampaignPicker({
  campaigns,
  selected,
  onChange,
}: {
  campaigns: CampaignSummary[];
  selected: string[];
  onChange(ids: string[]): void;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend>Campaigns to compare (2 to 10)</legend>
      {campaigns.map((c) => (
        <label key={c.id}>
          <input
            type="checkbox"
            checked={selected.includes(c.id)}
            disabled={!selected.includes(c.id) && selected.length >= 10}
            onChange={(e) =>
              onChange(e.target.checked ? [...selected, c.id] : selected.filter((id) => id !== c.id))
            }
          />{" "}
          {c.name} <span className="muted small">({c.currency})</span>
        </label>
      ))}
    </fieldset>
  );
}

function MetricChart({
  comparison,
  metric,
}: {
  comparison: CampaignComparison;
  metric: (typeof metrics)[number];
}) {
  const moneyLike = metric.kind === "money" || metric.kind === "unitCost";
  const currencyOf = (c: CampaignComparison["campaigns"][number]) =>
    metric.key === "emv" ? c.emvCurrency : c.currency;
  // Money in different currencies is never drawn on one axis: one chart per currency.
  const groups = moneyLike
    ? [...new Set(comparison.campaigns.map(currencyOf))].map((currency) => ({
        currency,
        campaigns: comparison.campaigns.filter((c) => currencyOf(c) === currency),
      }))
    : [{ currency: "", campaigns: comparison.campaigns }];
  const unknown = comparison.campaigns.filter((c) => figureOf(c.totals, metric.key) === null);
  return (
    <>
      {groups.map((group) => (
        <div className="chart" key={group.currency || "all"}>
          {groups.length > 1 ? <h3 className="small">{group.currency}</h3> : null}
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={group.campaigns.map((c) => {
                const value = figureOf(c.totals, metric.key);
                // Money is charted in major units so the axis reads like the table.
                return {
                  name: c.name,
                  value: value !== null && moneyLike ? toMajor(value, group.currency) : value,
                };
              })}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tickLine={false} />
              <YAxis tickLine={false} width={72} />
              <Tooltip />
              <Bar
                dataKey="value"
                name={moneyLike ? `${metric.label} (${group.currency})` : metric.label}
                fill="#4f46e5"
                radius={[4, 4, 0, 0]}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ))}
      {unknown.length > 0 ? (
        <p className="muted small">
          Not drawn, unknown ({metric.unknown}): {unknown.map((c) => c.name).join(", ")}.
        </p>
      ) : null}
    </>
  );
}

function CreatorsAcross({ comparison }: { comparison: CampaignComparison }) {
  const shared = comparison.creators.filter((c) => c.campaignIds.length > 1);
  const [chosen, setChosen] = useState<string[]>(() => shared.slice(0, 10).map((c) => c.creatorId));
  const [result, setResult] = useState<CreatorComparison | null>(null);
  const [error, setError] = useState<unknown>(null);
  const campaignIds = comparison.campaigns.map((c) => c.campaignId).join(",");

  useEffect(() => {
    setError(null);
    if (chosen.length === 0) {
      setResult(null);
      return;
    }
    get<CreatorComparison>(
      `/api/v1/reports/compare-creators?creatorIds=${chosen.join(",")}&campaignIds=${campaignIds}`,
    ).then(setResult, setError);
  }, [chosen, campaignIds]);

  return (
    <section aria-labelledby="creators-across-title">
      <h2 id="creators-across-title" className="section-title">
        Creators across campaigns
      </h2>
      {shared.length === 0 ? (
        <p className="muted">
          No creator was measured in more than one of these campaigns; pick any to compare.
        </p>
      ) : null}
      <fieldset className="checkbox-group">
        <legend>Creators</legend>
        {comparison.creators.map((c) => (
          <label key={c.creatorId}>
            <input
              type="checkbox"
              checked={chosen.includes(c.creatorId)}
              onChange={(e) =>
                setChosen(
                  e.target.checked ? [...chosen, c.creatorId] : chosen.filter((id) => id !== c.creatorId),
                )
              }
            />{" "}
            {c.name} <span className="muted small">({c.campaignIds.length})</span>
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={error} />
      {result ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Campaign</th>
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
              </tr>
            </thead>
            <tbody>
              {result.creators.flatMap((creator) => [
                ...creator.rows.map((row, i) => (
                  <tr key={`${creator.creatorId}-${row.campaignId}`}>
                    <td>{i === 0 ? creator.name : ""}</td>
                    <td>{row.campaignName}</td>
                    <td className="num">{formatMoney(row.cost, row.currency)}</td>
                    <td className="num">{show(row.reach, "count", row.currency, "no posts measured")}</td>
                    <td className="num">{formatCount(row.clicks)}</td>
                    <td className="num">{formatCount(row.orders)}</td>
                    <td className="num">{formatMoney(row.revenue, row.currency)}</td>
                    <td className="num">{show(row.roas, "ratio", row.currency, "no cost")}</td>
                  </tr>
                )),
                <tr key={`${creator.creatorId}-total`}>
                  <th scope="row">{creator.rows.length === 0 ? creator.name : ""}</th>
                  <th scope="row">
                    Total, {creator.total.campaigns} campaign{creator.total.campaigns === 1 ? "" : "s"}
                  </th>
                  <td className="num">
                    {creator.total.byCurrency.map((t) => (
                      <div key={t.currency}>{formatMoney(t.cost, t.currency)}</div>
                    ))}
                  </td>
                  <td className="num">{show(creator.total.reach, "count", "", "no posts measured")}</td>
                  <td className="num">{formatCount(creator.total.clicks)}</td>
                  <td className="num">{formatCount(creator.total.orders)}</td>
                  <td className="num">
                    {creator.total.byCurrency.map((t) => (
                      <div key={t.currency}>{formatMoney(t.revenue, t.currency)}</div>
                    ))}
                  </td>
                  <td className="num">
                    {creator.total.byCurrency.map((t) => (
                      <div key={t.currency}>{show(t.roas, "ratio", t.currency, "no cost")}</div>
                    ))}
                  </td>
                </tr>,
              ])}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const selected = (params.get("campaignIds") ?? "").split(",").filter(Boolean);
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [comparison, setComparison] = useState<CampaignComparison | null>(null);
  const [metricKey, setMetricKey] = useState("revenue");
  const [error, setError] = useState<unknown>(null);
  const selectedKey = selected.join(",");

  useEffect(() => {
    getAll<CampaignSummary>("/api/v1/campaigns").then(setCampaigns, setError);
  }, []);
  useEffect(() => {
    setError(null);
    if (selectedKey.split(",").filter(Boolean).length < 2) {
      setComparison(null);
      return;
    }
    get<CampaignComparison>(`/api/v1/reports/compare?campaignIds=${selectedKey}`).then(
      setComparison,
      setError,
    );
  }, [selectedKey]);

  const metric = metrics.find((m) => m.key === metricKey) ?? metrics[0];
  return (
    <>
      <PageHeader
        title="Compare campaigns"
        description="Campaigns side by side, each in its own currency; money is never added across currencies."
        actions={
          <Link className="button" to="/reports">
            All reports
          </Link>
        }
      />
      <ErrorAlert error={error} />
      {campaigns && campaigns.length < 2 ? (
        <EmptyState title="Two campaigns are needed">
          <p className="muted">Create a second campaign to compare it with the first.</p>
        </EmptyState>
      ) : null}
      {campaigns && campaigns.length >= 2 ? (
        <CampaignPicker
          campaigns={campaigns}
          selected={selected}
          onChange={(ids) => setParams(ids.length ? { campaignIds: ids.join(",") } : {}, { replace: true })}
        />
      ) : null}
      {selected.length < 2 ? <p className="muted">Pick at least two campaigns.</p> : null}
      {comparison && metric ? (
        <>
          <h2 className="section-title">Key figures</h2>
          {comparison.mixedCurrencies ? <p className="alert">{comparison.moneyNote}</p> : null}
          <div className="table-wrap">
            <table aria-label="Campaigns side by side">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  {comparison.campaigns.map((c) => (
                    <th scope="col" className="num" key={c.campaignId}>
                      <Link to={`/reports/${c.campaignId}`}>{c.name}</Link>
                      <div className="muted small">
                        {c.startDate} – {c.endDate} · {c.currency}
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {metrics.map((m) => (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    {comparison.campaigns.map((c) => (
                      <td className="num" key={c.campaignId}>
                        {show(
                          figureOf(c.totals, m.key),
                          m.kind,
                          m.key === "emv" ? c.emvCurrency : c.currency,
                          m.unknown,
                        )}
                        {m.key === "reach" &&
                        c.totals.reach !== null &&
                        c.totals.basis.reach !== "measured" ? (
                          <span className="muted small"> ({c.totals.basis.reach})</span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="card chart-card" aria-label="Metric by campaign">
            <h2>{metric.label} by campaign</h2>
            <SelectField
              label="Figure to chart"
              value={metric.key}
              onChange={setMetricKey}
              options={metrics.map((m) => ({ value: m.key, label: m.label }))}
            />
            <MetricChart comparison={comparison} metric={metric} />
          </section>
          <CreatorsAcross
            key={comparison.campaigns.map((c) => c.campaignId).join(",")}
            comparison={comparison}
          />
        </>
      ) : null}
    </>
  );
}
