import { AppShell, Burger, Button, Container, Group, Menu, Stack, Text, Title } from "@mantine/core";
import { Suspense, useEffect, useState } from "react";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { $api, ApiError } from "../../api/client";
import { ErrorAlert, PageLoading } from "../../components/ui";
import { forgetPortalSession, portalSessionLoaded } from "./portal-api";
import { PortalBrand, PortalFrame } from "./portal-frame";

const contracts = "/portal/contracts";
const connections = "/portal/connections";
// A collaboration's pages and its deliverables' sit under "Your collaborations".
const navigation = [
  {
    to: "/portal",
    label: "Your collaborations",
    short: "Collaborations",
    current: (path: string) => !path.startsWith(contracts) && !path.startsWith(connections),
  },
  {
    to: contracts,
    label: "Your contracts",
    short: "Contracts",
    current: (path: string) => path.startsWith(contracts),
  },
  {
    to: connections,
    label: "Connected accounts",
    short: "Accounts",
    current: (path: string) => path.startsWith(connections),
  },
];

/** On a phone the three destinations share one row, so they go by their short names there. */
function PortalNavigation({ pathname, compact = false }: { pathname: string; compact?: boolean }) {
  return navigation.map((item) => {
    const current = item.current(pathname);
    return (
      <Button
        key={item.to}
        component={Link}
        to={item.to}
        variant={current ? "light" : "subtle"}
        aria-current={current ? "page" : undefined}
        size="sm"
        px={compact ? 4 : undefined}
        aria-label={compact ? item.label : undefined}
      >
        {compact ? item.short : item.label}
      </Button>
    );
  });
}

/**
 * The creator's own frame: the same look as the app, no brand navigation, built for a phone first. On a phone the
 * two destinations stay in view under the header and the account folds into a menu.
 */
export function PortalLayout() {
  const me = $api.useQuery("get", "/api/portal/me");
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const signOut = $api.useMutation("post", "/api/portal/sign-out", {
    // Signed out here even when the server could not be told; the session expires on its own.
    onSettled: () => {
      forgetPortalSession();
      void navigate("/portal/signed-out");
    },
  });

  useEffect(() => {
    if (me.data) portalSessionLoaded(me.data);
  }, [me.data]);

  if (me.error instanceof ApiError && me.error.status === 401)
    return (
      <PortalFrame>
        <Title order={1} mb="sm">
          Creator portal
        </Title>
        <Text>
          Your portal session has ended. Open the latest link the brand emailed you, or ask them for a new
          one.
        </Text>
      </PortalFrame>
    );

  const name = me.data?.creatorName;
  return (
    <AppShell header={{ height: { base: 104, sm: 56 } }} padding="md">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h={56} px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <PortalBrand />
            <Group gap={4} visibleFrom="sm" component="nav" aria-label="Portal">
              <PortalNavigation pathname={pathname} />
            </Group>
          </Group>
          {name ? (
            <>
              <Group gap="sm" wrap="nowrap" visibleFrom="sm">
                <Text size="sm" fw={600} truncate maw={220}>
                  {name}
                </Text>
                <Button
                  variant="default"
                  size="sm"
                  loading={signOut.isPending}
                  onClick={() => signOut.mutate({})}
                >
                  Sign out
                </Button>
              </Group>
              <Group gap={4} wrap="nowrap" hiddenFrom="sm">
                <Text size="sm" fw={600} truncate maw={130}>
                  {name}
                </Text>
                <Menu position="bottom-end" width={220} onChange={setMenuOpen}>
                  <Menu.Target>
                    <Burger opened={menuOpen} aria-label="Account" size="sm" />
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Label>Signed in as {name}</Menu.Label>
                    <Menu.Item mih={44} onClick={() => signOut.mutate({})}>
                      Sign out
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            </>
          ) : null}
        </Group>
        <Group h={48} px="md" gap={4} grow hiddenFrom="sm" component="nav" aria-label="Portal">
          <PortalNavigation pathname={pathname} compact />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="md" px={0}>
          {me.isError ? (
            <ErrorAlert
              error={me.error}
              title="Could not open your portal"
              onRetry={() => void me.refetch()}
            />
          ) : me.isPending ? (
            <PageLoading />
          ) : (
            <Suspense fallback={<PageLoading />}>
              <Stack gap="lg">
                <Outlet />
              </Stack>
            </Suspense>
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
