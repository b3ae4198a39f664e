import { createContext, Suspense, useCallback, useContext, useEffect, useState } from "react";
import { Link, Outlet, useNavigate } from "react-router-dom";
import { ApiError } from "../../api";
import { ErrorAlert, PageLoading } from "../../components/ui";
import { type PortalMe, portalApi, rememberPortalCsrf } from "./portal-api";
import "./portal.css";

const PortalContext = createContext<{ me: PortalMe; reload(): Promise<void> } | null>(null);

export function usePortal() {
  const value = useContext(PortalContext);
  if (!value) throw new Error("usePortal outside the portal layout");
  return value;
}

/** The creator's own frame: no brand navigation, readable on a phone. */
export function PortalLayout() {
  const [me, setMe] = useState<PortalMe | null>(null);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();

  const reload = useCallback(async () => {
    try {
      const next = await portalApi<PortalMe>("GET", "/me");
      rememberPortalCsrf(next.csrfToken);
      setMe(next);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function signOut() {
    await portalApi("POST", "/sign-out").catch(() => undefined);
    rememberPortalCsrf(null);
    void navigate("/portal/signed-out");
  }

  if (error instanceof ApiError && error.status === 401)
    return (
      <main className="portal">
        <h1>Creator portal</h1>
        <p>
          Your portal session has ended. Open the latest link the brand emailed you, or ask them for a new
          one.
        </p>
      </main>
    );
  return (
    <div className="portal">
      <header className="portal-header">
        <Link to="/portal" className="portal-brand">
          Creator portal
        </Link>
        {me ? <Link to="/portal/contracts">Your contracts</Link> : null}
        {me ? (
          <span className="portal-who">
            {me.creatorName}{" "}
            <button type="button" className="button small" onClick={() => void signOut()}>
              Sign out
            </button>
          </span>
        ) : null}
      </header>
      <main>
        <ErrorAlert error={error} />
        {me ? (
          <PortalContext.Provider value={{ me, reload }}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </PortalContext.Provider>
        ) : (
          <div className="boot" aria-busy="true" />
        )}
      </main>
    </div>
  );
}
