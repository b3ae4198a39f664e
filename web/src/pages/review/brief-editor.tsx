import { type FormEvent, useEffect, useId, useState } from "react";
import { api } from "../../api";
import { ErrorAlert, Field, fieldError, SelectField } from "../../components/ui";
import { ReferenceFilesEditor } from "./reference-files";
import { type Brief, type BriefContent, briefFieldLabels } from "./types";

const listFields = [
  "keyMessages",
  "talkingPoints",
  "dos",
  "donts",
  "requiredHashtags",
  "requiredMentions",
  "forbiddenTerms",
] as const;
type ListField = (typeof listFields)[number];

const jurisdictions = [
  { value: "us", label: "United States" },
  { value: "uk", label: "United Kingdom" },
  { value: "de", label: "Germany" },
  { value: "fr", label: "France" },
  { value: "in", label: "India" },
];

function Lines({
  field,
  value,
  onChange,
  error,
}: {
  field: ListField;
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{briefFieldLabels[field]} (one per line)</label>
      <textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} rows={3} />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

/** The campaign's brief, saved as a new version each time; the creator sees what changed. */
export function BriefEditor({
  campaignId,
  brief,
  onSaved,
}: {
  campaignId: string;
  brief: Brief | null;
  onSaved(): void;
}) {
  const [content, setContent] = useState<BriefContent | null>(brief?.content ?? null);
  const [lines, setLines] = useState<Record<ListField, string>>(
    () => Object.fromEntries(listFields.map((f) => [f, ""])) as Record<ListField, string>,
  );
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");
  const objectiveId = useId();

  useEffect(() => {
    if (!brief) return;
    setContent(brief.content);
    setLines(
      Object.fromEntries(listFields.map((f) => [f, brief.content[f].join("\n")])) as Record<
        ListField,
        string
      >,
    );
  }, [brief]);

  if (!content) return null;
  const set = <K extends keyof BriefContent>(key: K, value: BriefContent[K]) =>
    setContent({ ...content, [key]: value });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!content) return;
    setError(null);
    // Files change through their own routes, never by saving the brief.
    const { referenceFiles: _files, ...body } = content;
    for (const field of listFields)
      body[field] = lines[field]
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    try {
      await api("PUT", `/api/v1/campaigns/${campaignId}/brief`, body);
      setSaved("Saved as a new version.");
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }

  const listError = (field: ListField) =>
    fieldError(error, field) ?? fieldError(error, `${field}.0`) ?? undefined;
  return (
    <>
      <form onSubmit={save} className="stacked-form" aria-label="Campaign brief">
        <label htmlFor={objectiveId}>{briefFieldLabels.objective}</label>
        <textarea
          id={objectiveId}
          value={content.objective}
          onChange={(e) => set("objective", e.target.value)}
          rows={2}
        />
        <div className="brief-grid">
          {listFields.map((field) => (
            <Lines
              key={field}
              field={field}
              value={lines[field]}
              onChange={(value) => setLines({ ...lines, [field]: value })}
              error={listError(field)}
            />
          ))}
          <Field
            label={briefFieldLabels.requiredDisclosure}
            value={content.requiredDisclosure}
            onChange={(e) => set("requiredDisclosure", e.target.value)}
            error={fieldError(error, "requiredDisclosure")}
          />
          <SelectField
            label={briefFieldLabels.jurisdiction}
            value={content.jurisdiction}
            onChange={(value) => set("jurisdiction", value)}
            options={jurisdictions}
          />
          <Field
            label={briefFieldLabels.trackingLink}
            value={content.trackingLink}
            onChange={(e) => set("trackingLink", e.target.value)}
            error={fieldError(error, "trackingLink")}
          />
          <Field
            label={briefFieldLabels.discountCode}
            value={content.discountCode}
            onChange={(e) => set("discountCode", e.target.value)}
            error={fieldError(error, "discountCode")}
          />
        </div>
        <ErrorAlert error={error} />
        <button className="button primary" type="submit">
          Save brief
        </button>{" "}
        <span role="status">{saved}</span>
      </form>
      <ReferenceFilesEditor
        campaignId={campaignId}
        filesUrl={`/api/v1/campaigns/${campaignId}/brief/files`}
        files={content.referenceFiles}
        label={briefFieldLabels.referenceFiles}
        // Only the files are taken from the new version, so edits not yet saved in the form stay.
        onChanged={(next) => setContent({ ...content, referenceFiles: next.content.referenceFiles })}
      />
    </>
  );
}
