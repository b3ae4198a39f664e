import { fromMajor, toMajor } from "@shared/money";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { get, post } from "../../api";
import { ErrorAlert, Field, fieldError, PageHeader, SelectField } from "../../components/ui";
import { formatCount, formatMoney, platformName } from "../../format";

type Goal = "reach" | "impressions" | "engagements" | "clicks" | "conversions" | "revenue";

interface Interval {
  expected: number;
  low: number;
  high: number;
}

interface PlannedCreator {
  accountId: string;
  creatorId: string;
  name: string;
  handle: string;
  platform: string;
  tier: string;
  deliverables: number;
  format: string;
  price: Interval & { basis: string };
  cost: number;
  forecast: Record<Goal, Interval>;
}

interface PlanOption {
  label: string;
  creators: PlannedCreator[];
  cost: number;
  forecast: Interval;
}

interface PlanResult {
  currency: string;
  goal: Goal;
  budget: number;
  candidates: number;
  excluded: Array<{ creatorId: string; handle: string; reason: string }>;
  proposed: PlanOption & { gap: number; status: string };
  alternatives: PlanOption[];
  learnedFrom: { pastFees: number; measuredCampaigns: number };
}

interface Campaign {
  id: string;
  name: string;
  currency: string;
  budget: number | null;
  goal: string;
}

const goalOptions: Array<{ value: Goal; label: string }> = [
  { value: "reach", label: "Reach" },
  { value: "impressions", label: "Impressions" },
  { value: "engagements", label: "Engagements" },
  { value: "clicks", label: "Clicks" },
  { value: "conversions", label: "Conversions" },
  { value: "revenue", label: "Revenue" },
];

const defaultGoal: Record<string, Goal> = {
  awareness: "reach",
  consideration: "engagements",
  conversion: "conversions",
  loyalty: "revenue",
};

function range(i: Interval, goal: Goal, currency: string): string {
  const show = (n: number) =>
    goal === "revenue" ? formatMoney(Math.round(n), currency) : formatCount(Math.round(n * 10) / 10);
  return `${show(i.expected)} (80%: ${show(i.low)}–${show(i.high)})`;
}

