import { Anchor, Flex, Group, Paper, Text, ThemeIcon, Title } from "@mantine/core";
import { type ReactNode, useEffect } from "react";
import { Link } from "react-router-dom";

/** The signed-out pages: one centred card with the brand, the page's title and a way to the other auth page. */
export function AuthCard({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Amplio`;
  }, [title]);
  return (
    // Centred on larger screens; on a phone the card starts at the top so its heading is in view at once.
    <Flex
      component="main"
      mih="100dvh"
      p="md"
      justify="center"
      align={{ base: "flex-start", sm: "center" }}
      bg="var(--mantine-color-default-hover)"
    >
      <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: "xl" }} w="100%" maw={420}>
        <Group gap="xs" mb="md" aria-hidden="true">
          <ThemeIcon radius="md" size="lg">
            A
          </ThemeIcon>
          <Text fw={700} size="lg">
            Amplio
          </Text>
        </Group>
        <Title order={1} size="h2" mb="lg">
          {title}
        </Title>
        {children}
        {footer ? (
          <Text size="sm" c="dimmed" mt="lg" ta="center">
            {footer}
          </Text>
        ) : null}
      </Paper>
    </Flex>
  );
}

export function RouterAnchor({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  );
}

/**
 * PasswordInput's own toggle is labelled "… password …", which a label search for "Password" would also find. Its inner input does not set
 * aria-invalid on its own: the forms pass it.
 */
export const passwordToggle = { "aria-label": "Show the characters typed" };
