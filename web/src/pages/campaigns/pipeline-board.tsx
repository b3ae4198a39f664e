import { type DragEvent, useState } from "react";
import { Link } from "react-router-dom";
import { formatCount, formatMoney, platformName } from "../../format";
import { allStages, type PipelineEntry, pipelineStages, type Stage, stageLabels } from "./types";

interface Props {
  campaignId: string;
  currency: string;
  entries: PipelineEntry[];
  onMove(creatorId: string, stage: Stage, reason?: string): Promise<void>;
}

function MoveControl({ entry, onMove }: { entry: PipelineEntry; onMove: Props["onMove"] }) {
  const [target, setTarget] = useState<Stage | "">("");
  const [reason, setReason] = useState("");
  const needsReason = target === "declined" || target === "dropped";
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (target)
          void onMove(entry.creatorId, target, needsReason ? reason : undefined).then(() => setTarget(""));
      }}
    >
      <label>
        <span className="muted">Move {entry.name} to</span>
        <select value={target} onChange={(e) => setTarget(e.target.value as Stage | "")}>
          <option value="">—</option>
          {allStages
            .filter((s) => s !== entry.stage)
            .map((s) => (
              <option key={s} value={s}>
                {stageLabels[s]}
              </option>
            ))}
        </select>
      </label>
      {needsReason ? (
        <label>
          <span className="muted">Reason</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} required />
        </label>
      ) : null}
      <button type="submit" className="link-button" disabled={!target} aria-label={`Move ${entry.name}`}>
        Move
      </button>
    </form>
  );
}

const overdueStyle = { color: "var(--danger)", fontWeight: 600 } as const;

/**
 * The pipeline as columns: drag a card to another stage, or use its "Move to" control from the keyboard. Cards
 * flag overdue deliverables with the earliest date missed; the header gives the campaign's total.
 */
export function PipelineBoard({ campaignId, currency, entries, onMove }: Props) {
  const [over, setOver] = useState<Stage | null>(null);
  const exits = entries.filter((e) => e.stage === "declined" || e.stage === "dropped");
  const drop = (stage: Stage) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const creatorId = event.dataTransfer.getData("text/plain");
    const entry = entries.find((e) => e.creatorId === creatorId);
    if (!entry || entry.stage === stage) return;
    const reason =
      stage === "declined" || stage === "dropped"
        ? (window.prompt(`Why is ${entry.name} ${stage}?`) ?? "")
        : undefined;
    void onMove(creatorId, stage, reason);
  };
  const columns: Stage[] = [...pipelineStages, "declined", "dropped"];
  const overdueTotal = entries.reduce((sum, e) => sum + (e.overdue?.count ?? 0), 0);
  return (
    <>
      <p>
        {overdueTotal ? (
          <strong style={overdueStyle}>
            {overdueTotal} {overdueTotal === 1 ? "deliverable" : "deliverables"} overdue
          </strong>
        ) : (
          <span className="muted">No deliverables overdue</span>
        )}
      </p>
      <div
        className="pipeline-board"
        style={{
          display: "grid",
          gridAutoFlow: "column",
          gridAutoColumns: "minmax(200px, 1fr)",
          gap: "0.75rem",
          overflowX: "auto",
        }}
      >
        {columns
          .filter(
            (stage) =>
              pipelineStages.includes(stage) || exits.some((e) => e.stage === stage) || over === stage,
          )
          .map((stage) => {
            const cards = entries.filter((e) => e.stage === stage);
            return (
              <section
                key={stage}
                aria-label={`${stageLabels[stage]} column`}
                data-stage={stage}
                className="card"
                style={{ outline: over === stage ? "2px dashed currentColor" : undefined, minHeight: "8rem" }}
                onDragOver={(e) => {
                  e.preventDefault();
                  setOver(stage);
                }}
                onDragLeave={() => setOver(null)}
                onDrop={drop(stage)}
              >
                <h3>
                  {stageLabels[stage]} <span className="badge">{cards.length}</span>
                </h3>
                {cards.map((entry) => (
                  <article
                    key={entry.creatorId}
                    className="card"
                    draggable
                    data-creator={entry.name}
                    onDragStart={(e) => e.dataTransfer.setData("text/plain", entry.creatorId)}
                  >
                    <Link to={`/campaigns/${campaignId}/creators/${entry.creatorId}`} className="cell-title">
                      {entry.name}
                    </Link>
                    {entry.primaryAccount ? (
                      <div className="muted">
                        {platformName(entry.primaryAccount.platform)} @{entry.primaryAccount.handle} ·{" "}
                        {formatCount(entry.primaryAccount.followers)}
                      </div>
                    ) : null}
                    {entry.contract ? (
                      <div>
                        Contract v{entry.contract.version}:{" "}
                        {formatMoney(entry.contract.committedAmount, currency)}
                      </div>
                    ) : entry.openOffer ? (
                      <div className="muted">
                        Offer v{entry.openOffer.version} from the {entry.openOffer.proposedBy}
                      </div>
                    ) : null}
                    {entry.stageReason ? <div className="muted">{entry.stageReason}</div> : null}
                    {entry.overdue ? (
                      <div style={overdueStyle}>
                        {entry.overdue.count} overdue · {entry.overdue.count > 1 ? "earliest due" : "due"}{" "}
                        {entry.overdue.earliestDueDate}
                      </div>
                    ) : null}
                    <MoveControl entry={entry} onMove={onMove} />
                  </article>
                ))}
              </section>
            );
          })}
      </div>
    </>
  );
}

export function PipelineTable({ campaignId, currency, entries }: Omit<Props, "onMove">) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Creator</th>
            <th scope="col">Account</th>
            <th scope="col">Stage</th>
            <th scope="col">Collaboration</th>
            <th scope="col" className="num">
              Committed
            </th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.creatorId}>
              <td>
                <Link to={`/campaigns/${campaignId}/creators/${e.creatorId}`}>{e.name}</Link>
              </td>
              <td>
                {e.primaryAccount
                  ? `${platformName(e.primaryAccount.platform)} @${e.primaryAccount.handle}`
                  : "—"}
              </td>
              <td>
                {stageLabels[e.stage]}
                {e.stageReason ? <span className="muted"> ({e.stageReason})</span> : null}
              </td>
              <td className="capitalize">{e.collaborationType?.replaceAll("_", " ") ?? "—"}</td>
              <td className="num">{e.contract ? formatMoney(e.contract.committedAmount, currency) : "—"}</td>
              <td>{e.stageChangedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
