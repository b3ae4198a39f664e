import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { getAll } from "../../api";
import { ErrorAlert } from "../../components/ui";
import { type Deliverable, statusLabels } from "./types";
import "./review.css";

/** The campaign's deliverables by due date, with what waits for review and what is overdue. */
export function ReviewQueue({
  campaignId,
  creatorNames,
}: {
  campaignId: string;
  creatorNames: Map<string, string>;
}) {
  const [items, setItems] = useState<Deliverable[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    getAll<Deliverable>(`/api/v1/campaigns/${campaignId}/deliverables`).then(setItems, setError);
  }, [campaignId]);

  if (!items?.length && !error) return null;
  const overdue = items?.filter((d) => d.overdue).length ?? 0;
  const waiting = items?.filter((d) => d.status === "in_review").length ?? 0;
  return (
    <section className="card" aria-labelledby="review-queue-title">
      <h2 id="review-queue-title" className="section-title">
        Content review · {waiting} waiting
        {overdue ? <span className="overdue"> · {overdue} overdue</span> : null}
      </h2>
      <ErrorAlert error={error} />
      <ul className="review-queue-list">
        {(items ?? []).map((d) => (
          <li key={d.id}>
            <Link to={`/campaigns/${campaignId}/creators/${d.creatorId}/review`}>
              {creatorNames.get(d.creatorId) ?? "Creator"}: {d.title}
            </Link>{" "}
            <span className="muted">
              · {statusLabels[d.status]} · due {d.dueDate}
            </span>
            {d.overdue ? <span className="overdue"> · overdue</span> : null}
            {d.latestDraft && !d.latestDraft.compliant && d.status === "in_review" ? (
              <span className="overdue"> · fails the disclosure check</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
