import { useEffect, useState } from "react";
import { get } from "../../api";
import { ErrorAlert } from "../../components/ui";
import { formatRate } from "../../format";

interface RetentionGroup {
  customers: number;
  eligible: number;
  repeated: number;
  repeatRate: number | null;
}

interface RetentionImpact {
  windowDays: number;
  acquiredByCreators: RetentionGroup;
  otherCustomers: RetentionGroup;
  difference: number | null;
}

function GroupCell({ group, windowDays }: { group: RetentionGroup; windowDays: number }) {
  if (group.repeatRate === null)
    return (
      <td className="num">
        <span className="muted small">
          —{" "}
          {group.customers === 0
            ? "no customers yet"
            : `${group.customers} customers, none past ${windowDays} days yet`}
        </span>
      </td>
    );
  return (
    <td className="num">
      {formatRate(group.repeatRate, 1)}
      <div className="muted small">
        {group.repeated} of {group.eligible} ordered again
        {group.customers > group.eligible ? ` · ${group.customers - group.eligible} still open` : ""}
      </div>
    </td>
  );
}

/** Retention impact: do the customers creators bring in come back more than others? */
export function RetentionSection({ campaignId }: { campaignId: string }) {
  const [impact, setImpact] = useState<RetentionImpact | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    get<RetentionImpact>(`/api/v1/campaigns/${campaignId}/retention`).then(setImpact, setError);
  }, [campaignId]);
  if (error) return <ErrorAlert error={error} />;
  if (!impact) return null;
  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title" className="section-title">
        Retention impact
      </h2>
      <p className="muted">
        Customers whose first order came through this campaign's creators, and customers first acquired in the
        same period without a creator: the share who ordered again within {impact.windowDays} days.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Acquired through creators</th>
              <th scope="col">Other customers</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <GroupCell group={impact.acquiredByCreators} windowDays={impact.windowDays} />
              <GroupCell group={impact.otherCustomers} windowDays={impact.windowDays} />
              <td className="num">
                {impact.difference === null ? (
                  <span className="muted small">— needs both rates</span>
                ) : (
                  `${impact.difference >= 0 ? "+" : "−"}${formatRate(Math.abs(impact.difference), 1).replace("%", " pts")}`
                )}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
