import { useEffect } from "react";
import { Link } from "react-router-dom";
import { usePortal } from "./portal-layout";

export function PortalHomePage() {
  const { me } = usePortal();
  useEffect(() => {
    document.title = "Your collaborations · Amplio";
  }, []);
  return (
    <>
      <h1>Hi {me.creatorName}</h1>
      <section className="card" aria-labelledby="collabs-title">
        <h2 id="collabs-title" className="section-title">
          Your collaborations
        </h2>
        {me.collaborations.length === 0 ? <p className="muted">No collaborations yet.</p> : null}
        <ul className="portal-list">
          {me.collaborations.map((c) => (
            <li key={c.campaignId}>
              <Link to={`/portal/campaigns/${c.campaignId}`}>
                {c.campaignName} · {c.brand}
              </Link>
              <div className="muted">
                {c.startDate} to {c.endDate} · {c.stage.replaceAll("_", " ")}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
