import { Badge, Group, Paper, Skeleton, Text } from "@mantine/core";
import { $api } from "../../api/client";
import { Loaded } from "../../components/ui";
import { formatCount, platformName } from "../../format";
import { capitalise, tierRanges } from "./discovery-types";

const tierOrder = ["emerging", "nano", "micro", "mid", "macro", "mega"];

/** What the creator database holds, in one line above the search: creators, accounts, per platform and tier. */
export function DatabaseSummary() {
  const overview = $api.useQuery("get", "/api/v1/overview");
  return (
    <Paper component="section" aria-label="Creator database" withBorder radius="md" px="md" py="sm" mb="md">
      <Loaded query={overview} what="the creator counts" skeleton={<Skeleton height={28} />}>
        {(counts) => (
          <Group gap="lg" wrap="wrap" align="center">
            <Text>
              <Text span fw={700} size="lg">
                {formatCount(counts.creators)}
              </Text>{" "}
              creators
            </Text>
            <Text>
              <Text span fw={700} size="lg">
                {formatCount(counts.accounts)}
              </Text>{" "}
              social accounts
            </Text>
            <Group gap={6} wrap="wrap" aria-label="Accounts by platform" role="list">
              {counts.byPlatform
                .filter((p) => p.accounts > 0)
                .map((p) => (
                  <Badge key={p.platform} role="listitem" variant="light" tt="none" size="lg">
                    {platformName(p.platform)} {formatCount(p.accounts)}
                  </Badge>
                ))}
            </Group>
            <Group gap={6} wrap="wrap" aria-label="Accounts by tier" role="list">
              {tierOrder.flatMap((tier) => {
                const accounts = counts.byTier.find((t) => t.tier === tier)?.accounts ?? 0;
                return accounts > 0
                  ? [
                      <Badge
                        key={tier}
                        role="listitem"
                        variant="outline"
                        color="gray"
                        tt="none"
                        size="lg"
                        title={tierRanges[tier]}
                      >
                        {capitalise(tier)} {formatCount(accounts)}
                      </Badge>,
                    ]
                  : [];
              })}
            </Group>
          </Group>
        )}
      </Loaded>
    </Paper>
  );
}
