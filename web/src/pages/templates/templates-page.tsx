import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { getAll, post, put } from "../../api";
import { ErrorAlert, Field, fieldError, PageHeader } from "../../components/ui";
import { formatTime } from "../../format";

interface Template {
  id: string;
  name: string;
  subject: string;
  body: string;
  updatedAt?: string;
  createdAt: string;
}

const mergeFields = [
  "creator.name",
  "creator.firstName",
  "creator.email",
  "creator.handle",
  "creator.platform",
  "campaign.name",
  "campaign.startDate",
  "campaign.endDate",
  "brand.name",
  "sender.name",
  "sender.email",
];

const empty = { id: "", name: "", subject: "", body: "" };

/** Outreach email templates: plain merge fields only, escaped when rendered (see the outreach module). */
export function TemplatesPage() {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const bodyId = useId();

  const load = useCallback(async () => {
    try {
      setTemplates(await getAll<Template>("/api/v1/templates"));
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const body = { name: draft.name, subject: draft.subject, body: draft.body };
    try {
      const result = draft.id
        ? await put<Template>(`/api/v1/templates/${draft.id}`, body)
        : await post<Template>("/api/v1/templates", body);
      setSaved(`Saved "${result.name}".`);
      setDraft(empty);
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeader
        title="Email templates"
        description="First contact and follow-ups, personalised with merge fields. Edit each email per creator before sending."
      />
      <form className="card template-form" onSubmit={save}>
        <h2>{draft.id ? `Edit "${draft.name}"` : "New template"}</h2>
        <ErrorAlert error={error} />
        {saved ? (
          <p role="status" className="muted">
            {saved}
          </p>
        ) : null}
        <Field
          label="Template name"
          required
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          error={fieldError(error, "name")}
        />
        <Field
          label="Subject"
          required
          value={draft.subject}
          onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
          error={fieldError(error, "subject")}
        />
        <div className="field">
          <label htmlFor={bodyId}>Body</label>
          <textarea
            id={bodyId}
            required
            rows={10}
            value={draft.body}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            aria-describedby={`${bodyId}-fields`}
          />
          {fieldError(error, "body") ? <p className="field-error">{fieldError(error, "body")}</p> : null}
          <p className="field-hint" id={`${bodyId}-fields`}>
            Merge fields: {mergeFields.map((f) => `{{${f}}}`).join(" ")}
          </p>
        </div>
        <div className="row-actions">
          {draft.id ? (
            <button type="button" className="button" onClick={() => setDraft(empty)}>
              Cancel
            </button>
          ) : null}
          <button type="submit" className="button primary">
            {draft.id ? "Save changes" : "Create template"}
          </button>
        </div>
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Subject</th>
              <th scope="col">Created</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {templates.map((template) => (
              <tr key={template.id}>
                <td>{template.name}</td>
                <td>{template.subject}</td>
                <td>{formatTime(template.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      setDraft({
                        id: template.id,
                        name: template.name,
                        subject: template.subject,
                        body: template.body,
                      })
                    }
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
