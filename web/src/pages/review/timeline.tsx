import { formatTime } from "../../format";
import { eventLabels, type ReviewEvent } from "./types";

/** Every submission, comment and decision on a deliverable, oldest first. */
export function Timeline({ events }: { events: ReviewEvent[] }) {
  if (events.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <strong>{e.authorLabel}</strong> {eventLabels[e.kind]}
          {e.kind === "draft_submitted" && typeof e.details.version === "number"
            ? ` (version ${e.details.version})`
            : ""}{" "}
          <span className="muted">· {formatTime(e.createdAt)}</span>
          {e.quote ? <blockquote>“{e.quote.text}”</blockquote> : null}
          {e.kind === "live_submitted" && e.body ? (
            <p>
              <a href={e.body} target="_blank" rel="noreferrer noopener">
                {e.body}
              </a>{" "}
              {e.details.compliant === false ? (
                <span className="overdue">· the live caption fails the disclosure check</span>
              ) : (
                <span className="muted">· the live caption passes the disclosure check</span>
              )}
            </p>
          ) : e.body ? (
            <p>{e.body}</p>
          ) : null}
          {typeof e.details.overrideReason === "string" ? (
            <p>
              <strong>Compliance override:</strong> {e.details.overrideReason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
