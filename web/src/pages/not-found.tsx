import { Button, Code, Group, Text } from "@mantine/core";
import { Link, useLocation } from "react-router-dom";
import { EmptyState, PageHeader } from "../components/ui";

/** An address the app has no page for: said plainly, with the way back, instead of a blank screen or a silent jump. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title="There is no page at this address">
        <Text>
          <Code style={{ overflowWrap: "anywhere" }}>{pathname}</Code> may have been mistyped, or what it
          showed was removed.
        </Text>
        <Group justify="center" gap="sm">
          <Button component={Link} to="/">
            Go to Today
          </Button>
          <Button component={Link} to="/campaigns" variant="default">
            See campaigns
          </Button>
        </Group>
      </EmptyState>
    </>
  );
}
