import { Anchor, Badge, Button, FileInput, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { $api, fetchClient, invalidate } from "../../api/client";
import { EmptyState, ErrorAlert, Loaded, PageHeader } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";
import { EmailComposer, ThreadView } from "../outreach/creator-email";
import { OfferDiff } from "./offer-diff";
import { OfferEditor } from "./offer-editor";
import { usePipeline } from "./pipeline-query";
import { StageHistory } from "./stage-history";
import { type Campaign, type Offer, stageLabels, words } from "./types";

/** An acceptance made outside Amplio: the signed PDF is the evidence, uploaded as raw bytes. */
function SignedOutside({ offer }: { offer: Offer }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function upload() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await fetchClient.POST("/api/v1/offers/{offerId}/signed-document", {
        params: { path: { offerId: offer.id } },
        body: file as unknown as string,
        bodySerializer: (body) => body,
        headers: { "content-type": "application/pdf" },
      });
      notifications.show({
        color: "teal",
        message: `Version ${offer.version} recorded as signed outside Amplio.`,
      });
      setFile(null);
      await invalidate("/api/v1/contracts", "/api/v1/campaigns");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title="The signed document was not recorded" />
      <FileInput
        label={`Signed outside Amplio? Upload the signed contract for version ${offer.version} (PDF)`}
        accept="application/pdf"
        clearable
        value={file}
        onChange={setFile}
        placeholder="Choose a PDF"
      />
      <Group>
        <Button variant="default" disabled={!file} loading={busy} onClick={() => void upload()}>
          Record acceptance outside Amplio
        </Button>
      </Group>
    </Stack>
  );
}

function OffersAndContracts({ campaign, creatorId }: { campaign: Campaign; creatorId: string }) {
  const offers = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/offers", {
    params: { path: { campaignId: campaign.id, creatorId }, query: { limit: 200 } },
  });
  const contracts = $api.useQuery("get", "/api/v1/contracts", {
    params: { query: { campaignId: campaign.id, creatorId, limit: 200 } },
  });
  return (
    <>
      <Loaded query={offers} what="the offers" skeleton={<Skeleton height={320} radius="md" />}>
        {(data) => {
          const open = data.items.find((o) => o.status === "proposed");
          const latest = data.items[0];
          return (
            <>
              <OfferEditor
                key={latest?.id ?? "first"}
                campaign={campaign}
                creatorId={creatorId}
                previous={latest?.terms ?? null}
              />
              <Paper component="section" aria-labelledby="offers-title" withBorder radius="md" p="md">
                <Stack gap="sm">
                  <Title id="offers-title" order={2} size="h3">
                    Offer versions
                  </Title>
                  {data.items.length === 0 ? <Text c="dimmed">No offer yet.</Text> : null}
                  <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: "none" }}>
                    {data.items.map((o) => (
                      <Text component="li" size="sm" key={o.id}>
                        <Badge
                          size="sm"
                          variant="light"
                          color={o.status === "accepted" ? "teal" : "gray"}
                          mr={6}
                        >
                          {o.status}
                        </Badge>
                        Version {o.version} from the {o.proposedBy} ({o.proposedByLabel}) ·{" "}
                        {words(o.terms.compensation.model)} · committed{" "}
                        {formatMoney(o.committedAmount, campaign.currency)}
                        {o.note ? (
                          <Text span c="dimmed" size="sm">
                            {" "}
                            · “{o.note}”
                          </Text>
                        ) : null}
                      </Text>
                    ))}
                  </Stack>
                  <OfferDiff key={latest?.id} offers={data.items} currency={campaign.currency} />
                  {open ? (
                    <>
                      <Text size="sm">
                        {open.proposedBy === "brand"
                          ? `Version ${open.version} waits for the creator: they accept it in their portal with their name and consent.`
                          : `Version ${open.version} is the creator's counter-offer. To agree, propose the same terms as the brand; the creator then accepts them in their portal.`}
                      </Text>
                      <SignedOutside offer={open} />
                    </>
                  ) : null}
                </Stack>
              </Paper>
            </>
          );
        }}
      </Loaded>
      <Paper component="section" aria-labelledby="contracts-title" withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title id="contracts-title" order={2} size="h3">
            Contracts
          </Title>
          <Loaded query={contracts} what="the contracts">
            {(data) =>
              data.items.length === 0 ? (
                <Text c="dimmed">No contract yet.</Text>
              ) : (
                <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                  {data.items.map((k) => (
                    <Stack component="li" key={k.id} gap={2}>
                      <Text size="sm">
                        <Badge
                          size="sm"
                          variant="light"
                          color={k.status === "in_force" ? "teal" : "gray"}
                          mr={6}
                        >
                          {k.status === "in_force" ? "in force" : "superseded"}
                        </Badge>
                        Contract v{k.version} · committed {formatMoney(k.committedAmount, k.currency)}
                        {k.maximumBonus
                          ? ` + up to ${formatMoney(k.maximumBonus, k.currency)} in bonuses`
                          : ""}{" "}
                        · {k.acceptance} · {formatTime(k.acceptedAt)}
                      </Text>
                      <Group gap="md">
                        <Anchor
                          component={Link}
                          to={`/campaigns/${campaign.id}/creators/${creatorId}/contracts/${k.id}`}
                          size="sm"
                        >
                          Contract v{k.version} in full
                        </Anchor>
                        <Anchor href={`/api/v1/contracts/${k.id}/pdf`} download size="sm">
                          Download PDF (v{k.version})
                        </Anchor>
                        {k.hasSignedDocument ? (
                          <Anchor href={`/api/v1/contracts/${k.id}/signed-document`} download size="sm">
                            Signed document
                          </Anchor>
                        ) : null}
                      </Group>
                    </Stack>
                  ))}
                </Stack>
              )
            }
          </Loaded>
        </Stack>
      </Paper>
    </>
  );
}

export function CreatorInCampaignPage() {
  const { campaignId = "", creatorId = "" } = useParams();
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  const pipeline = usePipeline(campaignId);
  const entries = pipeline.data;
  const entry = entries?.find((e) => e.creatorId === creatorId);

  if (campaign.isError || pipeline.isError)
    return (
      <ErrorAlert
        error={campaign.error ?? pipeline.error}
        title="Could not load this creator's place in the campaign"
        onRetry={() => {
          void campaign.refetch();
          void pipeline.refetch();
        }}
      />
    );
  if (!campaign.data || !entries)
    return (
      <Stack aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={16} width="60%" />
        <Skeleton height={320} radius="md" mt="lg" />
      </Stack>
    );
  if (!entry)
    return (
      <EmptyState title="Not in this campaign">
        <Text>This creator is not in the campaign's pipeline.</Text>
        <Button component={Link} to={`/campaigns/${campaignId}`}>
          Back to the campaign
        </Button>
      </EmptyState>
    );
  const c = campaign.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={entry.name}
        description={`${c.name} · ${stageLabels[entry.stage]}${entry.email ? ` · ${entry.email}` : " · no email address"}`}
        actions={
          <>
            <Button
              component={Link}
              to={`/campaigns/${campaignId}/creators/${creatorId}/review`}
              variant="default"
            >
              Content review
            </Button>
            <Button component={Link} to={`/campaigns/${campaignId}`} variant="subtle">
              Back to the campaign
            </Button>
          </>
        }
      />
      <EmailComposer campaignId={campaignId} creatorId={creatorId} />
      <ThreadView campaignId={campaignId} creatorId={creatorId} />
      <OffersAndContracts campaign={c} creatorId={creatorId} />
      <StageHistory campaignId={campaignId} creatorId={creatorId} />
    </Stack>
  );
}
