import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { api, get, getAll, post } from "../../api";
import { ErrorAlert, Field, fieldError, PageHeader, SelectField } from "../../components/ui";
import { formatTime, platformName } from "../../format";
import { BriefEditor } from "./brief-editor";
import { CaptionFindings } from "./caption-findings";
import { CreatorBriefOverride } from "./creator-brief-override";
import { Timeline } from "./timeline";
import { type Brief, type Deliverable, type DeliverableDetail, statusLabels } from "./types";

const platformOptions = ["instagram", "tiktok", "youtube", "linkedin"].map((p) => ({
  value: p,
  label: platformName(p),
}));
const formatOptions = ["post", "reel", "story", "short", "video", "carousel", "article"].map((f) => ({
  value: f,
  label: f,
}));

function AddDeliverable({
  campaignId,
  creatorId,
  onAdded,
}: {
  campaignId: string;
  creatorId: string;
  onAdded(): void;
}) {
  const [title, setTitle] = useState("");
  const [platform, setPlatform] = useState("instagram");
  const [format, setFormat] = useState("reel");
  const [dueDate, setDueDate] = useState("");
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await post(`/api/v1/campaigns/${campaignId}/creators/${creatorId}/deliverables`, {
        title,
        platform,
        format,
        dueDate,
      });
      setTitle("");
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form onSubmit={submit} className="inline-form" aria-label="Add a deliverable">
      <Field
        label="Deliverable"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        error={fieldError(error, "title")}
      />
      <SelectField label="Platform" value={platform} onChange={setPlatform} options={platformOptions} />
      <SelectField label="Format" value={format} onChange={setFormat} options={formatOptions} />
      <Field
        label="Draft due"
        type="date"
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        required
        error={fieldError(error, "dueDate")}
      />
      <button className="button" type="submit">
        Add deliverable
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}

