import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Link, useParams } from "react-router-dom";
import { $api } from "../../api/client";
import { Loaded, PageHeader } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";
import { Facts } from "../portal/facts";
import { TermsView } from "../portal/terms-view";
import type { Contract } from "./types";

const triggerWords: Record<Contract["installments"][number]["trigger"], string> = {
  on_signing: "On signing",
  on_approval: "When the content is approved",
  on_live: "When the content goes live",
};

function ContractDetail({ contract, backTo }: { contract: Contract; backTo: string }) {
  const k = contract;
  return (
    <Stack gap="lg">
      <PageHeader
        title={`Contract version ${k.version}`}
        description={`Committed ${formatMoney(k.committedAmount, k.currency)}${
          k.maximumBonus ? ` + up to ${formatMoney(k.maximumBonus, k.currency)} in bonuses` : ""
        } · accepted ${formatTime(k.acceptedAt)}`}
        actions={
          <>
            <Button component="a" href={`/api/v1/contracts/${k.id}/pdf`} download>
              Download the contract (PDF)
            </Button>
            {k.hasSignedDocument ? (
              <Button
                component="a"
                href={`/api/v1/contracts/${k.id}/signed-document`}
                download
                variant="default"
              >
                Signed document
              </Button>
            ) : null}
            <Button component={Link} to={backTo} variant="subtle">
              Back to the creator
            </Button>
          </>
        }
      />
      <Paper component="section" aria-labelledby="acceptance-title" withBorder radius="md" p="md">
        <Group gap="xs" mb="sm">
          <Title order={2} size="h3" id="acceptance-title">
            Acceptance
          </Title>
          <Badge variant="light" color={k.status === "in_force" ? "teal" : "gray"}>
            {k.status === "in_force" ? "In force" : `Superseded ${formatTime(k.supersededAt)}`}
          </Badge>
        </Group>
        <Facts
          entries={[
            ["How", k.acceptance],
            ["When", formatTime(k.acceptedAt)],
            ["Typed name", k.acceptedName],
            ["IP address", k.acceptedIp],
            ["Browser", k.acceptedUserAgent],
            ["Uploaded by", k.recordedBy],
            ["Terms fingerprint (SHA-256)", k.termsSha256 ? <Code key="t">{k.termsSha256}</Code> : null],
            ["PDF fingerprint (SHA-256)", k.pdfSha256 ? <Code key="p">{k.pdfSha256}</Code> : null],
          ]}
        />
      </Paper>
      <Paper component="section" aria-labelledby="terms-title" withBorder radius="md" p="md">
        <Title order={2} size="h3" id="terms-title" mb="sm">
          Terms
        </Title>
        <TermsView terms={k.terms} currency={k.currency} />
      </Paper>
      {k.installments.length ? (
        <Paper component="section" aria-labelledby="installments-title" withBorder radius="md" p="md">
          <Title order={2} size="h3" id="installments-title" mb="sm">
            Fee payments
          </Title>
          <Table.ScrollContainer minWidth={320}>
            <Table aria-labelledby="installments-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Amount
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {k.installments.map((i) => (
                  <Table.Tr key={i.trigger}>
                    <Table.Td>{triggerWords[i.trigger]}</Table.Td>
                    <Table.Td ta="right">{formatMoney(i.amount, k.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      <Text size="sm" c="dimmed">
        A contract is never edited: a change is a new offer version, and its acceptance an amendment.{" "}
        <Anchor component={Link} to={backTo}>
          Propose a new version
        </Anchor>
      </Text>
    </Stack>
  );
}

/** One contract version as the team sees it: its frozen terms, how it was accepted, its PDF and signed document. */
export function ContractPage() {
  const { campaignId = "", creatorId = "", contractId = "" } = useParams();
  const contract = $api.useQuery("get", "/api/v1/contracts/{contractId}", {
    params: { path: { contractId } },
  });
  return (
    <Loaded
      query={contract}
      what="the contract"
      skeleton={
        <Stack aria-busy="true">
          <Skeleton height={36} width="40%" />
          <Skeleton height={200} radius="md" mt="lg" />
        </Stack>
      }
    >
      {(data) => <ContractDetail contract={data} backTo={`/campaigns/${campaignId}/creators/${creatorId}`} />}
    </Loaded>
  );
}
