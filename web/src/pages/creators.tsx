import { type FormEvent, useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { get } from "../api";
import { ErrorAlert, LoadingRows, PageHeader, SelectField } from "../components/ui";
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

const pageSize = 50;
const columns = 7;
const whole = new Intl.NumberFormat("en");

function query(q: string, platform: string, cursor?: string): string {
  const params = new URLSearchParams({ limit: String(pageSize) });
  if (q) params.set("q", q);
  if (platform) params.set("platform", platform);
  if (cursor) params.set("cursor", cursor);
  return `/api/v1/creators?${params}`;
}

export function CreatorsPage() {
  // The applied filters live in the address, so a search can be shared, reloaded and undone with Back.
  const [params, setParams] = useSearchParams();
  const appliedQ = params.get("q") ?? "";
  const appliedPlatform = params.get("platform") ?? "";
  const [q, setQ] = useState(appliedQ);
  const [page, setPage] = useState<CreatorPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => setQ(appliedQ), [appliedQ]);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    get<CreatorPage>(query(appliedQ, appliedPlatform))
      .then(
        (result) => current && setPage(result),
        (caught: unknown) => current && setError(caught),
      )
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [appliedQ, appliedPlatform]);

  function apply(next: { q: string; platform: string }) {
    const search = new URLSearchParams();
    if (next.q.trim()) search.set("q", next.q.trim());
    if (next.platform) search.set("platform", next.platform);
    setParams(search);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    apply({ q, platform: appliedPlatform });
  }

  async function loadMore() {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await get<CreatorPage>(query(appliedQ, appliedPlatform, page.nextCursor));
      setPage({ total: next.total, items: [...page.items, ...next.items], nextCursor: next.nextCursor });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  const filtered = Boolean(appliedQ || appliedPlatform);
  let count = "Loading…";
  if (page && !loading) {
    const noun = page.total === 1 ? "account" : "accounts";
    count =
      page.items.length < page.total
        ? `Showing ${whole.format(page.items.length)} of ${whole.format(page.total)} ${noun}`
        : `${whole.format(page.total)} ${noun}`;
  }

  return (
    <>
      <PageHeader title="Creators" description="Every creator account in your workspace." />
      <search>
        <form className="filter-bar" onSubmit={submit} aria-label="Search creators">
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
            value={appliedPlatform}
            onChange={(value) => apply({ q, platform: value })}
            options={platformOptions}
          />
          <button type="submit" className="button primary">
            Search
          </button>
          {filtered ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setQ("");
                apply({ q: "", platform: "" });
              }}
            >
              Clear
            </button>
          ) : null}
        </form>
      </search>
      <ErrorAlert error={error} />
      <p className="muted result-count" aria-live="polite">
        {count}
      </p>
      <div className="table-wrap">
        <table className="creators-table" aria-busy={loading}>
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
          <tbody className={loading && page ? "stale" : undefined}>
            {!page && loading ? <LoadingRows columns={columns} rows={8} /> : null}
            {page && page.items.length === 0 ? (
              <tr>
                <td colSpan={columns} className="table-empty">
                  {filtered
                    ? "No creator accounts match this search."
                    : "No creators yet. Import them with the CLI (amplio creators import) or the API."}
                </td>
              </tr>
            ) : null}
            {page?.items.map((row) => (
              <tr key={row.id}>
                <td>
                  <div className="cell-title">{row.name}</div>
                  <div className="muted">@{row.handle}</div>
                </td>
                <td>{platformName(row.platform)}</td>
                <td className="num" title={whole.format(row.followers)}>
                  {formatCount(row.followers)}
                </td>
                <td>
                  <span className={`badge tier-${row.tier}`}>{row.tier}</span>
                </td>
                <td className="num">{formatRate(row.engagementRate)}</td>
                <td>{row.country ?? "—"}</td>
                <td>{row.niches.length > 0 ? row.niches.join(", ") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page?.nextCursor && !loading ? (
        <button type="button" className="button load-more" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </>
  );
}
