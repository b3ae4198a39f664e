import { kpiDefinition } from "@shared/kpi-catalogue";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { get, getAll, type Page, pageUrl, patch, post } from "../../api";
import { ErrorAlert, Field, PageHeader } from "../../components/ui";
import { formatCount, formatMoney, formatRate, formatTime } from "../../format";
import { ReviewQueue } from "../review/review-queue";
import { CampaignCosts } from "./campaign-costs";
import { PipelineBoard, PipelineTable } from "./pipeline-board";
import type { Budget, Campaign, Kpi, Message, PipelineEntry, Plan, Stage } from "./types";

function kpiTarget(kpi: Kpi, currency: string): string {
  if (kpi.unit === "fraction") return formatRate(kpi.target);
  if (kpi.unit === "money") return formatMoney(kpi.target, currency);
  if (kpi.unit === "ratio") return `${kpi.target}×`;
  return formatCount(kpi.target);
}

type OutboxMessage = Message & { creatorId: string };

interface CreatorSearchRow {
  creatorId: string;
  name: string;
  handle: string;
  platform: string;
  followers: number;
}

function AddCreators({ campaignId, onAdded }: { campaignId: string; onAdded(): void }) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<CreatorSearchRow[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState("");

  async function search(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const page = await get<{ items: CreatorSearchRow[] }>(
        `/api/v1/creators?limit=20&q=${encodeURIComponent(q)}`,
      );
      setResults(page.items);
    } catch (caught) {
      setError(caught);
    }
  }

  async function add() {
    setError(null);
    try {
      const result = await post<{ added: number; alreadyIn: number }>(
        `/api/v1/campaigns/${campaignId}/creators/bulk`,
        {
          creatorIds: [...selected],
        },
      );
      setNote(
        `${result.added} added${result.alreadyIn ? `, ${result.alreadyIn} already in the campaign` : ""}.`,
      );
      setSelected(new Set());
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="card" aria-labelledby="add-creators">
      <h2 id="add-creators" className="section-title">
        Add creators
      </h2>
      <ErrorAlert error={error} />
      <form className="inline-form" onSubmit={search}>
        <Field label="Search creators" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {results.length > 0 ? (
        <ul>
          {results.map((r) => (
            <li key={`${r.creatorId}-${r.handle}`}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.has(r.creatorId)}
                  onChange={(e) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.add(r.creatorId);
                      else next.delete(r.creatorId);
                      return next;
                    })
                  }
                />{" "}
                {r.name} (@{r.handle}, {formatCount(r.followers)})
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button" disabled={selected.size === 0} onClick={() => void add()}>
        Shortlist {selected.size || ""} selected
      </button>
      {note ? <p role="status">{note}</p> : null}
    </section>
  );
}

export function CampaignPage() {
  const { campaignId = "" } = useParams();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [budget, setBudget] = useState<Budget | null>(null);
  const [pipeline, setPipeline] = useState<PipelineEntry[]>([]);
  const [outbox, setOutbox] = useState<(Page<OutboxMessage> & { smtpConfigured: boolean }) | null>(null);
  const [view, setView] = useState<"board" | "table">("board");
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const [c, p, b, list, box] = await Promise.all([
        get<Campaign>(`/api/v1/campaigns/${campaignId}`),
        get<Plan>(`/api/v1/campaigns/${campaignId}/plan`),
        get<Budget>(`/api/v1/campaigns/${campaignId}/budget`),
        getAll<PipelineEntry>(`/api/v1/campaigns/${campaignId}/creators`),
        get<Page<OutboxMessage> & { smtpConfigured: boolean }>(
          pageUrl(`/api/v1/outreach/outbox?campaignId=${campaignId}`),
        ),
      ]);
      setCampaign(c);
      setPlan(p);
      setBudget(b);
      setPipeline(list);
      setOutbox(box);
    } catch (caught) {
      setError(caught);
    }
  }, [campaignId]);

  async function loadMoreOutbox(current: Page<OutboxMessage> & { smtpConfigured: boolean }) {
    try {
      const next = await get<Page<OutboxMessage> & { smtpConfigured: boolean }>(
        pageUrl(`/api/v1/outreach/outbox?campaignId=${campaignId}`, current.nextCursor),
      );
      setOutbox({ ...next, items: [...current.items, ...next.items] });
    } catch (caught) {
      setError(caught);
    }
  }

  useEffect(() => {
    void load();
  }, [load]);

  async function move(creatorId: string, stage: Stage, reason?: string) {
    setError(null);
    try {
      await patch(`/api/v1/campaigns/${campaignId}/creators/${creatorId}`, {
        stage,
        ...(reason ? { reason } : {}),
      });
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  if (!campaign) return <ErrorAlert error={error} />;
  const names = new Map(pipeline.map((p) => [p.creatorId, p.name]));
  return (
    <>
      <PageHeader
        title={campaign.name}
        description={`${campaign.brand} · ${campaign.goal}: ${campaign.funnelRole} · ${campaign.startDate} – ${campaign.endDate} · attribution window ${campaign.attributionWindowDays} days`}
        actions={
          <>
            <Link className="button" to={`/campaigns/${campaign.id}/planner`}>
              Plan the creator mix
            </Link>
            <Link className="button" to={`/campaigns/${campaign.id}/tracking`}>
              Links and conversions
            </Link>
          </>
        }
      />
      <ErrorAlert error={error} />
      <section aria-labelledby="plan-title">
        <h2 id="plan-title" className="section-title">
          Plan
        </h2>
        <ol className="stat-grid" style={{ listStyle: "none", padding: 0 }}>
          {plan?.phases.map((phase) => (
            <li
              key={phase.phase}
              className="card"
              aria-current={phase.status === "current" ? "step" : undefined}
            >
              <h3 className="capitalize">
                {phase.phase} <span className="badge">{phase.status}</span>
              </h3>
              <p>{phase.question}</p>
              <p className="muted">Key actions: {phase.keyActions.join(" · ")}</p>
              <p className="muted">Primary metrics: {phase.primaryMetrics.join(", ").replaceAll("_", " ")}</p>
              {phase.missing.length ? (
                <ul aria-label={`Missing in ${phase.phase}`}>
                  {phase.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : (
                <p>Nothing missing.</p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="stat-grid" aria-label="KPIs and budget">
        {campaign.kpis.map((kpi) => (
          <div className="stat" key={`${kpi.metric}-${kpi.comparison}`}>
            <span className="stat-label">{kpiDefinition(kpi.metric)?.label ?? kpi.metric}</span>
            <span className="stat-value">
              {kpi.comparison === "gte" ? "≥" : "≤"} {kpiTarget(kpi, campaign.currency)}
            </span>
          </div>
        ))}
        {budget ? (
          <>
            <div className="stat">
              <span className="stat-label">Budget</span>
              <span className="stat-value">{formatMoney(budget.budget, budget.currency)}</span>
            </div>
            <div className="stat">
              <span className="stat-label">Committed (signed)</span>
              <span className="stat-value">{formatMoney(budget.committed, budget.currency)}</span>
            </div>
            <div className="stat">
              <span className="stat-label" title={`Excludes ${budget.excludes.join(", ")}`}>
                Forecast
              </span>
              <span className="stat-value">{formatMoney(budget.forecast, budget.currency)}</span>
            </div>
          </>
        ) : null}
      </section>
      <CampaignCosts campaignId={campaignId} currency={campaign.currency} />
      <section aria-labelledby="pipeline-title">
        <h2 id="pipeline-title" className="section-title">
          Pipeline
        </h2>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view === "board"} onClick={() => setView("board")}>
            Board
          </button>
          <button type="button" role="tab" aria-selected={view === "table"} onClick={() => setView("table")}>
            Table
          </button>
        </div>
        {view === "board" ? (
          <PipelineBoard
            campaignId={campaignId}
            currency={campaign.currency}
            entries={pipeline}
            onMove={move}
          />
        ) : (
          <PipelineTable campaignId={campaignId} currency={campaign.currency} entries={pipeline} />
        )}
      </section>
      <ReviewQueue
        campaignId={campaignId}
        creatorNames={new Map(pipeline.map((p) => [p.creatorId, p.name]))}
      />
      <AddCreators campaignId={campaignId} onAdded={() => void load()} />
      {outbox && outbox.items.length > 0 ? (
        <section className="card" aria-labelledby="outbox-title">
          <h2 id="outbox-title" className="section-title">
            Outbox
          </h2>
          {!outbox.smtpConfigured ? (
            <p className="muted">
              No SMTP server is configured (AMPLIO_SMTP_URL): these emails wait here for you to send.
            </p>
          ) : null}
          <ul>
            {outbox.items.map((m) => (
              <li key={m.id}>
                {m.status} · to {names.get(m.creatorId) ?? m.to} &lt;{m.to}&gt; · “{m.subject}” ·{" "}
                {formatTime(m.createdAt)}
                {m.error ? <span className="field-error"> {m.error}</span> : null}
              </li>
            ))}
          </ul>
          {outbox.nextCursor ? (
            <button type="button" className="button load-more" onClick={() => void loadMoreOutbox(outbox)}>
              Load older emails
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
