import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { del, get, getAll, post } from "../../api";
import { ErrorAlert, PageHeader } from "../../components/ui";
import { formatCount, formatRate, platformName } from "../../format";
import { AddToList } from "./add-to-list";
import { type CreatorSearchResult, type Facet, flagLabels, type SavedSearch } from "./discovery-types";

const platforms = ["instagram", "tiktok", "youtube", "linkedin"];
const tiers = ["emerging", "nano", "micro", "mid", "macro", "mega"];
const sorts = [
  { value: "", label: "Best match / followers" },
  { value: "followers", label: "Followers" },
  { value: "engagementRate", label: "Engagement rate" },
  { value: "quality", label: "Quality score" },
  { value: "relevance", label: "Relevance (with a search)" },
  { value: "fit", label: "Audience fit (with a campaign)" },
];

/** The filter form's state, in the API's parameter names; rates are typed as percentages and sent as fractions. */
interface Filters {
  q: string;
  platform: string[];
  tier: string[];
  niche: string;
  country: string;
  language: string;
  minFollowers: string;
  maxFollowers: string;
  minEngagementPercent: string;
  maxEngagementPercent: string;
  minQuality: string;
  hasEmail: string;
  campaignId: string;
  excludeConflicts: boolean;
  sort: string;
}

const emptyFilters: Filters = {
  q: "",
  platform: [],
  tier: [],
  niche: "",
  country: "",
  language: "",
  minFollowers: "",
  maxFollowers: "",
  minEngagementPercent: "",
  maxEngagementPercent: "",
  minQuality: "",
  hasEmail: "",
  campaignId: "",
  excludeConflicts: false,
  sort: "",
};

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value.trim()) params.set(key, value.trim());
  };
  set("q", filters.q);
  if (filters.platform.length) params.set("platform", filters.platform.join(","));
  if (filters.tier.length) params.set("tier", filters.tier.join(","));
  set("niche", filters.niche);
  set("country", filters.country);
  set("language", filters.language);
  set("minFollowers", filters.minFollowers);
  set("maxFollowers", filters.maxFollowers);
  const fraction = (percent: string) => (percent.trim() ? String(Number(percent) / 100) : "");
  set("minEngagementRate", fraction(filters.minEngagementPercent));
  set("maxEngagementRate", fraction(filters.maxEngagementPercent));
  set("minQuality", filters.minQuality);
  set("hasEmail", filters.hasEmail);
  set("campaignId", filters.campaignId);
  if (filters.campaignId && filters.excludeConflicts) params.set("excludeConflicts", "true");
  set("sort", filters.sort);
  return params;
}

function fromParams(params: URLSearchParams): Filters {
  const list = (key: string) => (params.get(key) ?? "").split(",").filter(Boolean);
  const percent = (key: string) => {
    const value = params.get(key);
    return value ? String(Math.round(Number(value) * 10_000) / 100) : "";
  };
  return {
    q: params.get("q") ?? "",
    platform: list("platform"),
    tier: list("tier"),
    niche: params.get("niche") ?? "",
    country: params.get("country") ?? "",
    language: params.get("language") ?? "",
    minFollowers: params.get("minFollowers") ?? "",
    maxFollowers: params.get("maxFollowers") ?? "",
    minEngagementPercent: percent("minEngagementRate"),
    maxEngagementPercent: percent("maxEngagementRate"),
    minQuality: params.get("minQuality") ?? "",
    hasEmail: params.get("hasEmail") ?? "",
    campaignId: params.get("campaignId") ?? "",
    excludeConflicts: params.get("excludeConflicts") === "true",
    sort: params.get("sort") ?? "",
  };
}

