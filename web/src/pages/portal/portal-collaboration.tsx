import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../api";
import { ErrorAlert, Field, fieldError } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";
import type { Contract, Offer } from "../campaigns/types";
import { type Brief, type Deliverable, statusLabels } from "../review/types";
import { BriefView } from "./brief-view";
import { portalApi } from "./portal-api";
import { usePortal } from "./portal-layout";
import { TermsView } from "./terms-view";

interface Collaboration {
  campaignId: string;
  campaignName: string;
  brand: string;
  stage: string;
  currency: string;
  brief: Brief;
  offers: Offer[];
  contracts: Contract[];
  deliverables: Deliverable[];
  trackingLink: string | null;
  discountCode: string | null;
  earnings: { committed: number; maximumBonus: number; earnedSoFar: number };
}

function feeOf(offer: Offer): number | null {
  const c = offer.terms.compensation as { model: string; amount?: number; fee?: { amount: number } };
  if (c.model === "flat_fee") return c.amount ?? null;
  if (c.model === "hybrid") return c.fee?.amount ?? null;
  return null;
}

function OfferCard({
  campaignId,
  offer,
  currency,
  onDone,
}: {
  campaignId: string;
  offer: Offer;
  currency: string;
  onDone(): void;
}) {
  const [name, setName] = useState("");
  const [agreed, setAgreed] = useState(false);
  const [fee, setFee] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const fixedFee = feeOf(offer);

  async function accept(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await portalApi("POST", `/campaigns/${campaignId}/offers/${offer.id}/accept`, {
        acceptedName: name,
        consent: agreed,
        termsSha256: offer.termsSha256,
      });
      onDone();
    } catch (caught) {
      setError(caught);
    }
  }

  async function counter(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const amount = Math.round(Number(fee) * 100);
    const compensation = offer.terms.compensation as Record<string, unknown> & {
      fee?: Record<string, unknown>;
    };
    const terms = {
      ...offer.terms,
      compensation:
        compensation.model === "hybrid"
          ? { ...compensation, fee: { ...compensation.fee, amount } }
          : { ...compensation, amount },
    };
    try {
      await portalApi("POST", `/campaigns/${campaignId}/offers`, { terms, note: note || undefined });
      onDone();
    } catch (caught) {
      setError(caught);
    }
  }

  const changed = error instanceof ApiError && error.status === 409;
  return (
    <div>
      <p>
        Version {offer.version} from the {offer.proposedBy}, worth{" "}
        {formatMoney(offer.committedAmount, currency)}
        {offer.note ? ` · “${offer.note}”` : ""}
      </p>
      <TermsView terms={offer.terms} currency={currency} />
      <p>
        <a href={`/api/portal/campaigns/${campaignId}/offers/${offer.id}/pdf`} download>
          Read the full contract (PDF)
        </a>
      </p>
      <ErrorAlert error={error} />
      {changed ? (
        <button type="button" className="button" onClick={onDone}>
          Show the new terms
        </button>
      ) : null}
      {offer.proposedBy === "brand" ? (
        <form onSubmit={accept} className="stacked-form" aria-label="Accept offer">
          <h3>Accept offer</h3>
          <Field
            label="Your full legal name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            minLength={2}
            autoComplete="name"
            hint="Typing your name is your signature."
            error={fieldError(error, "acceptedName")}
          />
          <label className="consent">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} required />
            <span>I agree to these terms</span>
          </label>
          <button className="button primary" type="submit" disabled={!agreed || name.trim().length < 2}>
            Accept and sign
          </button>
          <p className="muted">
            We record your name, the time, your IP address and browser, and a fingerprint (SHA-256) of these
            exact terms and of the contract PDF. You and the brand both get a copy.
          </p>
        </form>
      ) : (
        <p className="muted">Your counter-offer is with the brand.</p>
      )}
      {fixedFee !== null && offer.proposedBy === "brand" ? (
        <form onSubmit={counter} className="stacked-form" aria-label="Propose a different fee">
          <h3>Or propose a different fee</h3>
          <Field
            label={`Your fee (${currency})`}
            type="number"
            min="0"
            step="0.01"
            value={fee}
            onChange={(e) => setFee(e.target.value)}
            required
          />
          <Field label="Note to the brand" value={note} onChange={(e) => setNote(e.target.value)} />
          <button className="button" type="submit">
            Propose a different fee
          </button>
        </form>
      ) : null}
    </div>
  );
}

export function PortalCollaborationPage() {
  const { campaignId = "" } = useParams();
  const { reload } = usePortal();
  const [collab, setCollab] = useState<Collaboration | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setCollab(await portalApi<Collaboration>("GET", `/campaigns/${campaignId}`));
    } catch (caught) {
      setError(caught);
    }
  }, [campaignId]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (collab) document.title = `${collab.campaignName} · Amplio`;
  }, [collab]);

  if (!collab) return <ErrorAlert error={error} />;
  const open = collab.offers.find((o) => o.status === "proposed");
  const inForce = collab.contracts.find((c) => c.status === "in_force");
  return (
    <>
      <h1>
        {collab.campaignName} <span className="muted">· {collab.brand}</span>
      </h1>
      <section className="card" aria-labelledby="brief-title">
        <h2 id="brief-title" className="section-title">
          Brief
        </h2>
        <BriefView brief={collab.brief} />
      </section>
      <section className="card" aria-labelledby="deliverables-title">
        <h2 id="deliverables-title" className="section-title">
          Your content
        </h2>
        {collab.deliverables.length === 0 ? <p className="muted">Nothing to submit yet.</p> : null}
        <ul className="portal-list">
          {collab.deliverables.map((d) => (
            <li key={d.id}>
              <Link to={`/portal/deliverables/${d.id}`}>{d.title}</Link>
              <div className="muted">
                {d.platform} {d.format} · due {d.dueDate} · {statusLabels[d.status]}
                {d.overdue ? <span className="overdue"> · overdue</span> : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="offer-title">
        <h2 id="offer-title" className="section-title">
          Offer and contract
        </h2>
        {open ? (
          <OfferCard
            campaignId={collab.campaignId}
            offer={open}
            currency={collab.currency}
            onDone={() => {
              void load();
              void reload();
            }}
          />
        ) : null}
        {inForce ? (
          <>
            <p>
              Contract version {inForce.version}: {inForce.acceptance}, on {formatTime(inForce.acceptedAt)}.{" "}
              <a href={`/api/portal/contracts/${inForce.id}/pdf`} download>
                Download the contract (PDF)
              </a>
            </p>
            <TermsView terms={inForce.terms} currency={inForce.currency} />
          </>
        ) : open ? null : (
          <p className="muted">No offer yet.</p>
        )}
      </section>
      <section className="card" aria-labelledby="earnings-title">
        <h2 id="earnings-title" className="section-title">
          Links and earnings
        </h2>
        <dl>
          <dt>Tracking link</dt>
          <dd>{collab.trackingLink ?? "—"}</dd>
          <dt>Discount code</dt>
          <dd>{collab.discountCode ?? "—"}</dd>
          <dt>Agreed</dt>
          <dd>{formatMoney(collab.earnings.committed, collab.currency)}</dd>
          <dt>Due so far</dt>
          <dd>{formatMoney(collab.earnings.earnedSoFar, collab.currency)}</dd>
          {collab.earnings.maximumBonus ? (
            <>
              <dt>Possible bonus</dt>
              <dd>up to {formatMoney(collab.earnings.maximumBonus, collab.currency)}</dd>
            </>
          ) : null}
        </dl>
      </section>
    </>
  );
}
