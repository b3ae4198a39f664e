import type { Finding } from "./types";
import "./review.css";

/** Splits a caption into plain text and marked spans, one per finding that points at text. */
function pieces(caption: string, findings: Finding[]) {
  const spans = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; text: string; finding: Finding | null }> = [];
  let at = 0;
  for (const finding of spans) {
    if (finding.start < at) continue;
    if (finding.start > at) out.push({ start: at, text: caption.slice(at, finding.start), finding: null });
    out.push({ start: finding.start, text: caption.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < caption.length) out.push({ start: at, text: caption.slice(at), finding: null });
  return out;
}

/**
 * The caption with each finding's span highlighted, and the findings listed in plain words. Rule ids are for the
 * team (`showRules`); a creator sees only the message (C8 Plain words).
 */
export function CaptionFindings({
  caption,
  findings,
  showRules = false,
}: {
  caption: string;
  findings: Finding[];
  showRules?: boolean;
}) {
  const errors = findings.filter((f) => f.severity === "error").length;
  return (
    <div className="caption-findings">
      <p className={errors ? "verdict fail" : "verdict ok"} role="status">
        {errors
          ? `${errors} disclosure or brief problem${errors === 1 ? "" : "s"} must be fixed before approval.`
          : "Passes the disclosure and brief checks."}
      </p>
      <figure>
        <figcaption className="sr-only">The caption, with each finding's span marked</figcaption>
        <pre className="caption-text">
          {pieces(caption, findings).map((piece) =>
            piece.finding ? (
              <mark
                key={piece.start}
                className={piece.finding.severity}
                title={showRules ? `${piece.finding.rule}: ${piece.finding.message}` : piece.finding.message}
              >
                {piece.text}
              </mark>
            ) : (
              <span key={piece.start}>{piece.text}</span>
            ),
          )}
        </pre>
      </figure>
      {findings.length > 0 ? (
        <ul className="finding-list">
          {findings.map((f) => (
            // Two findings can share a rule and span (two missing hashtags); their messages differ.
            <li key={`${f.rule}-${f.start}-${f.end}-${f.message}`} className={f.severity}>
              <strong>{f.severity === "error" ? "Must fix" : "Check"}:</strong> {f.message}{" "}
              {showRules ? <code className="muted">{f.rule}</code> : null}
              {f.end > f.start ? <q className="quoted">{caption.slice(f.start, f.end)}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted small-print">
        The check is a safety net, not legal advice. Video content must also be checked by a person.
      </p>
    </div>
  );
}
