import { useEffect, useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { get } from "../api";
import { ErrorAlert, PageHeader } from "../components/ui";
import { formatCount, platformName } from "../format";
import { useActiveOrganisation } from "../session";

interface Overview {
  creators: number;
  accounts: number;
  members: number;
  byPlatform: Array<{ platform: string; accounts: number }>;
  byTier: Array<{ tier: string; accounts: number }>;
}

interface Bucket {
  label: string;
  accounts: number;
  /** Shown in the tooltip, e.g. the follower range of a tier. */
  detail?: string;
}

/** Smallest to largest. Emerging (under 1K followers) only appears when there are some. */
const tierOrder = ["nano", "micro", "mid", "macro", "mega"];
const tierRanges: Record<string, string> = {
  emerging: "under 1K followers",
  nano: "1K–10K followers",
  micro: "10K–100K followers",
  mid: "100K–500K followers",
  macro: "500K–1M followers",
  mega: "1M+ followers",
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function tierBuckets(byTier: Overview["byTier"]): Bucket[] {
  const count = (tier: string) => byTier.find((t) => t.tier === tier)?.accounts ?? 0;
  const emerging = count("emerging");
  const tiers = emerging > 0 ? ["emerging", ...tierOrder] : tierOrder;
  return tiers.map((tier) => ({ label: capitalise(tier), accounts: count(tier), detail: tierRanges[tier] }));
}

function ChartCard({ title, data, loading }: { title: string; data: Bucket[]; loading: boolean }) {
  const id = useId();
  const empty = data.every((d) => d.accounts === 0);
  const summary = data.map((d) => `${d.label}: ${formatCount(d.accounts)}`).join(", ");
  return (
    <section className="card chart-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div
        className="chart"
        role="img"
        aria-label={
          loading ? `${title}: loading` : empty ? `${title}: no accounts yet` : `${title}. ${summary}.`
        }
        aria-busy={loading}
      >
        {loading ? (
          <div className="chart-placeholder" />
        ) : empty ? (
          <p className="chart-empty muted">No accounts yet.</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tickLine={false} interval={0} />
              <YAxis allowDecimals={false} tickLine={false} width={48} />
              <Tooltip
                cursor={{ fill: "rgba(79, 70, 229, 0.08)" }}
                labelFormatter={(label) => {
                  const detail = data.find((d) => d.label === label)?.detail;
                  return detail ? `${label} (${detail})` : String(label);
                }}
              />
              <Bar dataKey="accounts" name="Accounts" fill="#4f46e5" radius={[4, 4, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
    </section>
  );
}

export function OverviewPage() {
  const organisation = useActiveOrganisation();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    get<Overview>("/api/v1/overview").then(setOverview, setError);
  }, []);

  const loading = !overview && !error;
  const stats: Array<[string, number | undefined]> = [
    ["Creators", overview?.creators],
    ["Social accounts", overview?.accounts],
    ["Team members", overview?.members],
  ];

  return (
    <>
      <PageHeader
        title="Overview"
        description={organisation ? `${organisation.name} at a glance` : undefined}
      />
      <ErrorAlert error={error} />
      <div className="stat-grid stat-grid-compact">
        {stats.map(([label, value]) => (
          <div className="card stat" key={label}>
            <span className="stat-label">{label}</span>
            <span className="stat-value">{overview ? formatCount(value) : "…"}</span>
          </div>
        ))}
      </div>
      <div className="chart-grid">
        <ChartCard
          title="Accounts by platform"
          loading={loading}
          data={(overview?.byPlatform ?? [])
            .filter((p) => p.accounts > 0)
            .map((p) => ({ label: platformName(p.platform), accounts: p.accounts }))}
        />
        <ChartCard title="Accounts by tier" loading={loading} data={tierBuckets(overview?.byTier ?? [])} />
      </div>
    </>
  );
}
