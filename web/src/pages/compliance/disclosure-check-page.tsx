import { type FormEvent, useEffect, useId, useState } from "react";
import { get, post } from "../../api";
import { ErrorAlert, Field, fieldError, PageHeader, SelectField } from "../../components/ui";
import "./disclosure-check.css";

interface Finding {
  rule: string;
  severity: "error" | "warning";
  message: string;
  start: number;
  end: number;
}

interface CheckResult {
  compliant: boolean;
  findings: Finding[];
}

interface JurisdictionList {
  items: Array<{ code: string; name: string }>;
}

const platformOptions = [
  { value: "instagram", label: "Instagram" },
  { value: "tiktok", label: "TikTok" },
  { value: "youtube", label: "YouTube" },
  { value: "linkedin", label: "LinkedIn" },
];

// The checker assumes a paid partnership when the connection is not given; the label says so.
const connectionOptions = [
  { value: "", label: "Not given (checked as paid)" },
  { value: "paid", label: "Paid" },
  { value: "affiliate", label: "Affiliate commission" },
  { value: "gift", label: "Gift, with brand control" },
  { value: "gift-uncontrolled", label: "Gift, no brand control" },
  { value: "family", label: "Family tie" },
  { value: "employee", label: "Employee" },
];

interface Piece {
  text: string;
  start: number;
  findings: number[];
}

/** Cuts the caption at every finding boundary so overlapping spans can each be marked. */
function pieces(caption: string, findings: Finding[]): Piece[] {
  const cuts = new Set([0, caption.length]);
  for (const f of findings) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1] ?? caption.length;
    return {
      text: caption.slice(start, end),
      start,
      findings: findings.flatMap((f, index) =>
        f.end > f.start && f.start <= start && f.end >= end ? [index] : [],
      ),
    };
  });
}

function CaptionPreview({
  caption,
  findings,
  active,
}: {
  caption: string;
  findings: Finding[];
  active: number | null;
}) {
  return (
    <figure className="caption-figure">
      <figcaption className="muted">The caption as checked, with each finding's span marked</figcaption>
      <div className="caption-preview">
        {pieces(caption, findings).map((piece) => {
          if (piece.findings.length === 0) return <span key={piece.start}>{piece.text}</span>;
          const isError = piece.findings.some((i) => findings[i]?.severity === "error");
          const isActive = active !== null && piece.findings.includes(active);
          return (
            <mark key={piece.start} className={`${isError ? "error" : ""} ${isActive ? "active" : ""}`}>
              {piece.text}
            </mark>
          );
        })}
      </div>
    </figure>
  );
}

export function DisclosureCheckPage() {
  const captionId = useId();
  const [jurisdictions, setJurisdictions] = useState<Array<{ value: string; label: string }>>([]);
  const [caption, setCaption] = useState("");
  const [jurisdiction, setJurisdiction] = useState("us");
  const [platform, setPlatform] = useState("instagram");
  const [brand, setBrand] = useState("");
  const [connection, setConnection] = useState("");
  const [checked, setChecked] = useState<{ caption: string; result: CheckResult } | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    get<JurisdictionList>("/api/v1/compliance/jurisdictions").then(
      (list) => setJurisdictions(list.items.map((j) => ({ value: j.code, label: j.name }))),
      setError,
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await post<CheckResult>("/api/v1/compliance/check", {
        caption,
        jurisdiction,
        platform,
        ...(brand.trim() ? { brand: brand.trim() } : {}),
        ...(connection ? { connection } : {}),
      });
      setChecked({ caption, result });
      setActive(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const errors = checked?.result.findings.filter((f) => f.severity === "error").length ?? 0;

  return (
    <>
      <PageHeader
        title="Disclosure check"
        description="Check a caption for the disclosure its country requires before it goes live."
      />
      <p className="disclosure-note muted">This check is a safety net for people, not legal advice.</p>
      <form className="card disclosure-form" onSubmit={submit} aria-label="Disclosure check">
        <ErrorAlert error={error} />
        <div className="field">
          <label htmlFor={captionId}>Caption</label>
          <textarea
            id={captionId}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            aria-invalid={fieldError(error, "caption") ? true : undefined}
          />
        </div>
        <div className="disclosure-options">
          <SelectField
            label="Jurisdiction"
            value={jurisdiction}
            onChange={setJurisdiction}
            options={jurisdictions.length > 0 ? jurisdictions : [{ value: "us", label: "United States" }]}
          />
          <SelectField label="Platform" value={platform} onChange={setPlatform} options={platformOptions} />
          <Field
            label="Brand"
            value={brand}
            onChange={(e) => setBrand(e.target.value)}
            error={fieldError(error, "brand")}
          />
          <SelectField
            label="Material connection"
            value={connection}
            onChange={setConnection}
            options={connectionOptions}
          />
        </div>
        <div className="row-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? "Checking…" : "Check"}
          </button>
        </div>
      </form>
      {checked ? (
        <section className="card" aria-labelledby="disclosure-results">
          <h2 id="disclosure-results" className="section-title">
            Findings
          </h2>
          <p className={`disclosure-verdict ${checked.result.compliant ? "ok" : "fail"}`} role="status">
            {checked.result.compliant
              ? "Compliant: nothing blocks approval."
              : `Not compliant: ${errors} ${errors === 1 ? "error blocks" : "errors block"} approval.`}
          </p>
          <CaptionPreview caption={checked.caption} findings={checked.result.findings} active={active} />
          {checked.result.findings.length > 0 ? (
            <ol className="finding-list">
              {checked.result.findings.map((finding, index) => (
                <li
                  key={`${finding.rule}-${finding.start}-${finding.end}-${finding.message}`}
                  className={active === index ? "active" : ""}
                >
                  <span className={`badge severity-${finding.severity}`}>{finding.severity}</span>
                  <span>
                    {finding.message} <span className="finding-rule muted">{finding.rule}</span>
                  </span>
                  {finding.end > finding.start ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={active === index}
                      onClick={() => setActive(active === index ? null : index)}
                    >
                      Show in caption (“{checked.caption.slice(finding.start, finding.end).slice(0, 40)}”)
                    </button>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
