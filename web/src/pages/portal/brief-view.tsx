import { ReferenceFileList } from "../review/reference-files";
import { type Brief, type BriefContent, briefFieldLabels } from "../review/types";

function show(value: unknown): string {
  if (Array.isArray(value))
    return value
      .map((v) => {
        if (typeof v !== "object" || v === null) return String(v);
        // A reference file is known by its name; its id and size mean nothing to a reader.
        return "name" in v ? String(v.name) : Object.values(v).join(" — ");
      })
      .join(", ");
  return String(value ?? "");
}

function List({ items }: { items: string[] }) {
  return items.length ? (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  ) : null;
}

/** The brief as a creator reads it, with what the latest version changed on top. */
export function BriefView({ brief }: { brief: Brief }) {
  const c: BriefContent = brief.content;
  if (!brief.updatedAt) return <p className="muted">The brand has not written the brief yet.</p>;
  return (
    <div>
      {brief.changes.length > 0 && brief.versions.length > 1 ? (
        <div className="changed" role="note">
          <strong>Changed in the latest version:</strong>
          <ul>
            {brief.changes.map((change) => (
              <li key={change.field}>
                {briefFieldLabels[change.field as keyof BriefContent] ?? change.field}: now “
                {show(change.after)}”{show(change.before) ? ` (was “${show(change.before)}”)` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {c.objective ? <p>{c.objective}</p> : null}
      {c.keyMessages.length ? <h3>{briefFieldLabels.keyMessages}</h3> : null}
      <List items={c.keyMessages} />
      {c.talkingPoints.length ? <h3>{briefFieldLabels.talkingPoints}</h3> : null}
      <List items={c.talkingPoints} />
      {c.creativeGuidelines ? (
        <>
          <h3>{briefFieldLabels.creativeGuidelines}</h3>
          <p>{c.creativeGuidelines}</p>
        </>
      ) : null}
      {c.dos.length ? <h3>{briefFieldLabels.dos}</h3> : null}
      <List items={c.dos} />
      {c.donts.length ? <h3>{briefFieldLabels.donts}</h3> : null}
      <List items={c.donts} />
      <dl>
        {c.requiredDisclosure ? (
          <>
            <dt>{briefFieldLabels.requiredDisclosure}</dt>
            <dd>{c.requiredDisclosure}</dd>
          </>
        ) : null}
        {c.requiredHashtags.length ? (
          <>
            <dt>{briefFieldLabels.requiredHashtags}</dt>
            <dd>{c.requiredHashtags.map((h) => `#${h.replace(/^#/, "")}`).join(" ")}</dd>
          </>
        ) : null}
        {c.requiredMentions.length ? (
          <>
            <dt>{briefFieldLabels.requiredMentions}</dt>
            <dd>{c.requiredMentions.map((m) => `@${m.replace(/^@/, "")}`).join(" ")}</dd>
          </>
        ) : null}
        {c.forbiddenTerms.length ? (
          <>
            <dt>{briefFieldLabels.forbiddenTerms}</dt>
            <dd>{c.forbiddenTerms.join(", ")}</dd>
          </>
        ) : null}
        {c.deadlines.map((d) => (
          <span key={d.label} style={{ display: "contents" }}>
            <dt>{d.label}</dt>
            <dd>{d.date}</dd>
          </span>
        ))}
      </dl>
      {c.referenceLinks.length ? (
        <>
          <h3>{briefFieldLabels.referenceLinks}</h3>
          <ul>
            {c.referenceLinks.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noreferrer noopener">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {c.referenceFiles.length ? (
        <>
          <h3>{briefFieldLabels.referenceFiles}</h3>
          <ReferenceFileList
            files={c.referenceFiles}
            hrefOf={(file) => `/api/portal/campaigns/${brief.campaignId}/brief/files/${file.id}`}
          />
        </>
      ) : null}
      <p className="muted small-print">
        Version {brief.versions[0]?.version} · updated {new Date(brief.updatedAt).toLocaleString()}
      </p>
    </div>
  );
}
