import { dayMs } from "@shared/time";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ApiError, get, getAll, patch, post } from "../../api";
import { CopyButton, ErrorAlert, Field, PageHeader, SelectField } from "../../components/ui";
import { formatCount, formatMoney, formatRate } from "../../format";
import { UnverifiedOrders } from "./unverified-orders";

interface Counts {
  clicks: number;
  botClicks: number;
  uniqueVisitors: number;
}

interface Analytics {
  totals: Counts;
  series: Array<Counts & { bucket: string }>;
  byDevice: Array<{ value: string; clicks: number }>;
  byCountry: Array<{ value: string; clicks: number }>;
  byReferrer: Array<{ value: string; clicks: number }>;
  byCreator: Array<Counts & { creatorId: string }>;
}

interface TrackingLink {
  id: string;
  code: string;
  shortUrl: string;
  destinationUrl: string;
  status: "active" | "disabled";
  creatorId: string;
  clicks: number;
  botClicks: number;
}

interface AttributionTotals {
  conversions: number;
  revenue: number;
  refunded: number;
  byCode: number;
  byClick: number;
  conflicts: number;
}

interface Conversions {
  currency: string;
  totals: AttributionTotals;
  byCreator: Array<AttributionTotals & { creatorId: string }>;
}

interface Member {
  creatorId: string;
  name: string;
}