function ReviewPanel({
  detail,
  onChanged,
}: {
  detail: DeliverableDetail;
  onChanged(next: DeliverableDetail): void;
}) {
  const quoteRef = useRef<HTMLTextAreaElement>(null);
  const quoteId = useId();
  const [comment, setComment] = useState("");
  const [changes, setChanges] = useState("");
  const [override, setOverride] = useState("");
  const [error, setError] = useState<unknown>(null);
  const draft = detail.latestDraft;
  const errors = draft?.findings.filter((f) => f.severity === "error").length ?? 0;

  async function send(path: string, body: unknown) {
    setError(null);
    try {
      onChanged(await post<DeliverableDetail>(`/api/v1/deliverables/${detail.id}/${path}`, body));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    }
  }

  async function addComment(event: FormEvent) {
    event.preventDefault();
    const area = quoteRef.current;
    const quote =
      area && area.selectionEnd > area.selectionStart
        ? { start: area.selectionStart, end: area.selectionEnd }
        : null;
    if (await send("comments", { body: comment, quote })) setComment("");
  }

  return (
    <>
      {draft ? (
        <section className="card" aria-labelledby="draft-title">
          <h2 id="draft-title" className="section-title">
            Draft {draft.version} · {formatTime(draft.createdAt)}
          </h2>
          <CaptionFindings key={draft.id} caption={draft.caption} findings={draft.findings} showRules />
          {draft.media.length ? (
            <ul>
              {draft.media.map((m) =>
                m.kind === "link" ? (
                  <li key={m.url}>
                    <a href={m.url} target="_blank" rel="noreferrer noopener">
                      {m.url}
                    </a>
                  </li>
                ) : (
                  <li key={m.mediaId}>
                    <a href={`/api/v1/media/${m.mediaId}`} target="_blank" rel="noreferrer">
                      Uploaded {m.contentType}
                    </a>
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </section>
      ) : (
        <p className="muted">No draft yet.</p>
      )}
      <ErrorAlert error={error} />
      {detail.status === "in_review" ? (
        <section className="card" aria-labelledby="decide-title">
          <h2 id="decide-title" className="section-title">
            Decide
          </h2>
          <form
            className="stacked-form"
            onSubmit={(e) => {
              e.preventDefault();
              void send("decision", { decision: "request_changes", body: changes }).then(
                (ok) => ok && setChanges(""),
              );
            }}
          >
            <Field
              label="What needs to change"
              value={changes}
              onChange={(e) => setChanges(e.target.value)}
              required
            />
            <button className="button" type="submit">
              Request changes
            </button>
          </form>
          <form
            className="stacked-form"
            onSubmit={(e) => {
              e.preventDefault();
              void send("decision", { decision: "approve", overrideReason: override || null });
            }}
          >
            {errors ? (
              <Field
                label="Override reason (required to approve despite compliance errors; recorded)"
                value={override}
                onChange={(e) => setOverride(e.target.value)}
                error={fieldError(error, "overrideReason")}
              />
            ) : null}
            <button className="button primary" type="submit">
              {errors ? "Approve with override" : "Approve"}
            </button>
          </form>
        </section>
      ) : null}
      <section className="card" aria-labelledby="comments-title">
        <h2 id="comments-title" className="section-title">
          Timeline
        </h2>
        <Timeline events={detail.timeline} />
        <form onSubmit={addComment} className="stacked-form" aria-label="Comment">
          {draft ? (
            <>
              <label htmlFor={quoteId}>Select part of the caption to comment on it (optional)</label>
              <textarea id={quoteId} ref={quoteRef} readOnly value={draft.caption} rows={3} />
            </>
          ) : null}
          <Field
            label="Comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            required
            error={fieldError(error, "quote")}
          />
          <button className="button" type="submit">
            Add comment
          </button>
        </form>
      </section>
    </>
  );
}

/** The brand's review of one creator's content in a campaign: brief, portal access, deliverables and drafts. */
export function ReviewPage() {
  const { campaignId = "", creatorId = "" } = useParams();
  const [brief, setBrief] = useState<Brief | null>(null);
  const [deliverables, setDeliverables] = useState<Deliverable[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<DeliverableDetail | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const [nextBrief, list] = await Promise.all([
        get<Brief>(`/api/v1/campaigns/${campaignId}/brief`),
        getAll<Deliverable>(`/api/v1/campaigns/${campaignId}/deliverables?creatorId=${creatorId}`),
      ]);
      setBrief(nextBrief);
      setDeliverables(list);
      setSelected((current) => current ?? list[0]?.id ?? null);
    } catch (caught) {
      setError(caught);
    }
  }, [campaignId, creatorId]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!selected) return;
    get<DeliverableDetail>(`/api/v1/deliverables/${selected}`).then(setDetail, setError);
  }, [selected]);

  async function sendLink() {
    setError(null);
    try {
      const sent = await post<{ expiresAt: string }>(
        `/api/v1/campaigns/${campaignId}/creators/${creatorId}/portal-link`,
      );
      setStatus(
        `Portal link emailed to the creator; it works once, until ${formatTime(sent.expiresAt)}. Only they can see it.`,
      );
    } catch (caught) {
      setError(caught);
    }
  }

  async function revoke() {
    setError(null);
    try {
      const result = await api<{ revoked: number }>("DELETE", `/api/v1/creators/${creatorId}/portal-access`);
      setStatus(`Portal access withdrawn (${result.revoked} link(s) or session(s)).`);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeader
        title="Content review"
        description="Brief, drafts, compliance findings and approvals for this creator"
        actions={<Link to={`/campaigns/${campaignId}/creators/${creatorId}`}>Back to the creator</Link>}
      />
      <ErrorAlert error={error} />
      <section className="card" aria-labelledby="portal-title">
        <h2 id="portal-title" className="section-title">
          Creator portal
        </h2>
        <div className="row-actions" style={{ justifyContent: "flex-start" }}>
          <button className="button primary" type="button" onClick={() => void sendLink()}>
            Email a portal link
          </button>
          <button className="button danger" type="button" onClick={() => void revoke()}>
            Withdraw portal access
          </button>
        </div>
        <p role="status">{status}</p>
      </section>
      <section className="card" aria-labelledby="brief-title">
        <h2 id="brief-title" className="section-title">
          Campaign brief {brief?.versions.length ? `(version ${brief.versions[0]?.version})` : ""}
        </h2>
        <BriefEditor campaignId={campaignId} brief={brief} onSaved={() => void load()} />
        <h3>For this creator only</h3>
        <CreatorBriefOverride campaignId={campaignId} creatorId={creatorId} />
      </section>
      <section className="card" aria-labelledby="deliverables-title">
        <h2 id="deliverables-title" className="section-title">
          Deliverables
        </h2>
        <div className="deliverable-tabs">
          {deliverables.map((d) => (
            <button
              key={d.id}
              type="button"
              className="button small"
              aria-pressed={d.id === selected}
              onClick={() => setSelected(d.id)}
            >
              {d.title} · {statusLabels[d.status]} · due {d.dueDate}
              {d.overdue ? <span className="overdue"> · overdue</span> : null}
            </button>
          ))}
        </div>
        <AddDeliverable campaignId={campaignId} creatorId={creatorId} onAdded={() => void load()} />
      </section>
      {detail && detail.id === selected ? (
        <ReviewPanel
          detail={detail}
          onChanged={(next) => {
            setDetail(next);
            void load();
          }}
        />
      ) : null}
    </>
  );
}
