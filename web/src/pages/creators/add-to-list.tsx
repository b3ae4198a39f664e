import { type FormEvent, useEffect, useId, useState } from "react";
import { getAll, post } from "../../api";
import { ErrorAlert } from "../../components/ui";
import type { CreatorList } from "./discovery-types";

/** Adds creators to an existing shortlist or a new one; says how many were added. */
export function AddToList({ creatorIds, onDone }: { creatorIds: string[]; onDone?: () => void }) {
  const id = useId();
  const [lists, setLists] = useState<CreatorList[]>([]);
  const [listId, setListId] = useState("");
  const [newName, setNewName] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    getAll<CreatorList>("/api/v1/creator-lists").then(setLists, setError);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      let target = listId;
      let name = lists.find((l) => l.id === listId)?.name ?? "";
      if (!target) {
        const created = await post<CreatorList>("/api/v1/creator-lists", { name: newName });
        target = created.id;
        name = created.name;
        setLists([created, ...lists]);
        setListId(created.id);
      }
      const result = await post<{ added: number; alreadyIn: number }>(
        `/api/v1/creator-lists/${target}/items`,
        {
          items: creatorIds.map((creatorId) => ({ creatorId, ...(note ? { note } : {}) })),
        },
      );
      setMessage(
        `Added ${result.added} to "${name}"${result.alreadyIn ? ` (${result.alreadyIn} already in it)` : ""}.`,
      );
      onDone?.();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="inline-form add-to-list" onSubmit={submit} aria-label="Add to list">
      <div className="field">
        <label htmlFor={`${id}-list`}>Shortlist</label>
        <select id={`${id}-list`} value={listId} onChange={(e) => setListId(e.target.value)}>
          <option value="">New list…</option>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} ({l.creators})
            </option>
          ))}
        </select>
      </div>
      {listId ? null : (
        <div className="field">
          <label htmlFor={`${id}-name`}>New list name</label>
          <input id={`${id}-name`} value={newName} onChange={(e) => setNewName(e.target.value)} required />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button primary" disabled={creatorIds.length === 0}>
        Add {creatorIds.length === 1 ? "creator" : `${creatorIds.length} creators`} to list
      </button>
      <ErrorAlert error={error} />
      <p className="muted" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
