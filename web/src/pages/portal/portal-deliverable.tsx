import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ErrorAlert, Field, fieldError } from "../../components/ui";
import { CaptionFindings } from "../review/caption-findings";
import { Timeline } from "../review/timeline";
import { type DeliverableDetail, type DraftMedia, statusLabels } from "../review/types";
import { portalApi } from "./portal-api";

type MediaInput = { kind: "link"; url: string } | { kind: "upload"; mediaId: string; label: string };

function DraftForm({
  detail,
  onSaved,
}: {
  detail: DeliverableDetail;
  onSaved(next: DeliverableDetail): void;
}) {
  const captionId = useId();
  const [caption, setCaption] = useState(detail.latestDraft?.caption ?? "");
  const [link, setLink] = useState("");
  const [media, setMedia] = useState<MediaInput[]>(
    (detail.latestDraft?.media ?? []).map((m: DraftMedia) =>
      m.kind === "link" ? m : { kind: "upload", mediaId: m.mediaId, label: m.contentType },
    ),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function upload(file: File) {
    setError(null);
    setBusy(true);
    try {
      const stored = await portalApi<{ id: string; contentType: string }>("POST", "/media", undefined, file);
      setMedia((list) => [...list, { kind: "upload", mediaId: stored.id, label: file.name }]);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const all = link.trim() ? [...media, { kind: "link" as const, url: link.trim() }] : media;
    try {
      const next = await portalApi<DeliverableDetail>("POST", `/deliverables/${detail.id}/drafts`, {
        caption,
        media: all.map((m) => (m.kind === "link" ? m : { kind: "upload", mediaId: m.mediaId })),
      });
      setLink("");
      setMedia(all);
      onSaved(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="stacked-form" aria-label="Submit a draft">
      <label htmlFor={captionId}>Caption</label>
      <textarea
        id={captionId}
        value={caption}
        onChange={(e) => setCaption(e.target.value)}
        aria-invalid={fieldError(error, "caption") ? true : undefined}
      />
      {fieldError(error, "caption") ? <p className="field-error">{fieldError(error, "caption")}</p> : null}
      {media.length ? (
        <ul>
          {media.map((m) => (
            <li key={m.kind === "link" ? m.url : m.mediaId}>
              {m.kind === "link" ? m.url : `Uploaded: ${m.label}`}{" "}
              <button
                type="button"
                className="button small"
                onClick={() => setMedia((list) => list.filter((x) => x !== m))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Field
        label="Link to media (optional)"
        type="url"
        placeholder="https://…"
        value={link}
        onChange={(e) => setLink(e.target.value)}
      />
      <Field
        label="Upload an image or video (optional)"
        type="file"
        accept="image/*,video/*"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
          e.target.value = "";
        }}
      />
      <ErrorAlert error={error} />
      <button className="button primary" type="submit" disabled={busy}>
        {detail.drafts.length ? "Submit a new version" : "Submit draft"}
      </button>
    </form>
  );
}

function LiveForm({
  detail,
  onSaved,
}: {
  detail: DeliverableDetail;
  onSaved(next: DeliverableDetail): void;
}) {
  const [url, setUrl] = useState("");
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      onSaved(
        await portalApi<DeliverableDetail>("POST", `/deliverables/${detail.id}/live`, {
          url,
          postedAt: new Date().toISOString(),
        }),
      );
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form onSubmit={submit} className="stacked-form" aria-label="Add the live post">
      <Field
        label="Link to your live post"
        type="url"
        required
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={fieldError(error, "url")}
      />
      <ErrorAlert error={error} />
      <button className="button primary" type="submit">
        Add live post
      </button>
    </form>
  );
}

function ReplyForm({
  detail,
  onSaved,
}: {
  detail: DeliverableDetail;
  onSaved(next: DeliverableDetail): void;
}) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onSaved(await portalApi<DeliverableDetail>("POST", `/deliverables/${detail.id}/comments`, { body }));
      setBody("");
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form onSubmit={submit} className="stacked-form" aria-label="Reply">
      <Field label="Reply to the brand" value={body} onChange={(e) => setBody(e.target.value)} required />
      <ErrorAlert error={error} />
      <button className="button" type="submit">
        Send reply
      </button>
    </form>
  );
}

export function PortalDeliverablePage() {
  const { deliverableId = "" } = useParams();
  const [detail, setDetail] = useState<DeliverableDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await portalApi<DeliverableDetail>("GET", `/deliverables/${deliverableId}`));
    } catch (caught) {
      setError(caught);
    }
  }, [deliverableId]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (detail) document.title = `${detail.title} · Amplio`;
  }, [detail]);

  if (!detail) return <ErrorAlert error={error} />;
  const draft = detail.latestDraft;
  const canDraft = ["awaiting_draft", "in_review", "changes_requested"].includes(detail.status);
  return (
    <>
      <p>
        <Link to={`/portal/campaigns/${detail.campaignId}`}>Back to the collaboration</Link>
      </p>
      <h1>{detail.title}</h1>
      <p>
        {detail.platform} {detail.format} · due {detail.dueDate} ·{" "}
        <strong data-testid="deliverable-status">{statusLabels[detail.status]}</strong>
        {detail.overdue ? <span className="overdue"> · overdue</span> : null}
      </p>
      {draft ? (
        <section className="card" aria-labelledby="check-title">
          <h2 id="check-title" className="section-title">
            Draft {draft.version}: disclosure and brief check
          </h2>
          <CaptionFindings key={draft.id} caption={draft.caption} findings={draft.findings} />
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
                    <a href={`/api/portal/media/${m.mediaId}`} target="_blank" rel="noreferrer">
                      Your upload ({m.contentType})
                    </a>
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </section>
      ) : null}
      {canDraft ? (
        <section className="card" aria-labelledby="draft-title">
          <h2 id="draft-title" className="section-title">
            {draft ? "Update your draft" : "Your draft"}
          </h2>
          <DraftForm detail={detail} onSaved={setDetail} />
        </section>
      ) : null}
      {detail.status === "approved" ? (
        <section className="card" aria-labelledby="live-title">
          <h2 id="live-title" className="section-title">
            Approved: post it, then add the link
          </h2>
          <LiveForm detail={detail} onSaved={setDetail} />
        </section>
      ) : null}
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="section-title">
          Comments and history
        </h2>
        <Timeline events={detail.timeline} />
        <ReplyForm detail={detail} onSaved={setDetail} />
      </section>
    </>
  );
}
