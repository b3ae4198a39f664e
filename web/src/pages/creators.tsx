import { type FormEvent, useCallback, useEffect, useState } from "react";
import { get } from "../api";
import { ErrorAlert, PageHeader, SelectField } from "../components/ui";
import { formatCount, formatRate, platformName } from "../format";

interface CreatorAccountRow {
  id: string;
  creatorId: string;
  name: string;
  handle: string;
  platform: string;
  followers: number;
  tier: string;
  engagementRate: number | null;
  country: string | null;
  niches: string[];
}

interface CreatorPage {
  total: number;
  items: CreatorAccountRow[];
  nextCursor: string | null;
}

const platformOptions = [
  { value: "", label: "All platforms" },
  { value: "instagram", label: "Instagram" },
  { value: "tiktok", label: "TikTok" },
  { value: "youtube", label: "YouTube" },
  { value: "linkedin", label: "LinkedIn" },
];

function query(q: string, platform: string, cursor?: string): string {
  const params = new URLSearchParams({ limit: "50" });
  if (q) params.set("q", q);
  if (platform) params.set("platform", platform);
  if (cursor) params.set("cursor", cursor);
  return `/api/v1/creators?${params}`;
}

export function CreatorsPage() {
  const [q, setQ] = useState("");
  const [platform, setPlatform] = useState("");
  const [applied, setApplied] = useState({ q: "", platform: "" });
  const [page, setPage] = useState<CreatorPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const load = useCallback((filters: { q: string; platform: string }) => {
    setError(null);
    get<CreatorPage>(query(filters.q, filters.platform)).then(setPage, setError);
  }, []);

  useEffect(() => load(applied), [load, applied]);

  function search(event: FormEvent) {
    event.preventDefault();
    setApplied({ q, platform });
  }

  async function loadMore() {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await get<CreatorPage>(query(applied.q, applied.platform, page.nextCursor));
      setPage({ total: next.total, items: [...page.items, ...next.items], nextCursor: next.nextCursor });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageHeader title="Creators" description="Every creator account in your workspace." />
      <form className="filter-bar" onSubmit={search} aria-label="Search creators">
        <div className="field grow">
          <label htmlFor="creator-search">Search</label>
          <input
            id="creator-search"
            type="search"
            placeholder="Name or handle"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <SelectField
          label="Platform"
          value={platform}
          onChange={(value) => setPlatform(value)}
          options={platformOptions}
        />
        <button type="submit" className="button primary">
          Search
        </button>
      </form>
      <ErrorAlert error={error} />
      <p className="muted result-count" aria-live="polite">
        {page ? `${formatCount(page.total)} accounts` : "Loading…"}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Platform</th>
              <th scope="col" className="num">
                Followers
              </th>
              <th scope="col">Tier</th>
              <th scope="col" className="num">
                Engagement
              </th>
              <th scope="col">Country</th>
              <th scope="col">Niches</th>
            </tr>
          </thead>
          <tbody>
            {page?.items.map((row) => (
              <tr key={row.id}>
                <td>
                  <div className="cell-title">{row.name}</div>
                  <div className="muted">@{row.handle}</div>
                </td>
                <td>{platformName(row.platform)}</td>
                <td className="num">{formatCount(row.followers)}</td>
                <td>
                  <span className={`badge tier-${row.tier}`}>{row.tier}</span>
                </td>
                <td className="num">{formatRate(row.engagementRate)}</td>
                <td>{row.country ?? "—"}</td>
                <td>{row.niches.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page?.nextCursor ? (
        <button type="button" className="button load-more" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </>
  );
}
