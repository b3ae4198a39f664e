import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { Link } from "react-router-dom";
import { $api } from "../../api/client";
import { EmptyState, Loaded, SkeletonLines } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";

/** Every contract the creator signed with this brand, newest first, each a PDF to keep. */
export function PortalContractsPage() {
  const query = $api.useQuery("get", "/api/portal/contracts");
  useEffect(() => {
    document.title = "Your contracts · Amplio";
  }, []);
  return (
    <>
      <div>
        <Title order={1}>Your contracts</Title>
        <Text c="dimmed">Every contract you signed, to download and keep.</Text>
      </div>
      <Loaded query={query} what="your contracts" skeleton={<SkeletonLines lines={6} />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="No contracts yet">
              <Text>When you accept an offer, the contract appears here to download.</Text>
            </EmptyState>
          ) : (
            <Stack gap="md" component="section" aria-label="Signed contracts">
              {items.map((k) => (
                <Card key={k.id}>
                  <Stack gap={6}>
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <Anchor
                        href={`/api/portal/contracts/${k.id}/pdf`}
                        download
                        fw={600}
                        display="block"
                        py={10}
                        style={{ minWidth: 0 }}
                      >
                        {k.campaignName} · {k.brand} · version {k.version} (PDF)
                      </Anchor>
                      <Badge variant="light" color={k.status === "in_force" ? "teal" : "gray"}>
                        {k.status === "in_force" ? "In force" : "Superseded by an amendment"}
                      </Badge>
                    </Group>
                    <Text size="sm">{formatMoney(k.committedAmount, k.currency)}</Text>
                    <Text size="sm" c="dimmed">
                      {k.acceptance}, {formatTime(k.acceptedAt)}
                    </Text>
                    <Button
                      component={Link}
                      to={`/portal/campaigns/${k.campaignId}`}
                      variant="subtle"
                      size="compact-sm"
                      px={4}
                      w="fit-content"
                    >
                      Open the collaboration
                    </Button>
                  </Stack>
                </Card>
              ))}
            </Stack>
          )
        }
      </Loaded>
    </>
  );
}