function Breakdown({
  title,
  rows,
  total,
}: {
  title: string;
  rows: Array<{ value: string; clicks: number }>;
  total: number;
}) {
  return (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">No clicks yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" className="num">
                Clicks
              </th>
              <th scope="col" className="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 8).map((row) => (
              <tr key={row.value}>
                <td>{row.value}</td>
                <td className="num">{formatCount(row.clicks)}</td>
                <td className="num">{formatRate(total > 0 ? row.clicks / total : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Link analytics for a campaign, or one creator in it: clicks over time, visitors, where they came from, bots apart. */
export function TrackingPage() {
  const { campaignId = "" } = useParams();
  const [members, setMembers] = useState<Member[]>([]);
  const [creatorId, setCreatorId] = useState("");
  const [granularity, setGranularity] = useState<"day" | "hour">("day");
  const [analytics, setAnalytics] = useState<Analytics | null>(null);
  const [links, setLinks] = useState<TrackingLink[]>([]);
  const [conversions, setConversions] = useState<Conversions | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [newLink, setNewLink] = useState({ creatorId: "", destinationUrl: "", slug: "" });
  const [formError, setFormError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const query = new URLSearchParams({ granularity, ...(creatorId ? { creatorId } : {}) });
      const from = granularity === "hour" ? new Date(Date.now() - 7 * dayMs).toISOString() : null;
      if (from) query.set("from", from);
      const [a, l, c] = await Promise.all([
        get<Analytics>(`/api/v1/campaigns/${campaignId}/link-analytics?${query}`),
        getAll<TrackingLink>(
          `/api/v1/campaigns/${campaignId}/links${creatorId ? `?creatorId=${creatorId}` : ""}`,
        ),
        get<Conversions>(`/api/v1/campaigns/${campaignId}/conversions`),
      ]);
      setAnalytics(a);
      setLinks(l);
      setConversions(c);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [campaignId, creatorId, granularity]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    getAll<Member>(`/api/v1/campaigns/${campaignId}/creators`).then(setMembers).catch(setError);
  }, [campaignId]);

  const nameOf = (id: string) => members.find((m) => m.creatorId === id)?.name ?? id;
  const conversionsOf = (id: string) => conversions?.byCreator.find((c) => c.creatorId === id);

  async function createLink(event: FormEvent) {
    event.preventDefault();
    try {
      await post(`/api/v1/campaigns/${campaignId}/links`, {
        creatorId: newLink.creatorId,
        destinationUrl: newLink.destinationUrl,
        ...(newLink.slug ? { slug: newLink.slug } : {}),
      });
      setNewLink({ creatorId: newLink.creatorId, destinationUrl: "", slug: "" });
      setFormError(null);
      await load();
    } catch (e) {
      setFormError(e);
    }
  }

  async function toggle(link: TrackingLink) {
    try {
      await patch(`/api/v1/links/${link.id}`, { status: link.status === "active" ? "disabled" : "active" });
      await load();
    } catch (e) {
      setError(e);
    }
  }

  const t = analytics?.totals;
  const fieldError = (field: string) =>
    formError instanceof ApiError ? formError.fieldError(field) : undefined;
  return (
    <>
      <PageHeader
        title="Link analytics"
        description="Human clicks from tracking links; bots and link-preview fetchers are counted apart and left out."
        actions={
          <Link className="button" to={`/campaigns/${campaignId}`}>
            Back to the campaign
          </Link>
        }
      />
      <ErrorAlert error={error} />
      <div className="toolbar">
        <SelectField
          label="Creator"
          value={creatorId}
          onChange={setCreatorId}
          options={[
            { value: "", label: "Whole campaign" },
            ...members.map((m) => ({ value: m.creatorId, label: m.name })),
          ]}
        />
        <SelectField
          label="Group by"
          value={granularity}
          onChange={(v) => setGranularity(v as "day" | "hour")}
          options={[
            { value: "day", label: "Day (last 30 days)" },
            { value: "hour", label: "Hour (last 7 days)" },
          ]}
        />
      </div>

      {t ? (
        <div className="stat-grid">
          <div className="card stat">
            <span className="stat-label">Clicks</span>
            <span className="stat-value" data-testid="clicks-total">
              {formatCount(t.clicks)}
            </span>
          </div>
          <div className="card stat">
            <span className="stat-label">Unique visitors (per day)</span>
            <span className="stat-value">{formatCount(t.uniqueVisitors)}</span>
          </div>
          <div className="card stat">
            <span className="stat-label">Bot clicks (excluded)</span>
            <span className="stat-value" data-testid="bot-total">
              {formatCount(t.botClicks)}
            </span>
          </div>
          {conversions ? (
            <>
              <div className="card stat">
                <span className="stat-label">Conversions (code / click)</span>
                <span className="stat-value">
                  {formatCount(conversions.totals.conversions)} ({conversions.totals.byCode} /{" "}
                  {conversions.totals.byClick})
                </span>
              </div>
              <div className="card stat">
                <span className="stat-label">Revenue after refunds</span>
                <span className="stat-value">
                  {formatMoney(conversions.totals.revenue, conversions.currency)}
                </span>
              </div>
              <div className="card stat">
                <span className="stat-label">Code-vs-click conflicts</span>
                <span className="stat-value">{formatCount(conversions.totals.conflicts)}</span>
              </div>
            </>
          ) : null}
        </div>
      ) : null}

      {analytics ? (
        <section aria-labelledby="over-time">
          <h2 id="over-time" className="section-title">
            Clicks over time
          </h2>
          <div className="card" style={{ height: 280 }}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={analytics.series}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="bucket"
                  tickFormatter={(b: string) => (granularity === "day" ? b.slice(5) : b.slice(5, 13))}
                />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line type="monotone" dataKey="clicks" name="Clicks" stroke="#2563eb" dot={false} />
                <Line
                  type="monotone"
                  dataKey="uniqueVisitors"
                  name="Unique visitors"
                  stroke="#16a34a"
                  dot={false}
                />
                <Line
                  type="monotone"
                  dataKey="botClicks"
                  name="Bots (excluded)"
                  stroke="#9ca3af"
                  strokeDasharray="4 4"
                  dot={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <div className="stat-grid">
            <Breakdown title="Country" rows={analytics.byCountry} total={analytics.totals.clicks} />
            <Breakdown title="Referrer" rows={analytics.byReferrer} total={analytics.totals.clicks} />
            <Breakdown title="Device" rows={analytics.byDevice} total={analytics.totals.clicks} />
          </div>
        </section>
      ) : null}

      {analytics && !creatorId ? (
        <section aria-labelledby="per-creator">
          <h2 id="per-creator" className="section-title">
            Per creator
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col" className="num">
                    Clicks
                  </th>
                  <th scope="col" className="num">
                    Visitors
                  </th>
                  <th scope="col" className="num">
                    Bots
                  </th>
                  <th scope="col" className="num">
                    Conversions
                  </th>
                  <th scope="col" className="num">
                    Revenue
                  </th>
                </tr>
              </thead>
              <tbody>
                {analytics.byCreator.map((row) => (
                  <tr key={row.creatorId}>
                    <td>{nameOf(row.creatorId)}</td>
                    <td className="num">{formatCount(row.clicks)}</td>
                    <td className="num">{formatCount(row.uniqueVisitors)}</td>
                    <td className="num">{formatCount(row.botClicks)}</td>
                    <td className="num">{formatCount(conversionsOf(row.creatorId)?.conversions ?? 0)}</td>
                    <td className="num">
                      {conversions
                        ? formatMoney(conversionsOf(row.creatorId)?.revenue ?? 0, conversions.currency)
                        : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <UnverifiedOrders campaignId={campaignId} nameOf={nameOf} />

      <section aria-labelledby="links-title">
        <h2 id="links-title" className="section-title">
          Tracking links
        </h2>
        <form className="card form-inline" onSubmit={createLink} aria-label="New tracking link">
          <ErrorAlert error={formError} />
          <SelectField
            label="Creator for the new link"
            value={newLink.creatorId}
            onChange={(v) => setNewLink({ ...newLink, creatorId: v })}
            options={[
              { value: "", label: "Choose a creator" },
              ...members.map((m) => ({ value: m.creatorId, label: m.name })),
            ]}
            error={fieldError("creatorId")}
          />
          <Field
            label="Destination URL"
            type="url"
            required
            placeholder="https://shop.example.com/product"
            value={newLink.destinationUrl}
            onChange={(e) => setNewLink({ ...newLink, destinationUrl: e.target.value })}
            error={fieldError("destinationUrl")}
          />
          <Field
            label="Custom slug (optional)"
            value={newLink.slug}
            onChange={(e) => setNewLink({ ...newLink, slug: e.target.value })}
            error={fieldError("slug")}
          />
          <button type="submit" className="button primary" disabled={!newLink.creatorId}>
            Create link
          </button>
        </form>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Short link</th>
                <th scope="col">Creator</th>
                <th scope="col">Destination</th>
                <th scope="col" className="num">
                  Clicks
                </th>
                <th scope="col">QR code</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id}>
                  <td>
                    <code>{link.shortUrl}</code>{" "}
                    <CopyButton text={link.shortUrl} label={`Copy ${link.code}`} />
                  </td>
                  <td>{nameOf(link.creatorId)}</td>
                  <td className="truncate">{link.destinationUrl}</td>
                  <td className="num">{formatCount(link.clicks)}</td>
                  <td>
                    <a href={`/api/v1/links/${link.id}/qr?format=png`} download={`link-${link.code}.png`}>
                      PNG
                    </a>{" "}
                    <a href={`/api/v1/links/${link.id}/qr?format=svg`} download={`link-${link.code}.svg`}>
                      SVG
                    </a>
                  </td>
                  <td>
                    <button type="button" className="button" onClick={() => void toggle(link)}>
                      {link.status === "active" ? `Disable ${link.code}` : `Enable ${link.code}`}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
