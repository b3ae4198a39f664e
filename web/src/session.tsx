import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import {
  ApiError,
  fetchClient,
  rememberSession,
  type SessionView,
  setUnauthorizedHandler,
} from "./api/client";

interface SessionState {
  session: SessionView | null;
  loading: boolean;
  /** True once the user signed out on purpose (as opposed to a session that expired). */
  signedOut: boolean;
  setSession(session: SessionView | null): void;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
  switchOrganisation(organisationId: string): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<SessionView | null>(null);
  const [loading, setLoading] = useState(true);
  const [signedOut, setSignedOut] = useState(false);

  const setSession = useCallback((next: SessionView | null) => {
    rememberSession(next);
    setSessionState(next);
    if (next) setSignedOut(false);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const { data } = await fetchClient.GET("/api/auth/session");
      setSession(data ?? null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setSession(null);
      else throw error;
    } finally {
      setLoading(false);
    }
  }, [setSession]);

  useEffect(() => {
    // Unreachable server at boot: show sign-in, whose form then reports the network problem.
    refresh().catch(() => setSession(null));
  }, [refresh, setSession]);

  useEffect(() => {
    setUnauthorizedHandler(() => setSession(null));
    return () => setUnauthorizedHandler(null);
  }, [setSession]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      loading,
      signedOut,
      setSession,
      refresh,
      async signOut() {
        try {
          await fetchClient.POST("/api/auth/sign-out");
        } finally {
          setSignedOut(true);
          setSession(null);
        }
      },
      async switchOrganisation(organisationId: string) {
        const { data } = await fetchClient.POST("/api/auth/active-organisation", {
          body: { organisationId },
        });
        setSession(data ?? null);
      },
    }),
    [session, loading, signedOut, setSession, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

export function useActiveOrganisation() {
  const { session } = useSession();
  return session?.organisations.find((o) => o.id === session.activeOrganisationId) ?? null;
}
