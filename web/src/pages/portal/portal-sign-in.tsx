import { Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router-dom";
import { $api } from "../../api/client";
import { ErrorAlert } from "../../components/ui";
import { forgetPortalSession, portalSessionLoaded } from "./portal-api";
import { PortalFrame } from "./portal-frame";

/** Opens a magic link: the token sits in the URL fragment, is exchanged once, then cleared from the address bar. */
export function PortalSignInPage() {
  const navigate = useNavigate();
  const started = useRef(false);
  const signIn = $api.useMutation("post", "/api/portal/sign-in", {
    onSuccess: (session) => {
      // Another creator may have used this browser: none of their answers may show.
      forgetPortalSession();
      portalSessionLoaded(session);
      void navigate("/portal", { replace: true });
    },
  });
  const token = useRef(new URLSearchParams(window.location.hash.slice(1)).get("token"));

  useEffect(() => {
    document.title = "Creator portal · Amplio";
    if (started.current) return;
    started.current = true;
    window.history.replaceState(null, "", window.location.pathname);
    // A link is single-use: it is exchanged once, even when React runs this effect twice.
    if (token.current) signIn.mutate({ body: { token: token.current } });
  }, [signIn.mutate]);

  return (
    <PortalFrame>
      <Title order={1} mb="md">
        Creator portal
      </Title>
      {!token.current ? (
        <ErrorAlert
          title="This link is incomplete"
          error="Open the whole link from the email, or ask the brand for a new one."
        />
      ) : signIn.isError ? (
        <ErrorAlert error={signIn.error} title="The link did not open your portal" />
      ) : (
        <Stack gap="xs" align="flex-start" aria-busy="true">
          <Loader size="sm" />
          <Text>Signing you in…</Text>
        </Stack>
      )}
    </PortalFrame>
  );
}

export function PortalSignedOutPage() {
  useEffect(() => {
    document.title = "Signed out · Amplio";
  }, []);
  return (
    <PortalFrame>
      <Title order={1} mb="sm">
        Creator portal
      </Title>
      <Text>You are signed out. Open a new link from the brand to come back.</Text>
    </PortalFrame>
  );
}