function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  label,
}: {
  legend: string;
  options: string[];
  selected: string[];
  onChange(values: string[]): void;
  label(value: string): string;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={(e) =>
              onChange(e.target.checked ? [...selected, option] : selected.filter((v) => v !== option))
            }
          />{" "}
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

function FacetList({
  title,
  facets,
  label,
  onPick,
}: {
  title: string;
  facets: Facet[];
  label?: (value: string) => string;
  onPick(value: string): void;
}) {
  if (facets.length === 0) return null;
  return (
    <section className="facet" aria-label={`${title} counts`}>
      <h3>{title}</h3>
      <ul>
        {facets.slice(0, 10).map((f) => (
          <li key={f.value}>
            <button type="button" className="link-button" onClick={() => onPick(f.value)}>
              {label ? label(f.value) : f.value}
            </button>{" "}
            <span className="muted">{formatCount(f.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DiscoveryPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => fromParams(params));
  const [result, setResult] = useState<CreatorSearchResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [saveName, setSaveName] = useState("");
  const [campaigns, setCampaigns] = useState<Array<{ id: string; name: string }>>([]);
  const query = params.toString();

  const loadSaved = useCallback(() => {
    getAll<SavedSearch>("/api/v1/saved-searches").then(setSaved, setError);
  }, []);
  useEffect(loadSaved, [loadSaved]);
  useEffect(() => {
    getAll<{ id: string; name: string }>("/api/v1/campaigns").then(setCampaigns, setError);
  }, []);

  useEffect(() => {
    setError(null);
    setSelected([]);
    get<CreatorSearchResult>(`/api/v1/creators?${query}${query ? "&" : ""}limit=50`).then(
      setResult,
      (caught) => {
        setResult(null);
        setError(caught);
      },
    );
  }, [query]);

  function apply(next: Filters) {
    setFilters(next);
    setParams(toParams(next));
  }

  function search(event: FormEvent) {
    event.preventDefault();
    apply(filters);
  }

  async function loadMore() {
    if (!result?.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await get<CreatorSearchResult>(
        `/api/v1/creators?${query}${query ? "&" : ""}limit=50&cursor=${encodeURIComponent(result.nextCursor)}`,
      );
      setResult({ ...next, items: [...result.items, ...next.items] });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  async function saveSearch(event: FormEvent) {
    event.preventDefault();
    try {
      const asQuery: Record<string, string> = {};
      for (const [key, value] of params) asQuery[key] = value;
      await post("/api/v1/saved-searches", { name: saveName, query: asQuery });
      setSaveName("");
      loadSaved();
    } catch (caught) {
      setError(caught);
    }
  }

  const update = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters({ ...filters, [key]: value });
  const creatorIds = [
    ...new Set(result?.items.filter((i) => selected.includes(i.id)).map((i) => i.creatorId)),
  ];

  return (
    <>
      <PageHeader
        title="Creators"
        description="Find creators by niche, platform, audience and quality."
        actions={
          <>
            <Link className="button" to="/creators/lists">
              Shortlists
            </Link>
            <Link className="button" to="/creators/connectors">
              Connectors
            </Link>
          </>
        }
      />
      <div className="discovery">
        <aside className="filter-panel">
          <form onSubmit={search} aria-label="Search creators">
            <div className="field">
              <label htmlFor={`${id}-q`}>Search</label>
              <input
                id={`${id}-q`}
                type="search"
                placeholder="Name, handle or bio"
                value={filters.q}
                onChange={(e) => update("q", e.target.value)}
              />
            </div>
            <CheckboxGroup
              legend="Platform"
              options={platforms}
              selected={filters.platform}
              onChange={(v) => update("platform", v)}
              label={platformName}
            />
            <CheckboxGroup
              legend="Tier"
              options={tiers}
              selected={filters.tier}
              onChange={(v) => update("tier", v)}
              label={(t) => t}
            />
            <div className="field">
              <label htmlFor={`${id}-niche`}>Niches (any of, comma-separated)</label>
              <input
                id={`${id}-niche`}
                value={filters.niche}
                onChange={(e) => update("niche", e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-country`}>Countries (ISO codes)</label>
              <input
                id={`${id}-country`}
                value={filters.country}
                placeholder="US, GB"
                onChange={(e) => update("country", e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-language`}>Languages (ISO codes)</label>
              <input
                id={`${id}-language`}
                value={filters.language}
                onChange={(e) => update("language", e.target.value)}
              />
            </div>
            <div className="field-pair">
              <div className="field">
                <label htmlFor={`${id}-minf`}>Min followers</label>
                <input
                  id={`${id}-minf`}
                  type="number"
                  min={0}
                  value={filters.minFollowers}
                  onChange={(e) => update("minFollowers", e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-maxf`}>Max followers</label>
                <input
                  id={`${id}-maxf`}
                  type="number"
                  min={0}
                  value={filters.maxFollowers}
                  onChange={(e) => update("maxFollowers", e.target.value)}
                />
              </div>
            </div>
            <div className="field-pair">
              <div className="field">
                <label htmlFor={`${id}-miner`}>Min engagement (%)</label>
                <input
                  id={`${id}-miner`}
                  type="number"
                  min={0}
                  max={100}
                  step="0.1"
                  value={filters.minEngagementPercent}
                  onChange={(e) => update("minEngagementPercent", e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-maxer`}>Max engagement (%)</label>
                <input
                  id={`${id}-maxer`}
                  type="number"
                  min={0}
                  max={100}
                  step="0.1"
                  value={filters.maxEngagementPercent}
                  onChange={(e) => update("maxEngagementPercent", e.target.value)}
                />
              </div>
            </div>
            <div className="field">
              <label htmlFor={`${id}-quality`}>Min quality score (0–100)</label>
              <input
                id={`${id}-quality`}
                type="number"
                min={0}
                max={100}
                value={filters.minQuality}
                onChange={(e) => update("minQuality", e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-email`}>Contact email</label>
              <select
                id={`${id}-email`}
                value={filters.hasEmail}
                onChange={(e) => update("hasEmail", e.target.value)}
              >
                <option value="">Any</option>
                <option value="true">Has an email</option>
                <option value="false">No email</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-campaign`}>For campaign</label>
              <select
                id={`${id}-campaign`}
                value={filters.campaignId}
                onChange={(e) => update("campaignId", e.target.value)}
              >
                <option value="">None</option>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            {filters.campaignId ? (
              <label>
                <input
                  type="checkbox"
                  checked={filters.excludeConflicts}
                  onChange={(e) => update("excludeConflicts", e.target.checked)}
                />{" "}
                Leave out competitor conflicts
              </label>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-sort`}>Sort by</label>
              <select id={`${id}-sort`} value={filters.sort} onChange={(e) => update("sort", e.target.value)}>
                {sorts.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="row-actions">
              <button type="submit" className="button primary">
                Search
              </button>
              <button type="button" className="button" onClick={() => apply(emptyFilters)}>
                Clear
              </button>
            </div>
          </form>

          <section aria-label="Saved searches" className="saved-searches">
            <h2 className="section-title">Saved searches</h2>
            <ul>
              {saved.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const next = new URLSearchParams();
                      for (const [k, v] of Object.entries(s.query))
                        next.set(k, Array.isArray(v) ? v.join(",") : v);
                      setFilters(fromParams(next));
                      setParams(next);
                    }}
                  >
                    {s.name}
                  </button>{" "}
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Delete saved search ${s.name}`}
                    onClick={() => void del(`/api/v1/saved-searches/${s.id}`).then(loadSaved, setError)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <form className="inline-form" onSubmit={saveSearch}>
              <div className="field">
                <label htmlFor={`${id}-save`}>Save this search as</label>
                <input
                  id={`${id}-save`}
                  value={saveName}
                  onChange={(e) => setSaveName(e.target.value)}
                  required
                />
              </div>
              <button type="submit" className="button small">
                Save search
              </button>
            </form>
          </section>
        </aside>

        <section className="results" aria-label="Results">
          <ErrorAlert error={error} />
          <p className="muted result-count" aria-live="polite">
            {result ? `${formatCount(result.total)} accounts` : error ? "" : "Loading…"}
          </p>
          {result ? (
            <div className="facets">
              <FacetList
                title="Platform"
                facets={result.facets.platform}
                label={platformName}
                onPick={(v) => apply({ ...filters, platform: [v] })}
              />
              <FacetList
                title="Tier"
                facets={result.facets.tier}
                onPick={(v) => apply({ ...filters, tier: [v] })}
              />
              <FacetList
                title="Country"
                facets={result.facets.country}
                onPick={(v) => apply({ ...filters, country: v })}
              />
              <FacetList
                title="Niche"
                facets={result.facets.niche}
                onPick={(v) => apply({ ...filters, niche: v })}
              />
            </div>
          ) : null}
          {selected.length > 0 ? <AddToList creatorIds={creatorIds} /> : null}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">Select</span>
                  </th>
                  <th scope="col">Creator</th>
                  <th scope="col">Platform</th>
                  <th scope="col" className="num">
                    Followers
                  </th>
                  <th scope="col">Tier</th>
                  <th
                    scope="col"
                    className="num"
                    title="Engagement rate by followers (M2): median over recent posts"
                  >
                    Engagement
                  </th>
                  <th scope="col" className="num" title="Quality score 0–100 (M4)">
                    Quality
                  </th>
                  {query.includes("campaignId=") ? (
                    <th scope="col" className="num" title="Audience fit for the campaign, 0–100 (M6)">
                      Fit
                    </th>
                  ) : null}
                  <th scope="col">Country</th>
                  <th scope="col">Niches</th>
                  <th scope="col">Flags</th>
                </tr>
              </thead>
              <tbody>
                {result?.items.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${row.name} (@${row.handle})`}
                        checked={selected.includes(row.id)}
                        onChange={(e) =>
                          setSelected(
                            e.target.checked ? [...selected, row.id] : selected.filter((s) => s !== row.id),
                          )
                        }
                      />
                    </td>
                    <td>
                      <Link className="cell-title" to={`/creators/${row.creatorId}`}>
                        {row.name}
                      </Link>
                      <div className="muted">@{row.handle}</div>
                    </td>
                    <td>{platformName(row.platform)}</td>
                    <td className="num">{formatCount(row.followers)}</td>
                    <td>
                      <span className={`badge tier-${row.tier}`}>{row.tier}</span>
                    </td>
                    <td className="num">{formatRate(row.engagementRate)}</td>
                    <td className="num">{row.qualityScore}</td>
                    {query.includes("campaignId=") ? <td className="num">{row.fit ?? "—"}</td> : null}
                    <td>{row.country ?? "—"}</td>
                    <td>{row.niches.join(", ")}</td>
                    <td>
                      {row.qualityFlags.map((f) => (
                        <span key={f.code} className={`badge flag-${f.severity}`} title={f.message}>
                          {flagLabels[f.code] ?? f.code}
                        </span>
                      ))}
                      {row.saturation !== "none" ? (
                        <span
                          className="badge flag-warning"
                          title={`Sponsored share ${formatRate(row.sponsoredShare)} (M5)`}
                        >
                          {row.saturation === "strong" ? "Heavily sponsored" : "Saturated"}
                        </span>
                      ) : null}
                      {row.conflicts.length ? (
                        <span className="badge flag-critical">Conflict: {row.conflicts.join(", ")}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result?.nextCursor ? (
            <button type="button" className="button load-more" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? "Loading…" : "Load more"}
            </button>
          ) : null}
        </section>
      </div>
    </>
  );
}
