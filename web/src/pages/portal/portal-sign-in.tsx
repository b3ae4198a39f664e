import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { ErrorAlert } from "../../components/ui";
import { portalApi, rememberPortalCsrf } from "./portal-api";
import "./portal.css";

/** Opens a magic link: the token sits in the URL fragment, is exchanged once, then cleared from the address bar. */
export function PortalSignInPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(window.location.hash.slice(1)).get("token");
    window.history.replaceState(null, "", window.location.pathname);
    if (!token) {
      setError(new Error("This link is incomplete. Open the whole link from the email."));
      return;
    }
    portalApi<{ csrfToken: string }>("POST", "/sign-in", { token }).then((session) => {
      rememberPortalCsrf(session.csrfToken);
      void navigate("/portal", { replace: true });
    }, setError);
  }, [navigate]);

  return (
    <main className="portal">
      <h1>Creator portal</h1>
      {error ? <ErrorAlert error={error} /> : <p aria-busy="true">Signing you in…</p>}
    </main>
  );
}

export function PortalSignedOutPage() {
  return (
    <main className="portal">
      <h1>Creator portal</h1>
      <p>You are signed out. Open a new link from the brand to come back.</p>
    </main>
  );
}
