import { Anchor, AppShell, Container, Group, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";

/** Amplio's mark and the portal's name, as the app's shell shows its brand. */
export function PortalBrand() {
  return (
    <Anchor component={Link} to="/portal" c="inherit" underline="never">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={28} radius="md" aria-hidden="true">
          <Text fw={700} size="sm">
            A
          </Text>
        </ThemeIcon>
        <Text fw={700} size="lg">
          Amplio
        </Text>
        <Text c="dimmed" size="sm" visibleFrom="xs">
          Creator portal
        </Text>
      </Group>
    </Anchor>
  );
}

/** The portal's frame without a signed-in creator: signing in, signed out, a session that ended. */
export function PortalFrame({ children }: { children: ReactNode }) {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md">
          <PortalBrand />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Container size="sm" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
