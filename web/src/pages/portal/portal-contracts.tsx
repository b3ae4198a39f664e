import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";
import type { Contract } from "../campaigns/types";
import { portalApi } from "./portal-api";

interface PortalContract extends Contract {
  campaignId: string;
  campaignName: string;
  brand: string;
}

/** Every contract the creator signed with this brand, newest first, each a PDF to keep. */
export function PortalContractsPage() {
  const [contracts, setContracts] = useState<PortalContract[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    document.title = "Your contracts · Amplio";
    portalApi<{ items: PortalContract[] }>("GET", "/contracts").then((r) => setContracts(r.items), setError);
  }, []);
  return (
    <>
      <h1>Your contracts</h1>
      <ErrorAlert error={error} />
      <section className="card" aria-labelledby="contracts-title">
        <h2 id="contracts-title" className="section-title">
          Signed contracts
        </h2>
        {contracts === null && !error ? <p className="muted">Loading your contracts…</p> : null}
        {contracts?.length === 0 ? (
          <p className="muted">
            No contracts yet. When you accept an offer, the contract appears here to download.
          </p>
        ) : null}
        <ul className="portal-list">
          {contracts?.map((k) => (
            <li key={k.id}>
              <a href={`/api/portal/contracts/${k.id}/pdf`} download>
                {k.campaignName} · {k.brand} · version {k.version} (PDF)
              </a>
              <div className="muted">
                {k.status === "in_force" ? "In force" : "Superseded by an amendment"} ·{" "}
                {formatMoney(k.committedAmount, k.currency)} · {k.acceptance}, {formatTime(k.acceptedAt)}
              </div>
              <Link to={`/portal/campaigns/${k.campaignId}`}>Open the collaboration</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
