import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { Link } from "react-router-dom";
import { $api } from "../../api/client";
import { EmptyState, Loaded, SkeletonLines } from "../../components/ui";
import { formatDate } from "../../format";

export function PortalHomePage() {
  const me = $api.useQuery("get", "/api/portal/me");
  useEffect(() => {
    document.title = "Your collaborations · Amplio";
  }, []);
  return (
    <Loaded query={me} what="your collaborations" skeleton={<SkeletonLines />}>
      {(data) => (
        <>
          <div>
            <Title order={1}>Hi {data.creatorName}</Title>
            <Text c="dimmed">Your collaborations: briefs, content to submit and offers.</Text>
          </div>
          {data.collaborations.length === 0 ? (
            <EmptyState title="No collaborations yet">
              <Text>When a brand invites you to a campaign, it appears here.</Text>
            </EmptyState>
          ) : (
            <SimpleGrid
              cols={{ base: 1, sm: 2 }}
              spacing="md"
              component="section"
              aria-label="Your collaborations"
            >
              {data.collaborations.map((c) => (
                <Card key={c.campaignId} component={Link} to={`/portal/campaigns/${c.campaignId}`}>
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                      <Text fw={700} c="var(--mantine-primary-color-filled)">
                        {c.campaignName}
                      </Text>
                      <Badge variant="light" style={{ flexShrink: 0 }}>
                        {c.stage.replaceAll("_", " ")}
                      </Badge>
                    </Group>
                    <Text size="sm">{c.brand}</Text>
                    <Text size="sm" c="dimmed">
                      {formatDate(c.startDate)} to {formatDate(c.endDate)}
                    </Text>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )}
        </>
      )}
    </Loaded>
  );
}
