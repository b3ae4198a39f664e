import { type ChangeEvent, useId, useState } from "react";
import { api } from "../../api";
import { ErrorAlert } from "../../components/ui";
import type { Brief, ReferenceFile } from "./types";

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileKind(contentType: string): string {
  if (contentType === "application/pdf") return "PDF";
  return contentType.startsWith("video/") ? "Video" : "Image";
}

/** Each file with a download link, its kind and size; with `onRemove`, a button to take it out. */
export function ReferenceFileList({
  files,
  hrefOf,
  onRemove,
}: {
  files: ReferenceFile[];
  hrefOf(file: ReferenceFile): string;
  onRemove?(file: ReferenceFile): void;
}) {
  if (!files.length) return null;
  return (
    <ul>
      {files.map((file) => (
        <li key={file.id}>
          <a href={hrefOf(file)} download={file.name}>
            {file.name}
          </a>{" "}
          <span className="muted">
            {fileKind(file.contentType)} · {fileSize(file.size)}
          </span>
          {onRemove ? (
            <>
              {" "}
              <button
                type="button"
                className="link-button"
                onClick={() => onRemove(file)}
                aria-label={`Remove ${file.name}`}
              >
                Remove
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The team's view of a brief's files: upload one (image, video or PDF) or remove one; each change is a new version
 * of the brief. `filesUrl` is the brief's files route; downloads go through the campaign's.
 */
export function ReferenceFilesEditor({
  campaignId,
  filesUrl,
  files,
  label,
  onChanged,
}: {
  campaignId: string;
  filesUrl: string;
  files: ReferenceFile[];
  label: string;
  onChanged(brief: Brief): void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  async function change(work: () => Promise<Brief>, done: (brief: Brief) => string) {
    setError(null);
    setBusy(true);
    try {
      const brief = await work();
      onChanged(brief);
      setStatus(done(brief));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void change(
      () => api<Brief>("POST", `${filesUrl}?name=${encodeURIComponent(file.name)}`, file),
      (brief) => `${file.name} added (version ${brief.versions[0]?.version}).`,
    );
  }

  return (
    <div className="field" style={{ marginTop: "1rem" }}>
      <label htmlFor={inputId}>{label}</label>
      <ReferenceFileList
        files={files}
        hrefOf={(file) => `/api/v1/campaigns/${campaignId}/brief/files/${file.id}`}
        onRemove={(file) =>
          void change(
            () => api<Brief>("DELETE", `${filesUrl}/${file.id}`),
            (brief) => `${file.name} removed (version ${brief.versions[0]?.version}).`,
          )
        }
      />
      <input
        id={inputId}
        type="file"
        accept="image/*,video/*,application/pdf"
        onChange={upload}
        disabled={busy}
      />
      <p className="muted">Images, videos or PDFs. Creators see them with the brief.</p>
      <ErrorAlert error={error} />
      <span role="status">{status}</span>
    </div>
  );
}
