import { useEffect, useState } from "react";
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

function ChartCard({
  title,
  data,
  dataKey,
}: {
  title: string;
  data: Array<Record<string, string | number>>;
  dataKey: string;
}) {
  return (
    <section className="card chart-card" aria-label={title}>
      <h2>{title}</h2>
      <div className="chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={dataKey} tickLine={false} />
            <YAxis allowDecimals={false} tickLine={false} width={48} />
            <Tooltip />
            <Bar dataKey="accounts" name="Accounts" fill="#4f46e5" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
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

  return (
    <>
      <PageHeader
        title="Overview"
        description={organisation ? `${organisation.name} at a glance` : undefined}
      />
      <ErrorAlert error={error} />
      <div className="stat-grid">
        {[
          ["Creators", overview?.creators],
          ["Social accounts", overview?.accounts],
          ["Team members", overview?.members],
        ].map(([label, value]) => (
          <div className="card stat" key={String(label)}>
            <span className="stat-label">{label}</span>
            <span className="stat-value">{overview ? formatCount(value as number) : "…"}</span>
          </div>
        ))}
      </div>
      <div className="chart-grid">
        <ChartCard
          title="Accounts by platform"
          dataKey="platform"
          data={(overview?.byPlatform ?? []).map((p) => ({
            platform: platformName(p.platform),
            accounts: p.accounts,
          }))}
        />
        <ChartCard
          title="Accounts by tier"
          dataKey="tier"
          data={(overview?.byTier ?? [])
            .filter((t) => t.tier !== "emerging")
            .map((t) => ({ tier: t.tier, accounts: t.accounts }))}
        />
      </div>
    </>
  );
}
