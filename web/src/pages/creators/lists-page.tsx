import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { Link } from "react-router-dom";
import { getAll, post } from "../../api";
import { ErrorAlert, PageHeader } from "../../components/ui";
import { formatCount, formatRate, platformName } from "../../format";
import type { CreatorList } from "./discovery-types";

interface ListDetail {
  id: string;
  name: string;
  items: Array<{
    creator: {
      id: string;
      name: string;
      accounts: Array<{
        id: string;
        platform: string;
        handle: string;
        followers: number;
        engagementRate: number | null;
      }>;
    };
    note: string | null;
  }>;
}

function ListToCampaign({ listId }: { listId: string }) {
  const id = useId();
  const [campaigns, setCampaigns] = useState<Array<{ id: string; name: string }>>([]);
  const [campaignId, setCampaignId] = useState("");
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getAll<{ id: string; name: string }>("/api/v1/campaigns").then((items) => {
      setCampaigns(items);
      setCampaignId(items[0]?.id ?? "");
    }, setError);
  }, []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await post<{ added: number; alreadyIn: number }>(
        `/api/v1/creator-lists/${listId}/add-to-campaign`,
        {
          campaignId,
        },
      );
      setMessage(`Added ${result.added} to the campaign (${result.alreadyIn} were already in it).`);
    } catch (caught) {
      setError(caught);
    }
  }
  if (campaigns.length === 0) return null;
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Add list to campaign">
      <div className="field">
        <label htmlFor={`${id}-campaign`}>Campaign</label>
        <select id={`${id}-campaign`} value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Add list to campaign
      </button>
      <ErrorAlert error={error} />
      <p className="muted" aria-live="polite">
        {message}
      </p>
    </form>
  );
}

export function CreatorListsPage() {
  const [lists, setLists] = useState<CreatorList[]>([]);
  const [open, setOpen] = useState<ListDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    getAll<CreatorList>("/api/v1/creator-lists").then(setLists, setError);
  }, []);
  useEffect(load, [load]);

  return (
    <>
      <PageHeader
        title="Shortlists"
        description="Creators you are considering, with notes."
        actions={
          <Link className="button" to="/creators">
            Back to search
          </Link>
        }
      />
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col" className="num">
                Creators
              </th>
              <th scope="col">Export</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((list) => (
              <tr key={list.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      getAll<ListDetail["items"][number]>(`/api/v1/creator-lists/${list.id}`).then(
                        (items) => setOpen({ id: list.id, name: list.name, items }),
                        setError,
                      )
                    }
                  >
                    {list.name}
                  </button>
                </td>
                <td className="num">{list.creators}</td>
                <td>
                  <a href={`/api/v1/creator-lists/${list.id}/export.csv`} download>
                    Download CSV
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open ? (
        <section className="card" aria-label={`List ${open.name}`}>
          <h2>{open.name}</h2>
          <ListToCampaign listId={open.id} />
          <ul>
            {open.items.map((item) => (
              <li key={item.creator.id}>
                <Link to={`/creators/${item.creator.id}`}>{item.creator.name}</Link>{" "}
                <span className="muted">
                  {item.creator.accounts
                    .map(
                      (a) =>
                        `${platformName(a.platform)} @${a.handle} · ${formatCount(a.followers)} · ${formatRate(a.engagementRate)}`,
                    )
                    .join("; ")}
                </span>
                {item.note ? <div>Note: {item.note}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
