import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router-dom";
import { $api, invalidate } from "../../api/client";
import { errorMessage } from "../../components/ui";
import { formatDate } from "../../format";
import { countryName, languageOptions } from "../creators/filter-options";
import { genderChoices, tierChoices } from "./campaign-form";
import type { Campaign } from "./types";

/** Edit, duplicate, archive or restore: the campaign's own actions, for the campaign page's header. */
export function CampaignActions({ campaign }: { campaign: Campaign }) {
  const navigate = useNavigate();
  const duplicate = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/duplicate");
  const archive = $api.useMutation("patch", "/api/v1/campaigns/{campaignId}");
  const path = { campaignId: campaign.id };
  const archived = campaign.archivedAt !== null;

  async function copy() {
    const created = await duplicate.mutateAsync({ params: { path }, body: {} });
    await invalidate("/api/v1/campaigns");
    notifications.show({
      color: "teal",
      message: `“${created.name}” created with the same objectives, audience, KPIs and brief; no creators yet.`,
    });
    void navigate(`/campaigns/${created.id}`);
  }

  async function toggleArchived() {
    await archive.mutateAsync({ params: { path }, body: { archived: !archived } });
    await invalidate("/api/v1/campaigns");
    notifications.show({
      color: "teal",
      message: archived
        ? `“${campaign.name}” is back in the campaign list.`
        : `“${campaign.name}” archived: it is under Archived in the campaign list.`,
    });
  }

  const failed = (error: unknown) =>
    notifications.show({ color: "red", title: "Nothing was changed", message: errorMessage(error) });

  return (
    <>
      <Button component={Link} to={`/campaigns/${campaign.id}/edit`} variant="default">
        Edit campaign
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" loading={duplicate.isPending || archive.isPending}>
            More actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void copy().catch(failed)} py="sm">
            Duplicate
          </Menu.Item>
          <Menu.Item onClick={() => void toggleArchived().catch(failed)} py="sm">
            {archived ? "Restore from archive" : "Archive"}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}

/** That the campaign is archived, and what that means; nothing while it is active. */
export function ArchivedNotice({ campaign }: { campaign: Campaign }) {
  if (!campaign.archivedAt) return null;
  return (
    <Alert color="gray" title="Archived">
      Archived on {formatDate(campaign.archivedAt)}. It keeps every figure and is hidden from the campaign
      list unless you show archived campaigns.
    </Alert>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

const anyOf = (values: string[]) => (values.length ? values.join(", ") : "Any");

/** The ideal customer profile and competitors, as the campaign page shows them (empty means "any"). */
export function IdealCustomerSection({ campaign }: { campaign: Campaign }) {
  const profile = campaign.idealCustomerProfile;
  const languageNames = new Map(languageOptions().map((o) => [o.value, o.label]));
  const ages =
    profile.ageMin === null && profile.ageMax === null
      ? "Any"
      : profile.ageMax === null
        ? `${profile.ageMin} and over`
        : profile.ageMin === null
          ? `Up to ${profile.ageMax}`
          : `${profile.ageMin}–${profile.ageMax}`;
  return (
    <Stack component="section" aria-labelledby="audience-title" gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title id="audience-title" order={2} size="h3">
          Ideal customer
        </Title>
        <Button component={Link} to={`/campaigns/${campaign.id}/edit`} variant="subtle" size="sm">
          Change the audience
        </Button>
      </Group>
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Row label="Countries">{anyOf(profile.countries.map((c) => countryName(c)))}</Row>
          <Row label="Age">{ages}</Row>
          <Row label="Gender">
            {anyOf(profile.genders.map((g) => genderChoices.find((c) => c.value === g)?.label ?? g))}
          </Row>
          <Row label="Interests and niches">{anyOf(profile.niches)}</Row>
          <Row label="Languages">{anyOf(profile.languages.map((l) => languageNames.get(l) ?? l))}</Row>
          <Row label="Preferred tiers">
            {anyOf(profile.tiers.map((t) => tierChoices.find((c) => c.value === t)?.label ?? t))}
          </Row>
          <Row label="Competitor brands">
            {campaign.competitorBrands.length ? campaign.competitorBrands.join(", ") : "None named"}
          </Row>
        </SimpleGrid>
      </Paper>
      {profile.personas.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {profile.personas.map((persona) => (
            <Card
              component="li"
              key={persona.name}
              withBorder
              radius="md"
              aria-label={`Persona ${persona.name}`}
            >
              <Group gap="xs" mb={4}>
                <Badge variant="light">Persona</Badge>
                <Title order={3} size="h5">
                  {persona.name}
                </Title>
              </Group>
              {persona.description ? <Text size="sm">{persona.description}</Text> : null}
              {persona.motivations.length ? (
                <>
                  <Text size="xs" c="dimmed" mt="xs">
                    Motivations
                  </Text>
                  <List size="sm">
                    {persona.motivations.map((m) => (
                      <List.Item key={m}>{m}</List.Item>
                    ))}
                  </List>
                </>
              ) : null}
            </Card>
          ))}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          No personas yet: add the kinds of people the campaign speaks to, and what moves them, under Change
          the audience.
        </Text>
      )}
    </Stack>
  );
}
