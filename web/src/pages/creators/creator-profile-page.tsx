import { type FormEvent, useEffect, useId, useState } from "react";
import { Link, useParams } from "react-router-dom";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { get, getAll, post } from "../../api";
import { ErrorAlert, PageHeader } from "../../components/ui";
import { formatCount, formatRate, formatTime, platformName } from "../../format";
import { AddToList } from "./add-to-list";
import { flagLabels, type QualityFlag } from "./discovery-types";

interface ProfilePost {
  externalId: string;
  postedAt: string;
  caption: string | null;
  likes: number | null;
  comments: number | null;
  views: number | null;
  engagements: number | null;
  sponsored: boolean;
  brands: string[];
}

interface AccountProfile {
  id: string;
  platform: string;
  handle: string;
  profileUrl: string | null;
  followers: number;
  tier: string;
  engagementRate: number | null;
  engagementRateViews: number | null;
  qualityScore: number;
  qualityFlags: QualityFlag[];
  sponsoredShare: number | null;
  saturation: "none" | "saturated" | "strong";
  sponsoredBrands: string[];
  country: string | null;
  language: string | null;
  niches: string[];
  bio: string | null;
  lastEnrichedAt: string | null;
  followerHistory: Array<{ takenOn: string; followers: number }>;
  recentPosts: ProfilePost[];
  audience: {
    countries: Record<string, number>;
    ages: Record<string, number>;
    genders: Record<string, number>;
    credibility: number | null;
  } | null;
  sentiment: {
    comments: number;
    positive: number;
    neutral: number;
    negative: number;
    examples: { positive: string[]; negative: string[] };
  } | null;
  brandSafety: Array<{ topic: string; posts: Array<{ externalId: string; terms: string[] }> }>;
}

interface CreatorProfile {
  id: string;
  name: string;
  email: string | null;
  accounts: AccountProfile[];
}

const asPercentRows = (shares: Record<string, number>) =>
  Object.entries(shares)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, share]) => ({ name, share: Math.round(share * 1000) / 10 }));

function ChartBox({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <figure className="chart card">
      <figcaption className="section-title">{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

function AddToCampaign({ creatorId }: { creatorId: string }) {
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
      await post(`/api/v1/campaigns/${campaignId}/creators`, { creatorId });
      setMessage(`Shortlisted in ${campaigns.find((c) => c.id === campaignId)?.name ?? "the campaign"}.`);
    } catch (caught) {
      setError(caught);
    }
  }
  if (campaigns.length === 0) return null;
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Add to campaign">
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
        Add to campaign
      </button>
      <ErrorAlert error={error} />
      <p className="muted" aria-live="polite">
        {message}
      </p>
    </form>
  );
}