export function PlannerPage() {
  const { campaignId = "" } = useParams();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [goal, setGoal] = useState<Goal>("reach");
  const [budget, setBudget] = useState("");
  const [maxShare, setMaxShare] = useState("40");
  const [minNano, setMinNano] = useState("");
  const [minMicro, setMinMicro] = useState("");
  const [maxMega, setMaxMega] = useState("");
  const [minQuality, setMinQuality] = useState("");
  const [plan, setPlan] = useState<PlanResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    get<Campaign>(`/api/v1/campaigns/${campaignId}`).then((c) => {
      setCampaign(c);
      setGoal(defaultGoal[c.goal] ?? "reach");
      if (c.budget !== null) setBudget(String(toMajor(c.budget, c.currency)));
    }, setError);
  }, [campaignId]);

  async function propose(event: FormEvent) {
    event.preventDefault();
    if (!campaign) return;
    setBusy(true);
    setError(null);
    setAdded(null);
    const count = (value: string) => (value.trim() === "" ? undefined : Number(value));
    const perTier: Record<string, { min?: number; max?: number }> = {};
    if (count(minNano) !== undefined) perTier.nano = { min: count(minNano) };
    if (count(minMicro) !== undefined) perTier.micro = { min: count(minMicro) };
    if (count(maxMega) !== undefined) perTier.mega = { max: count(maxMega) };
    try {
      setPlan(
        await post<PlanResult>(`/api/v1/campaigns/${campaignId}/plan`, {
          goal,
          budget: budget.trim() ? fromMajor(Number(budget), campaign.currency) : undefined,
          maxShareOfBudget: count(maxShare) === undefined ? undefined : (count(maxShare) ?? 100) / 100,
          minQuality: count(minQuality),
          ...(Object.keys(perTier).length ? { perTier } : {}),
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function addToPipeline() {
    if (!plan) return;
    try {
      const result = await post<{ added: number; alreadyIn: number }>(
        `/api/v1/campaigns/${campaignId}/creators/bulk`,
        {
          creatorIds: [...new Set(plan.proposed.creators.map((c) => c.creatorId))],
        },
      );
      setAdded(`${result.added} creators added to the pipeline; ${result.alreadyIn} were already in it.`);
    } catch (caught) {
      setError(caught);
    }
  }

  const options = plan ? [plan.proposed, ...plan.alternatives] : [];
  const chartData = options.map((o) => ({
    label: o.label,
    expected: Math.round(o.forecast.expected),
    error: [o.forecast.expected - o.forecast.low, o.forecast.high - o.forecast.expected],
  }));

  return (
    <>
      <PageHeader
        title="Plan the creator mix"
        description={
          campaign
            ? `${campaign.name}: the mix that serves the goal best within the budget, with the uncertainty shown.`
            : undefined
        }
        actions={
          <Link className="button" to={`/campaigns/${campaignId}`}>
            Back to campaign
          </Link>
        }
      />
      <form className="card planner-form" onSubmit={propose}>
        <ErrorAlert error={error} />
        <div className="planner-grid">
          <SelectField
            label="Goal"
            value={goal}
            onChange={(value) => setGoal(value as Goal)}
            options={goalOptions}
            error={fieldError(error, "goal")}
          />
          <Field
            label={`Budget (${campaign?.currency ?? ""})`}
            inputMode="decimal"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            error={fieldError(error, "budget")}
          />
          <Field
            label="Most of the budget on one creator (%)"
            inputMode="numeric"
            value={maxShare}
            onChange={(e) => setMaxShare(e.target.value)}
            error={fieldError(error, "maxShareOfBudget")}
          />
          <Field
            label="At least this many nano creators"
            inputMode="numeric"
            value={minNano}
            onChange={(e) => setMinNano(e.target.value)}
          />
          <Field
            label="At least this many micro creators"
            inputMode="numeric"
            value={minMicro}
            onChange={(e) => setMinMicro(e.target.value)}
          />
          <Field
            label="At most this many mega creators"
            inputMode="numeric"
            value={maxMega}
            onChange={(e) => setMaxMega(e.target.value)}
          />
          <Field
            label="Minimum quality score (0–100)"
            inputMode="numeric"
            value={minQuality}
            onChange={(e) => setMinQuality(e.target.value)}
            error={fieldError(error, "minQuality")}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy || !campaign}>
          {busy ? "Planning…" : "Propose mix"}
        </button>
      </form>

      {plan ? (
        <>
          <div className="stat-grid planner-options">
            {options.map((o, index) => (
              <section
                className={`card stat${index === 0 ? " planner-best" : ""}`}
                key={o.label}
                aria-label={o.label}
              >
                <span className="stat-label">{o.label}</span>
                <span className="stat-value">{formatCount(Math.round(o.forecast.expected))}</span>
                <span className="muted">
                  {plan.goal}, 80%: {formatCount(Math.round(o.forecast.low))}–
                  {formatCount(Math.round(o.forecast.high))}
                </span>
                <span className="muted">
                  {o.creators.length} creators · {formatMoney(o.cost, plan.currency)}
                </span>
              </section>
            ))}
          </div>
          <p className="muted">
            {plan.candidates} candidates considered. The proposed mix is at most{" "}
            {(plan.proposed.gap * 100).toFixed(2)}% below the best possible (a proved bound).{" "}
            {plan.learnedFrom.pastFees > 0 || plan.learnedFrom.measuredCampaigns > 0
              ? `Prices blend rate-card data with ${plan.learnedFrom.pastFees} fees from your contracts; click and conversion rates learn from ${plan.learnedFrom.measuredCampaigns} measured campaigns.`
              : "Prices and forecasts are estimates from rate-card and benchmark data until your own contracts and measured campaigns refine them."}
          </p>
          <section className="card chart-card" aria-label="Forecast by option">
            <h2>Forecast {plan.goal} by option</h2>
            <div className="chart">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={chartData}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tickLine={false} />
                  <YAxis tickLine={false} width={64} />
                  <Tooltip />
                  <Bar dataKey="expected" name={`Expected ${plan.goal}`} fill="#4f46e5" radius={[4, 4, 0, 0]}>
                    <ErrorBar dataKey="error" width={8} stroke="#141833" />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
          </section>
          <div className="page-header">
            <h2 className="section-title">Proposed mix</h2>
            <button
              type="button"
              className="button primary"
              onClick={() => void addToPipeline()}
              disabled={plan.proposed.creators.length === 0}
            >
              Add these creators to the pipeline
            </button>
          </div>
          {added ? (
            <div className="secret-box" role="status">
              {added}
            </div>
          ) : null}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Platform</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Deliverables</th>
                  <th scope="col" className="num">
                    Price each (range)
                  </th>
                  <th scope="col" className="num">
                    Forecast {plan.goal}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.proposed.creators.map((c) => (
                  <tr key={c.accountId}>
                    <td>
                      <div className="cell-title">{c.name}</div>
                      <div className="muted">@{c.handle}</div>
                    </td>
                    <td>{platformName(c.platform)}</td>
                    <td>
                      <span className={`badge tier-${c.tier}`}>{c.tier}</span>
                    </td>
                    <td>
                      {c.deliverables} × {c.format}
                    </td>
                    <td className="num">
                      {formatMoney(c.price.expected, plan.currency)}
                      <div className="muted">
                        {c.price.basis === "quote"
                          ? "quoted by the creator"
                          : `${formatMoney(c.price.low, plan.currency)}–${formatMoney(c.price.high, plan.currency)}${c.price.basis === "history" ? " · from your fees" : ""}`}
                      </div>
                    </td>
                    <td className="num">{range(c.forecast[plan.goal], plan.goal, plan.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plan.excluded.length > 0 ? (
            <>
              <h2 className="section-title">Left out</h2>
              <ul>
                {plan.excluded.map((e) => (
                  <li key={`${e.creatorId}-${e.handle}`}>
                    @{e.handle}: {e.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
