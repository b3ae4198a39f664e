import { Badge, Button, Group, Paper, Popover, Select, Stack, Table, Text, Title } from "@mantine/core";
import { $api, type ResponseOf } from "../../api/client";
import { Loaded, SkeletonLines } from "../../components/ui";
import { formatRate, platformName } from "../../format";
import { useCampaignOptions } from "./discovery-types";

type AccountFit = ResponseOf<"/api/v1/creators/{creatorId}/fit">["accounts"][number];

/** M6 component names in the words of the campaign's ideal customer profile. */
const componentLabels: Record<string, string> = {
  countries: "Audience countries",
  age: "Audience age",
  gender: "Audience gender",
  niches: "Niches",
  language: "Language",
  tier: "Size (tier)",
};

const statusText: Record<string, string> = {
  known: "",
  unknown: "Unknown (no data)",
  not_targeted: "Not targeted",
};

/** One account's M6 score with each component, its weight, its value and what was unknown. */
export function FitBreakdown({ fit }: { fit: AccountFit }) {
  return (
    <Stack gap="xs" maw={640}>
      <Group gap="xs" wrap="wrap">
        <Text fw={700}>
          {platformName(fit.platform)} @{fit.handle}:{" "}
          {fit.score === null ? "fit unknown" : `fit ${fit.score} of 100`}
        </Text>
        {fit.conflicts.length ? (
          <Badge color="red" variant="filled" tt="none">
            Conflict: {fit.conflicts.join(", ")}
          </Badge>
        ) : null}
        {fit.locationMismatch ? (
          <Badge color="yellow" variant="light" tt="none">
            Audience outside target countries
          </Badge>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={300}>
        <Table striped aria-label={`Fit components for @${fit.handle}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Component</Table.Th>
              <Table.Th ta="right">Weight</Table.Th>
              <Table.Th ta="right">Match</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fit.components.map((c) => (
              <Table.Tr key={c.name}>
                <Table.Td>{componentLabels[c.name] ?? c.name}</Table.Td>
                <Table.Td ta="right">{formatRate(c.weight, 0)}</Table.Td>
                <Table.Td ta="right">
                  {c.status === "known" ? (
                    formatRate(c.value, 0)
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {statusText[c.status]}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {fit.unknown.length ? (
        <Text size="sm" c="dimmed">
          Left out of the score because unknown: {fit.unknown.map((u) => componentLabels[u] ?? u).join(", ")}.
          The score is renormalised over the known components.
        </Text>
      ) : null}
    </Stack>
  );
}

function FitForCampaign({ creatorId, campaignId }: { creatorId: string; campaignId: string }) {
  const fit = $api.useQuery("get", "/api/v1/creators/{creatorId}/fit", {
    params: { path: { creatorId }, query: { campaignId } },
  });
  return (
    <Loaded query={fit} what="the audience fit" skeleton={<SkeletonLines lines={5} />}>
      {(data) =>
        data.accounts.length === 0 ? (
          <Text c="dimmed">This creator has no accounts to score.</Text>
        ) : (
          <Stack gap="lg">
            {data.accounts.map((a) => (
              <FitBreakdown key={a.accountId} fit={a} />
            ))}
          </Stack>
        )
      }
    </Loaded>
  );
}

/** The profile's fit section: choose a campaign, see each account's fit with every component. */
export function FitSection({
  creatorId,
  campaignId,
  onCampaign,
}: {
  creatorId: string;
  campaignId: string;
  onCampaign(campaignId: string): void;
}) {
  const campaigns = useCampaignOptions();
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label="Audience fit">
      <Title order={2} size="h3" mb="xs">
        Audience fit
      </Title>
      <Select
        label="For campaign"
        placeholder={campaigns.options.length ? "Choose a campaign" : "No campaigns yet"}
        searchable
        clearable
        data={campaigns.options}
        value={campaignId || null}
        onChange={(v) => onCampaign(v ?? "")}
        maw={420}
        mb="md"
      />
      {campaignId ? (
        <FitForCampaign creatorId={creatorId} campaignId={campaignId} />
      ) : (
        <Text c="dimmed">
          Choose a campaign to score this creator's audience against its ideal customer profile.
        </Text>
      )}
    </Paper>
  );
}

function FitPopoverBody({
  creatorId,
  campaignId,
  accountId,
}: {
  creatorId: string;
  campaignId: string;
  accountId: string;
}) {
  const fit = $api.useQuery("get", "/api/v1/creators/{creatorId}/fit", {
    params: { path: { creatorId }, query: { campaignId } },
  });
  return (
    <Loaded query={fit} what="the audience fit" skeleton={<SkeletonLines lines={4} />}>
      {(data) => {
        const account = data.accounts.find((a) => a.accountId === accountId);
        return account ? <FitBreakdown fit={account} /> : <Text c="dimmed">No fit for this account.</Text>;
      }}
    </Loaded>
  );
}

/** The results' fit cell: the score, opening its components. */
export function FitPopover({
  creatorId,
  campaignId,
  accountId,
  score,
  label,
}: {
  creatorId: string;
  campaignId: string;
  accountId: string;
  score: number | null;
  label: string;
}) {
  return (
    <Popover width={420} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-md"
          mih={44}
          aria-label={`Fit ${score ?? "unknown"} for ${label}: show why`}
        >
          {score ?? "—"}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <FitPopoverBody creatorId={creatorId} campaignId={campaignId} accountId={accountId} />
      </Popover.Dropdown>
    </Popover>
  );
}
