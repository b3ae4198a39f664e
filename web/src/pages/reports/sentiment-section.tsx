import { useCallback, useEffect, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { get, post } from "../../api";
import { ErrorAlert } from "../../components/ui";
import { formatCount, formatTime, platformName } from "../../format";

interface SentimentSummary {
  comments: number;
  positive: number;
  neutral: number;
  negative: number;
  meanCompound: number | null;
}

interface SentimentExample {
  commentId: string;
  text: string;
  compound: number;
  postedAt: string;
  postId: string;
  postUrl: string;
  platform: string;
  creatorId: string;
  creatorName: string;
}

interface CampaignSentiment {
  totals: SentimentSummary;
  byDay: Array<SentimentSummary & { day: string }>;
  byPost: Array<SentimentSummary & { postId: string; creatorId: string; platform: string; url: string }>;
  examples: { positive: SentimentExample[]; negative: SentimentExample[] };
}

const modelNote =
  "Scored with VADER, as in discovery: compound score from −1 to 1; ≥ 0.05 positive, ≤ −0.05 negative, otherwise neutral.";

function mean(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

function Examples({ title, items }: { title: string; items: SentimentExample[] }) {
  return (
    <div>
      <h3 className="small">{title}</h3>
      {items.length === 0 ? (
        <p className="muted small">None yet.</p>
      ) : (
        <ul>
          {items.map((example) => (
            <li key={example.commentId}>
              <q>{example.text}</q>
              <div className="muted small">
                {mean(example.compound)} · {example.creatorName} on{" "}
                <a href={example.postUrl} target="_blank" rel="noreferrer">
                  {platformName(example.platform)}
                </a>{" "}
                · {formatTime(example.postedAt)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Comment sentiment of the campaign's live posts, from the comments the YouTube and Instagram connectors bring:
 * counts per day, per post, and the strongest examples each way; with the action to fetch metrics now.
 */
export function SentimentSection({ campaignId, names }: { campaignId: string; names: Map<string, string> }) {
  const [sentiment, setSentiment] = useState<CampaignSentiment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [queued, setQueued] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setSentiment(await get<CampaignSentiment>(`/api/v1/campaigns/${campaignId}/sentiment`));
    } catch (caught) {
      setError(caught);
    }
  }, [campaignId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function refresh() {
    setError(null);
    try {
      const answer = await post<{ queued: number }>(`/api/v1/campaigns/${campaignId}/posts/refresh-metrics`);
      setQueued(answer.queued);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="sentiment-title">
      <div className="page-header">
        <h2 id="sentiment-title" className="section-title">
          Comment sentiment
        </h2>
        <button type="button" className="button" onClick={() => void refresh()}>
          Refresh metrics now
        </button>
      </div>
      <ErrorAlert error={error} />
      {queued !== null ? (
        <p className="muted small" role="status">
          Fetching metrics and comments of {queued} {queued === 1 ? "post" : "posts"} from the connectors;
          reload in a minute to see them.
        </p>
      ) : null}
      {sentiment && sentiment.totals.comments === 0 ? (
        <p className="muted">
          No comments yet: they arrive with post metrics from the YouTube and Instagram connectors (Creators →
          Connectors).
        </p>
      ) : null}
      {sentiment && sentiment.totals.comments > 0 ? (
        <>
          <p>
            {formatCount(sentiment.totals.comments)} comments: {formatCount(sentiment.totals.positive)}{" "}
            positive, {formatCount(sentiment.totals.neutral)} neutral,{" "}
            {formatCount(sentiment.totals.negative)} negative; mean score{" "}
            <span title={modelNote}>{mean(sentiment.totals.meanCompound)}</span>.
          </p>
          <div className="chart-grid">
            <section className="card chart-card" aria-label="Comment sentiment by day">
              <h3 className="small">Comments by day</h3>
              <div className="chart">
                <ResponsiveContainer width="100%" height={220}>
                  <BarChart data={sentiment.byDay}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="day" tickLine={false} />
                    <YAxis allowDecimals={false} tickLine={false} width={40} />
                    <Tooltip />
                    <Legend />
                    <Bar dataKey="positive" name="Positive" stackId="s" fill="#16a34a" />
                    <Bar dataKey="neutral" name="Neutral" stackId="s" fill="#94a3b8" />
                    <Bar dataKey="negative" name="Negative" stackId="s" fill="#dc2626" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </section>
            <section className="card chart-card" aria-label="Comment examples">
              <Examples title="Most positive" items={sentiment.examples.positive} />
              <Examples title="Most negative" items={sentiment.examples.negative} />
            </section>
          </div>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Post</th>
                  <th scope="col" className="num">
                    Comments
                  </th>
                  <th scope="col" className="num">
                    Positive
                  </th>
                  <th scope="col" className="num">
                    Neutral
                  </th>
                  <th scope="col" className="num">
                    Negative
                  </th>
                  <th scope="col" className="num" title={modelNote}>
                    Mean score
                  </th>
                </tr>
              </thead>
              <tbody>
                {sentiment.byPost.map((row) => (
                  <tr key={row.postId}>
                    <td>
                      {names.get(row.creatorId) ?? "—"} on{" "}
                      <a href={row.url} target="_blank" rel="noreferrer">
                        {platformName(row.platform)}
                      </a>
                    </td>
                    <td className="num">{formatCount(row.comments)}</td>
                    <td className="num">{formatCount(row.positive)}</td>
                    <td className="num">{formatCount(row.neutral)}</td>
                    <td className="num">{formatCount(row.negative)}</td>
                    <td className="num">{mean(row.meanCompound)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{modelNote}</p>
        </>
      ) : null}
    </section>
  );
}
