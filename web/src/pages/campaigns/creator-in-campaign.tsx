import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError, get, getAll, post } from "../../api";
import { ErrorAlert, Field, fieldError, PageHeader, SelectField } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";
import { OfferEditor } from "./offer-editor";
import {
  type Campaign,
  type Contract,
  type Offer,
  type PipelineEntry,
  stageLabels,
  type Template,
  type Thread,
} from "./types";

function EmailComposer({
  campaignId,
  creatorId,
  onSent,
}: {
  campaignId: string;
  creatorId: string;
  onSent(): void;
}) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [templateId, setTemplateId] = useState("");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [followUpId, setFollowUpId] = useState("");
  const [followUpDays, setFollowUpDays] = useState("4");
  const [preview, setPreview] = useState<{ subject: string; text: string; to: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    getAll<Template>("/api/v1/templates").then(setTemplates, setError);
  }, []);

  function choose(id: string) {
    setTemplateId(id);
    const template = templates.find((t) => t.id === id);
    if (template) {
      setSubject(template.subject);
      setBody(template.body);
    }
  }

  async function showPreview() {
    setError(null);
    try {
      setPreview(
        await post(`/api/v1/campaigns/${campaignId}/creators/${creatorId}/email-preview`, { subject, body }),
      );
    } catch (caught) {
      setError(caught);
    }
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const message = await post<{ status: string }>(
        `/api/v1/campaigns/${campaignId}/creators/${creatorId}/emails`,
        {
          subject,
          body,
          ...(templateId ? { templateId } : {}),
          ...(followUpId ? { followUps: [{ templateId: followUpId, afterDays: Number(followUpDays) }] } : {}),
        },
      );
      setStatus(
        message.status === "outbox"
          ? "Saved to the outbox (no SMTP server configured)."
          : "Queued for sending.",
      );
      onSent();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="card" onSubmit={send} aria-labelledby="compose-title">
      <h2 id="compose-title" className="section-title">
        Email
      </h2>
      <ErrorAlert error={error} />
      <SelectField
        label="Template"
        value={templateId}
        onChange={choose}
        options={[
          { value: "", label: "— choose a template —" },
          ...templates.map((t) => ({ value: t.id, label: t.name })),
        ]}
      />
      <Field
        label="Subject"
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
        error={fieldError(error, "subject")}
      />
      <div className="field">
        <label htmlFor="email-body">Message</label>
        <textarea id="email-body" rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
        <p className="field-hint">
          Merge fields:{" "}
          {
            "{{creator.firstName}} {{creator.name}} {{creator.handle}} {{campaign.name}} {{brand.name}} {{sender.name}}"
          }
        </p>
        {fieldError(error, "body") ? <p className="field-error">{fieldError(error, "body")}</p> : null}
      </div>
      <div className="inline-form">
        <SelectField
          label="Follow up with"
          value={followUpId}
          onChange={setFollowUpId}
          options={[
            { value: "", label: "No follow-up" },
            ...templates.map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
        <Field
          label="after days without a reply"
          type="number"
          min={1}
          max={60}
          value={followUpDays}
          onChange={(e) => setFollowUpDays(e.target.value)}
        />
      </div>
      <div className="row-actions">
        <button type="button" className="button" onClick={() => void showPreview()}>
          Preview
        </button>
        <button type="submit" className="button" disabled={!subject || !body}>
          Send
        </button>
      </div>
      {preview ? (
        <section aria-label="Preview" className="card">
          <p>
            <strong>To:</strong> {preview.to ?? "no email address"}
          </p>
          <p>
            <strong>Subject:</strong> {preview.subject}
          </p>
          <pre style={{ whiteSpace: "pre-wrap" }}>{preview.text}</pre>
        </section>
      ) : null}
      {status ? <p role="status">{status}</p> : null}
    </form>
  );
}

function ThreadView({ thread, onLog }: { thread: Thread | null; onLog(text: string): Promise<void> }) {
  const [text, setText] = useState("");
  if (!thread) return <p className="muted">No conversation yet.</p>;
  return (
    <section className="card" aria-labelledby="thread-title">
      <h2 id="thread-title" className="section-title">
        Conversation: {thread.subject} <span className="badge">{thread.status}</span>
      </h2>
      <ol>
        {thread.messages.map((m) => (
          <li key={m.id}>
            <strong>{m.direction === "outbound" ? "Sent" : "Reply"}</strong> · {m.status}
            {m.followUpStep ? ` · follow-up ${m.followUpStep}` : ""} · {formatTime(m.createdAt)}
            <div className="muted">{m.subject}</div>
            <pre style={{ whiteSpace: "pre-wrap" }}>{m.text}</pre>
          </li>
        ))}
      </ol>
      {thread.followUps.length ? (
        <ul aria-label="Follow-ups">
          {thread.followUps.map((f) => (
            <li key={`${f.step}-${f.dueAt}`}>
              Follow-up {f.step} after {f.afterDays} days: {f.status}
              {f.dueAt && f.status === "scheduled" ? ` (due ${formatTime(f.dueAt)})` : ""}
              {f.stoppedReason ? ` (${f.stoppedReason})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onLog(text).then(() => setText(""));
        }}
      >
        <Field
          label="Log a reply received elsewhere"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" disabled={!text.trim()}>
          Log reply
        </button>
      </form>
    </section>
  );
}

export function CreatorInCampaignPage() {
  const { campaignId = "", creatorId = "" } = useParams();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [entry, setEntry] = useState<PipelineEntry | null>(null);
  const [thread, setThread] = useState<Thread | null>(null);
  const [offers, setOffers] = useState<Offer[]>([]);
  const [contracts, setContracts] = useState<Contract[]>([]);
  const [signedDocument, setSignedDocument] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const [c, list, o, k] = await Promise.all([
        get<Campaign>(`/api/v1/campaigns/${campaignId}`),
        getAll<PipelineEntry>(`/api/v1/campaigns/${campaignId}/creators`),
        getAll<Offer>(`/api/v1/campaigns/${campaignId}/creators/${creatorId}/offers`),
        getAll<Contract>(`/api/v1/contracts?campaignId=${campaignId}&creatorId=${creatorId}`),
      ]);
      setCampaign(c);
      setEntry(list.find((i) => i.creatorId === creatorId) ?? null);
      setOffers(o);
      setContracts(k);
      setThread(
        await get<Thread>(`/api/v1/campaigns/${campaignId}/creators/${creatorId}/thread`).catch(
          (e: unknown) => {
            if (e instanceof ApiError && e.status === 404) return null;
            throw e;
          },
        ),
      );
    } catch (caught) {
      setError(caught);
    }
  }, [campaignId, creatorId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function recordOutside(offer: Offer, file: File) {
    setError(null);
    try {
      await post(`/api/v1/offers/${offer.id}/signed-document`, file);
      setSignedDocument(null);
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  if (!campaign || !entry) return <ErrorAlert error={error} />;
  const open = offers.find((o) => o.status === "proposed");
  return (
    <>
      <PageHeader
        title={entry.name}
        description={`${campaign.name} · ${stageLabels[entry.stage]}${entry.email ? ` · ${entry.email}` : " · no email address"}`}
        actions={
          <>
            <Link to={`/campaigns/${campaignId}/creators/${creatorId}/review`}>Content review</Link> ·{" "}
            <Link to={`/campaigns/${campaignId}`}>Back to the campaign</Link>
          </>
        }
      />
      <ErrorAlert error={error} />
      <EmailComposer campaignId={campaignId} creatorId={creatorId} onSent={() => void load()} />
      <ThreadView
        thread={thread}
        onLog={async (text) => {
          try {
            await post(`/api/v1/campaigns/${campaignId}/creators/${creatorId}/replies`, { text });
            await load();
          } catch (caught) {
            setError(caught);
          }
        }}
      />
      <OfferEditor
        campaign={campaign}
        creatorId={creatorId}
        previous={offers[0]?.terms ?? null}
        onSaved={() => void load()}
      />
      <section className="card" aria-labelledby="offers-title">
        <h2 id="offers-title" className="section-title">
          Offer versions
        </h2>
        {offers.length === 0 ? <p className="muted">No offer yet.</p> : null}
        <ol>
          {offers.map((o) => (
            <li key={o.id}>
              Version {o.version} from the {o.proposedBy} ({o.proposedByLabel}) · {o.status} ·{" "}
              {o.terms.compensation.model.replaceAll("_", " ")} · committed{" "}
              {formatMoney(o.committedAmount, campaign.currency)}
              {o.note ? <span className="muted"> · “{o.note}”</span> : null}
            </li>
          ))}
        </ol>
        {open ? (
          <div className="outside-acceptance">
            <p>
              {open.proposedBy === "brand"
                ? `Version ${open.version} waits for the creator: they accept it in their portal with their name and consent.`
                : `Version ${open.version} is the creator's counter-offer. To agree, propose the same terms as the brand; the creator then accepts them in their portal.`}
            </p>
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (signedDocument) void recordOutside(open, signedDocument);
              }}
            >
              <Field
                label={`Signed outside Amplio? Upload the signed contract for version ${open.version} (PDF)`}
                type="file"
                accept="application/pdf"
                onChange={(e) => setSignedDocument(e.target.files?.[0] ?? null)}
                error={fieldError(error, "file")}
              />
              <button type="submit" className="button" disabled={!signedDocument}>
                Record acceptance outside Amplio
              </button>
            </form>
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="contracts-title">
        <h2 id="contracts-title" className="section-title">
          Contracts
        </h2>
        {contracts.length === 0 ? <p className="muted">No contract yet.</p> : null}
        <ul>
          {contracts.map((k) => (
            <li key={k.id}>
              Contract v{k.version} · {k.status === "in_force" ? "in force" : "superseded"} · committed{" "}
              {formatMoney(k.committedAmount, k.currency)}
              {k.maximumBonus ? ` + up to ${formatMoney(k.maximumBonus, k.currency)} in bonuses` : ""} ·{" "}
              {k.acceptance} · {formatTime(k.acceptedAt)}{" "}
              <a href={`/api/v1/contracts/${k.id}/pdf`} download>
                Download PDF (v{k.version})
              </a>
              {k.hasSignedDocument ? (
                <>
                  {" · "}
                  <a href={`/api/v1/contracts/${k.id}/signed-document`} download>
                    Signed document
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
