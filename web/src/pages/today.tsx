import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { formatKpiValue } from "@shared/report-format";
import { Link } from "react-router-dom";
import { $api, type Schemas } from "../api/client";
import { EmptyState, Loaded, PageHeader } from "../components/ui";
import { formatDate, formatMoney, formatRate } from "../format";
import { useActiveOrganisation } from "../session";

type TodayCampaign = Schemas["TodayCampaign"];
type TodayAction = Schemas["TodayAction"];
type Kpi = TodayCampaign["kpis"][number];

function kpiFigure(kpi: Kpi, value: number | null, campaign: TodayCampaign): string {
  return value === null ? "—" : formatKpiValue(kpi.metric, value, campaign);
}

function KpiProgress({ kpi, campaign }: { kpi: Kpi; campaign: TodayCampaign }) {
  const name = kpi.label;
  const target = `${kpi.comparison === "lte" ? "at most" : "at least"} ${kpiFigure(kpi, kpi.target, campaign)}`;
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="sm" c="dimmed" ta="right">
          {kpi.actual === null ? "not measured yet" : kpiFigure(kpi, kpi.actual, campaign)} · target {target}
        </Text>
      </Group>
      {kpi.progress === null ? (
        // Unknown is never shown as 0: no bar until there is a figure to compare.
        <Text size="xs" c="dimmed">
          No progress figure yet
        </Text>
      ) : (
        <Progress
          value={Math.min(kpi.progress, 1) * 100}
          color={kpi.met ? "teal" : "indigo"}
          size="sm"
          mt={4}
          aria-label={`${name}: ${formatRate(kpi.progress, 0)} of the target${kpi.met ? ", met" : ""}`}
        />
      )}
    </div>
  );
}

function BudgetBar({ label, amount, campaign }: { label: string; amount: number; campaign: TodayCampaign }) {
  const { budget, currency } = campaign;
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={500}>
          {formatMoney(amount, currency)}
        </Text>
      </Group>
      {budget ? (
        <Progress
          value={Math.min(amount / budget, 1) * 100}
          color={amount > budget ? "red" : "indigo"}
          size="sm"
          mt={4}
          aria-label={`${label}: ${formatRate(amount / budget, 0)} of the budget`}
        />
      ) : null}
    </div>
  );
}

function CampaignCard({ campaign }: { campaign: TodayCampaign }) {
  const when =
    campaign.status === "live"
      ? campaign.daysLeft === 1
        ? "Last day"
        : `${campaign.daysLeft} days left`
      : campaign.daysUntilStart === 1
        ? "Starts tomorrow"
        : `Starts in ${campaign.daysUntilStart} days`;
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={campaign.name}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Title order={3} size="h4" style={{ minWidth: 0, overflowWrap: "anywhere" }}>
          <Anchor component={Link} to={`/campaigns/${campaign.id}`} inherit>
            {campaign.name}
          </Anchor>
        </Title>
        <Badge color={campaign.status === "live" ? "teal" : "blue"} variant="light" style={{ flexShrink: 0 }}>
          {campaign.status === "live" ? "Live" : "Starting"}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {formatDate(campaign.startDate)} – {formatDate(campaign.endDate)} · {when}
      </Text>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {campaign.budget === null
            ? "No budget set"
            : `Budget ${formatMoney(campaign.budget, campaign.currency)}`}
        </Text>
        <BudgetBar label="Committed (contracts in force)" amount={campaign.committed} campaign={campaign} />
        <BudgetBar label="Spent so far" amount={campaign.spent} campaign={campaign} />
        {campaign.kpis.length > 0 ? (
          <Stack gap="xs" mt="xs">
            <Text size="sm" fw={600}>
              KPIs
            </Text>
            {campaign.kpis.map((kpi) => (
              <KpiProgress key={`${kpi.metric}-${kpi.comparison}`} kpi={kpi} campaign={campaign} />
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No KPIs set
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function ActionList({ actions }: { actions: TodayAction[] }) {
  if (actions.length === 0)
    return (
      <Text c="dimmed" size="sm">
        Nothing needs you right now.
      </Text>
    );
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {actions.map((action) => (
        <Group
          key={`${action.kind}-${action.campaignId ?? "organisation"}`}
          component="li"
          justify="space-between"
          gap="xs"
          py="xs"
          wrap="nowrap"
          style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
        >
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={action.path} fw={500} style={{ overflowWrap: "anywhere" }}>
              {action.label}
            </Anchor>
            <Text size="xs" c="dimmed">
              {action.campaignName ?? "Your organisation"}
            </Text>
          </div>
          {/* The label already says the count; the badge is for the eye scanning the list. */}
          <Badge
            variant="light"
            color={action.kind === "connectorErrors" ? "red" : "indigo"}
            aria-hidden="true"
          >
            {action.count}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}

function TodaySkeleton() {
  return (
    <Grid aria-busy="true">
      <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
        <Skeleton height={220} radius="md" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Skeleton height={320} radius="md" />
          <Skeleton height={320} radius="md" />
        </SimpleGrid>
      </Grid.Col>
      <span className="sr-only">Loading…</span>
    </Grid>
  );
}

const newCampaign = (
  <Button component={Link} to="/campaigns/new">
    Create a campaign
  </Button>
);

/** The home page: the campaigns running or about to, and what needs the user, each a link to where it is done. */
export function TodayPage() {
  const organisation = useActiveOrganisation();
  const query = $api.useQuery("get", "/api/v1/today");
  return (
    <>
      <PageHeader
        title="Today"
        description={organisation ? `What is running at ${organisation.name} and what needs you` : undefined}
      />
      <Loaded query={query} what="today's campaigns" skeleton={<TodaySkeleton />}>
        {(today) =>
          today.campaigns.length === 0 && today.actions.length === 0 ? (
            <EmptyState title="No campaign is running yet">
              <Text>
                Start with a campaign: its goal, dates, budget and KPIs. Then add creators from Discovery,
                agree terms and follow the work here.
              </Text>
              {newCampaign}
            </EmptyState>
          ) : (
            <Grid>
              <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
                <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="needs-you">
                  <Title order={2} size="h4" id="needs-you" mb="xs">
                    Needs you
                  </Title>
                  <ActionList actions={today.actions} />
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }}>
                <section aria-labelledby="in-progress">
                  <Title order={2} size="h4" id="in-progress" mb="xs">
                    Live and starting within 14 days
                  </Title>
                  {today.campaigns.length === 0 ? (
                    <Stack gap="sm" align="flex-start">
                      <Text c="dimmed">No campaign is live or starts within 14 days.</Text>
                      {newCampaign}
                    </Stack>
                  ) : (
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      {today.campaigns.map((campaign) => (
                        <CampaignCard key={campaign.id} campaign={campaign} />
                      ))}
                    </SimpleGrid>
                  )}
                </section>
              </Grid.Col>
            </Grid>
          )
        }
      </Loaded>
    </>
  );
}
