import { useEffect, useState } from "react";
import { get, getAll, type Page, pageUrl } from "../../api";
import { ErrorAlert, Field, PageHeader, SelectField } from "../../components/ui";
import { formatTime, platformName } from "../../format";
import "./review.css";

interface LibraryItem {
  deliverableId: string;
  campaignId: string;
  creatorId: string;
  title: string;
  platform: string;
  format: string;
  status: "approved" | "live";
  caption: string;
  approvedAt: string;
  liveUrl: string | null;
  usageRights: {
    channels: string[];
    durationDays: number;
    paidAds: boolean;
    whitelisting: boolean;
    expiresAt: string;
    state: "active" | "expiring_soon" | "expired";
  } | null;
}

const rightsLabels = {
  active: "Rights in force",
  expiring_soon: "Rights lapse soon",
  expired: "Rights expired",
};

/** Every approved and live piece of content, with what it may be reused for and until when. */
export function ContentLibraryPage() {
  const [campaigns, setCampaigns] = useState<Array<{ id: string; name: string }>>([]);
  const [campaignId, setCampaignId] = useState("");
  const [platform, setPlatform] = useState("");
  const [format, setFormat] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [items, setItems] = useState<LibraryItem[]>([]);
  const [more, setMore] = useState<{ url: string; cursor: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    getAll<{ id: string; name: string }>("/api/v1/campaigns").then(setCampaigns, setError);
  }, []);

  useEffect(() => {
    const query = new URLSearchParams();
    if (campaignId) query.set("campaignId", campaignId);
    if (format) query.set("format", format);
    if (platform) query.set("platform", platform);
    if (from) query.set("from", from);
    if (to) query.set("to", to);
    const url = `/api/v1/content-library?${query}`;
    get<Page<LibraryItem>>(pageUrl(url)).then((page) => {
      setItems(page.items);
      setMore(page.nextCursor ? { url, cursor: page.nextCursor } : null);
    }, setError);
  }, [campaignId, platform, format, from, to]);

  // The next page of the filters the shown items came from.
  async function loadMore(next: { url: string; cursor: string }) {
    try {
      const page = await get<Page<LibraryItem>>(pageUrl(next.url, next.cursor));
      setItems((previous) => [...previous, ...page.items]);
      setMore(page.nextCursor ? { url: next.url, cursor: page.nextCursor } : null);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeader title="Content library" description="Approved and live content with its usage rights" />
      <div className="filter-bar">
        <SelectField
          label="Campaign"
          value={campaignId}
          onChange={setCampaignId}
          options={[{ value: "", label: "All" }, ...campaigns.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <SelectField
          label="Platform"
          value={platform}
          onChange={setPlatform}
          options={[
            { value: "", label: "All" },
            ...["instagram", "tiktok", "youtube", "linkedin"].map((p) => ({
              value: p,
              label: platformName(p),
            })),
          ]}
        />
        <SelectField
          label="Format"
          value={format}
          onChange={setFormat}
          options={[
            { value: "", label: "All" },
            ...["post", "reel", "story", "short", "video", "carousel", "article"].map((f) => ({
              value: f,
              label: f,
            })),
          ]}
        />
        <Field label="Approved from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Field label="Approved to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Content</th>
              <th scope="col">Platform</th>
              <th scope="col">Status</th>
              <th scope="col">Usage rights</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.deliverableId}>
                <td>
                  <div className="cell-title">{item.title}</div>
                  <div className="muted">{item.caption.slice(0, 140)}</div>
                </td>
                <td>
                  {platformName(item.platform)} {item.format}
                </td>
                <td>
                  {item.liveUrl ? (
                    <a href={item.liveUrl} target="_blank" rel="noreferrer noopener">
                      Live
                    </a>
                  ) : (
                    "Approved"
                  )}{" "}
                  <span className="muted">{formatTime(item.approvedAt)}</span>
                </td>
                <td>
                  {item.usageRights ? (
                    <>
                      <span className={`rights-${item.usageRights.state}`}>
                        {rightsLabels[item.usageRights.state]}
                      </span>{" "}
                      until {formatTime(item.usageRights.expiresAt)} ·{" "}
                      {item.usageRights.channels.join(", ") || "no channels"}
                      {item.usageRights.paidAds ? " · paid ads" : ""}
                      {item.usageRights.whitelisting ? " · whitelisting" : ""}
                    </>
                  ) : (
                    <span className="muted">No contract</span>
                  )}
                </td>
              </tr>
            ))}
            {items.length === 0 ? (
              <tr>
                <td colSpan={4} className="table-empty">
                  No approved content matches.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {more ? (
        <button type="button" className="button load-more" onClick={() => void loadMore(more)}>
          Load more content
        </button>
      ) : null}
    </>
  );
}
