import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { Link } from "react-router-dom";
import { api, get, post } from "../../api";
import { ErrorAlert, PageHeader } from "../../components/ui";
import { formatTime } from "../../format";

interface Connector {
  platform: "youtube" | "instagram";
  configured: boolean;
  keyHint: string | null;
  businessAccountId: string | null;
  baseUrl: string;
  refreshIntervalHours: number;
  status: "not_configured" | "idle" | "ok" | "rate_limited" | "error";
  statusDetail: string | null;
  lastRunAt: string | null;
  backoffUntil: string | null;
  nextRefreshAt: string | null;
}

const statusText: Record<Connector["status"], string> = {
  not_configured: "Not set up",
  idle: "Waiting for its first run",
  ok: "Working",
  rate_limited: "Rate limited: backing off",
  error: "Error",
};

function ConnectorCard({ connector, onSaved }: { connector: Connector; onSaved(): void }) {
  const id = useId();
  const youtube = connector.platform === "youtube";
  const [secret, setSecret] = useState("");
  const [businessAccountId, setBusinessAccountId] = useState(connector.businessAccountId ?? "");
  const [baseUrl, setBaseUrl] = useState(connector.baseUrl);
  const [refreshHours, setRefreshHours] = useState(String(connector.refreshIntervalHours));
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api("PUT", `/api/v1/connectors/${connector.platform}`, {
        ...(secret ? (youtube ? { apiKey: secret } : { accessToken: secret }) : {}),
        ...(youtube ? {} : { businessAccountId: businessAccountId || null }),
        baseUrl: baseUrl || null,
        refreshIntervalHours: Number(refreshHours),
      });
      setSecret("");
      setMessage("Saved.");
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  }

  async function refresh() {
    setError(null);
    try {
      const result = await post<{ queued: number }>(`/api/v1/connectors/${connector.platform}/refresh`, {});
      setMessage(`Queued ${result.queued} accounts for a refresh.`);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="card" aria-label={youtube ? "YouTube Data API" : "Instagram Graph API"}>
      <h2>{youtube ? "YouTube Data API v3" : "Instagram Graph API"}</h2>
      <p>
        Status: <strong>{statusText[connector.status]}</strong>
        {connector.statusDetail ? ` · ${connector.statusDetail}` : ""}
      </p>
      <p className="muted">
        Last run {formatTime(connector.lastRunAt)} · next scheduled refresh{" "}
        {formatTime(connector.nextRefreshAt)}
        {connector.backoffUntil ? ` · no calls before ${formatTime(connector.backoffUntil)}` : ""}
      </p>
      <form className="inline-form" onSubmit={save}>
        <div className="field">
          <label htmlFor={`${id}-secret`}>{youtube ? "API key" : "Access token"}</label>
          <input
            id={`${id}-secret`}
            type="password"
            autoComplete="off"
            placeholder={connector.keyHint ? `Saved (${connector.keyHint})` : ""}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        </div>
        {youtube ? null : (
          <div className="field">
            <label htmlFor={`${id}-business`}>Business account id</label>
            <input
              id={`${id}-business`}
              value={businessAccountId}
              onChange={(e) => setBusinessAccountId(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-base`}>Base URL</label>
          <input id={`${id}-base`} type="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-interval`}>Refresh every (hours)</label>
          <input
            id={`${id}-interval`}
            type="number"
            min={1}
            max={720}
            value={refreshHours}
            onChange={(e) => setRefreshHours(e.target.value)}
          />
        </div>
        <button type="submit" className="button primary">
          Save
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void refresh()}
          disabled={!connector.configured}
        >
          Refresh now
        </button>
      </form>
      <ErrorAlert error={error} />
      <p className="muted" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

export function ConnectorsPage() {
  const [connectors, setConnectors] = useState<Connector[]>([]);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    get<{ items: Connector[] }>("/api/v1/connectors").then((r) => setConnectors(r.items), setError);
  }, []);
  useEffect(load, [load]);
  return (
    <>
      <PageHeader
        title="Platform connectors"
        description="Enrich creator accounts from the official APIs; keys stay on this server."
        actions={
          <Link className="button" to="/creators">
            Back to search
          </Link>
        }
      />
      <ErrorAlert error={error} />
      {connectors.map((c) => (
        <ConnectorCard key={c.platform} connector={c} onSaved={load} />
      ))}
    </>
  );
}