function AccountSection({ account }: { account: AccountProfile }) {
  const postsChart = [...account.recentPosts].reverse().map((p) => ({
    day: p.postedAt.slice(5, 10),
    engagements: p.engagements ?? 0,
    hidden: p.engagements === null,
  }));
  return (
    <section
      className="card account-profile"
      aria-label={`${platformName(account.platform)} @${account.handle}`}
    >
      <h2>
        {platformName(account.platform)} ·{" "}
        {account.profileUrl ? (
          <a href={account.profileUrl} rel="noreferrer noopener" target="_blank">
            @{account.handle}
          </a>
        ) : (
          `@${account.handle}`
        )}
      </h2>
      {account.bio ? <p className="muted">{account.bio}</p> : null}
      <dl className="stat-grid">
        <div className="stat">
          <dt className="stat-label">Followers</dt>
          <dd className="stat-value">{formatCount(account.followers)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label">Tier (M1)</dt>
          <dd className="stat-value">{account.tier}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label" title="Median engagements ÷ followers over recent posts (M2)">
            Engagement by followers
          </dt>
          <dd className="stat-value">{formatRate(account.engagementRate, 2)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label" title="Median engagements ÷ views (M2)">
            Engagement by views
          </dt>
          <dd className="stat-value">{formatRate(account.engagementRateViews, 2)}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label" title="100 minus the penalty of each signal below (M4)">
            Quality score
          </dt>
          <dd className="stat-value">{account.qualityScore}</dd>
        </div>
        <div className="stat">
          <dt className="stat-label" title="Sponsored posts ÷ all posts, last 90 days (M5)">
            Sponsored share
          </dt>
          <dd className="stat-value">
            {formatRate(account.sponsoredShare)}
            {account.saturation === "strong"
              ? " · heavily sponsored"
              : account.saturation === "saturated"
                ? " · saturated"
                : ""}
          </dd>
        </div>
      </dl>

      <h3>Signals that lowered the quality score</h3>
      {account.qualityFlags.length === 0 ? (
        <p className="muted">None: every quality signal passed.</p>
      ) : (
        <ul className="flags">
          {account.qualityFlags.map((f) => (
            <li key={f.code}>
              <span className={`badge flag-${f.severity}`}>{flagLabels[f.code] ?? f.code}</span> {f.message}{" "}
              <span className="muted">(−{f.penalty})</span>
              {f.posts.length ? <div className="muted">Posts: {f.posts.slice(0, 10).join(", ")}</div> : null}
            </li>
          ))}
        </ul>
      )}
      {account.sponsoredBrands.length ? (
        <p>
          Brands in sponsored posts (last 180 days): <strong>{account.sponsoredBrands.join(", ")}</strong>
        </p>
      ) : null}

      <div className="chart-grid">
        <ChartBox title="Follower history">
          <LineChart data={account.followerHistory}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="takenOn" />
            <YAxis tickFormatter={(v: number) => formatCount(v)} width={60} />
            <Tooltip />
            <Line type="monotone" dataKey="followers" stroke="#2563eb" dot={false} />
          </LineChart>
        </ChartBox>
        <ChartBox title="Engagements on recent posts">
          <BarChart data={postsChart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis tickFormatter={(v: number) => formatCount(v)} width={60} />
            <Tooltip />
            <Bar dataKey="engagements" fill="#16a34a" />
          </BarChart>
        </ChartBox>
        {account.audience ? (
          <>
            <ChartBox title="Audience by country (%)">
              <BarChart data={asPercentRows(account.audience.countries)}>
                <XAxis dataKey="name" />
                <YAxis />
                <Tooltip />
                <Bar dataKey="share" fill="#7c3aed" />
              </BarChart>
            </ChartBox>
            <ChartBox title="Audience by age (%)">
              <BarChart
                data={asPercentRows(account.audience.ages).sort((a, b) => a.name.localeCompare(b.name))}
              >
                <XAxis dataKey="name" />
                <YAxis />
                <Tooltip />
                <Bar dataKey="share" fill="#db2777" />
              </BarChart>
            </ChartBox>
            <ChartBox title="Audience by gender (%)">
              <BarChart data={asPercentRows(account.audience.genders)}>
                <XAxis dataKey="name" />
                <YAxis />
                <Tooltip />
                <Bar dataKey="share" fill="#ea580c" />
              </BarChart>
            </ChartBox>
          </>
        ) : (
          <p className="muted">No audience data for this account yet.</p>
        )}
      </div>
      {account.audience?.credibility != null ? (
        <p>Audience credibility: {formatRate(account.audience.credibility)} of followers look real.</p>
      ) : null}

      {account.sentiment ? (
        <section aria-label="Comment sentiment">
          <h3>Comment sentiment ({account.sentiment.comments} comments, VADER)</h3>
          <p>
            Positive {formatRate(account.sentiment.positive)} · neutral{" "}
            {formatRate(account.sentiment.neutral)} · negative {formatRate(account.sentiment.negative)}
          </p>
          {account.sentiment.examples.negative.length ? (
            <p className="muted">Most negative: “{account.sentiment.examples.negative[0]}”</p>
          ) : null}
        </section>
      ) : null}
      {account.brandSafety.length ? (
        <section aria-label="Brand safety">
          <h3>Brand safety</h3>
          <ul>
            {account.brandSafety.map((f) => (
              <li key={f.topic}>
                <span className="badge flag-warning">{f.topic}</span>{" "}
                {f.posts.map((p) => `${p.externalId} (${p.terms.join(", ")})`).join("; ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {account.lastEnrichedAt ? (
        <p className="muted">Refreshed from the platform {formatTime(account.lastEnrichedAt)}.</p>
      ) : null}
    </section>
  );
}

export function CreatorProfilePage() {
  const { creatorId = "" } = useParams();
  const [profile, setProfile] = useState<CreatorProfile | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    get<CreatorProfile>(`/api/v1/creators/${creatorId}/profile`).then(setProfile, setError);
  }, [creatorId]);

  return (
    <>
      <PageHeader
        title={profile?.name ?? "Creator"}
        description={profile?.email ?? undefined}
        actions={
          <Link className="button" to="/creators">
            Back to search
          </Link>
        }
      />
      <ErrorAlert error={error} />
      {profile ? (
        <>
          <div className="card">
            <AddToList creatorIds={[profile.id]} />
            <AddToCampaign creatorId={profile.id} />
          </div>
          {profile.accounts.map((account) => (
            <AccountSection key={account.id} account={account} />
          ))}
        </>
      ) : null}
    </>
  );
}
