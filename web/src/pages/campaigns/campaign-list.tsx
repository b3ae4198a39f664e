import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { getAll } from "../../api";
import { EmptyState, ErrorAlert, PageHeader } from "../../components/ui";
import { formatMoney } from "../../format";
import { type Campaign, pipelineStages, stageLabels } from "./types";

export function CampaignListPage() {
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getAll<Campaign>("/api/v1/campaigns").then(setCampaigns, setError);
  }, []);
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Objectives, creators, terms and results, one campaign at a time."
        actions={
          <Link className="button" to="/campaigns/new">
            New campaign
          </Link>
        }
      />
      <ErrorAlert error={error} />
      {campaigns && campaigns.length === 0 ? (
        <EmptyState title="No campaigns yet">
          <p className="muted">Start with the goal, the audience and the KPIs; creators and terms follow.</p>
        </EmptyState>
      ) : null}
      {campaigns && campaigns.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Goal</th>
                <th scope="col">Dates</th>
                <th scope="col" className="num">
                  Budget
                </th>
                <th scope="col">Pipeline</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link className="cell-title" to={`/campaigns/${c.id}`}>
                      {c.name}
                    </Link>
                    <div className="muted">{c.brand}</div>
                  </td>
                  <td className="capitalize">{c.goal}</td>
                  <td>
                    {c.startDate} – {c.endDate}
                  </td>
                  <td className="num">{formatMoney(c.budget, c.currency)}</td>
                  <td>
                    {pipelineStages
                      .filter((s) => c.creatorsByStage?.[s])
                      .map((s) => `${c.creatorsByStage?.[s]} ${stageLabels[s].toLowerCase()}`)
                      .join(" · ") || "No creators yet"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
