import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  ScrollArea,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import type { ReactElement, ReactNode } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip as ChartTooltip,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { $api } from "../../api/client";
import { Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatDate, formatRate, formatTime, platformName } from "../../format";
import { AddToList } from "./add-to-list";
import { CampaignPickerForm } from "./campaign-picker-form";
import { EditAccountButton, EditCreatorButton } from "./creator-edit";
import { FitSection } from "./creator-fit";
import { BrandHistory, FeeEstimate, Lookalikes, PostsViewer } from "./creator-insights";
import {
  type AccountProfile,
  capitalise,
  flagLabels,
  tierRanges,
  useCampaignOptions,
} from "./discovery-types";
import { MergeCreatorsButton } from "./merge-creators";

const asPercentRows = (shares: Record<string, number>) =>
  Object.entries(shares)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, share]) => ({ name, share: Math.round(share * 1000) / 10 }));

function ChartBox({ title, children }: { title: string; children: ReactElement }) {
  return (
    <Paper component="figure" withBorder radius="md" p="sm" m={0}>
      <Text component="figcaption" fw={600} size="sm" mb="xs">
        {title}
      </Text>
      <ResponsiveContainer width="100%" height={220}>
        {children}
      </ResponsiveContainer>
    </Paper>
  );
}

function Stat({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  const name = (
    <Text size="sm" c="dimmed">
      {label}
    </Text>
  );
  return (
    <div>
      {hint ? <Tooltip label={hint}>{name}</Tooltip> : name}
      <Text fw={700} size="xl">
        {children}
      </Text>
    </div>
  );
}

function AddToCampaign({ creatorId }: { creatorId: string }) {
  const add = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators");
  return (
    <CampaignPickerForm
      label="Add to campaign"
      submitLabel="Add to campaign"
      onPick={async (campaignId, name) => {
        await add.mutateAsync({ params: { path: { campaignId } }, body: { creatorId } });
        return `Shortlisted in ${name}.`;
      }}
    />
  );
}

function AccountSection({ account, creatorId }: { account: AccountProfile; creatorId: string }) {
  const postsChart = [...account.recentPosts].reverse().map((p) => ({
    day: formatDate(p.postedAt),
    engagements: p.engagements ?? 0,
  }));
  const history = account.followerHistory.map((h) => ({
    day: formatDate(h.takenOn),
    followers: h.followers,
  }));
  const title = `${platformName(account.platform)} @${account.handle}`;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label={title}>
      <Group justify="space-between" gap="sm" mb="xs" wrap="wrap">
        <Title order={2} size="h3">
          {platformName(account.platform)} ·{" "}
          {account.profileUrl ? (
            <Anchor href={account.profileUrl} rel="noreferrer noopener" target="_blank" inherit>
              @{account.handle}
            </Anchor>
          ) : (
            `@${account.handle}`
          )}
        </Title>
        <EditAccountButton creatorId={creatorId} account={account} />
      </Group>
      {account.bio ? (
        <Text c="dimmed" mb="sm">
          {account.bio}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" mb="md">
        <Stat label="Followers">{formatCount(account.followers)}</Stat>
        <Stat label="Tier" hint={tierRanges[account.tier]}>
          {capitalise(account.tier)}
        </Stat>
        <Stat label="Engagement by followers" hint="Median engagements ÷ followers over recent posts">
          {formatRate(account.engagementRate, 2)}
        </Stat>
        <Stat label="Engagement by views" hint="Median engagements ÷ views over recent posts">
          {formatRate(account.engagementRateViews, 2)}
        </Stat>
        <Stat label="Quality score" hint="100 minus the penalty of each signal below">
          {account.qualityScore}
        </Stat>
        <Stat label="Sponsored share" hint="Sponsored posts ÷ all posts, last 90 days">
          {formatRate(account.sponsoredShare)}
          {account.saturation === "none" ? null : (
            <Badge ml="xs" color="orange" variant="light" tt="none">
              {account.saturation === "strong" ? "Heavily sponsored" : "Saturated"}
            </Badge>
          )}
        </Stat>
      </SimpleGrid>

      <Title order={3} size="h4" mb="xs">
        Signals that lowered the quality score
      </Title>
      {account.qualityFlags.length === 0 ? (
        <Text c="dimmed" mb="md">
          None: every quality signal passed.
        </Text>
      ) : (
        <Stack gap="xs" mb="md">
          {account.qualityFlags.map((f) => (
            <div key={f.code}>
              <Group gap="xs" wrap="wrap">
                <Badge color={f.severity === "critical" ? "red" : "yellow"} variant="light" tt="none">
                  {flagLabels[f.code] ?? f.code}
                </Badge>
                <Text size="sm">{f.message}</Text>
                <Text size="sm" c="dimmed">
                  (−{f.penalty})
                </Text>
              </Group>
              {f.posts.length ? (
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  Posts: {f.posts.slice(0, 10).join(", ")}
                </Text>
              ) : null}
            </div>
          ))}
        </Stack>
      )}
      {account.sponsoredBrands.length ? (
        <Text mb="md">
          Brands in sponsored posts (last 180 days): <strong>{account.sponsoredBrands.join(", ")}</strong>
        </Text>
      ) : null}

      {account.audience ? (
        account.audience.source === "creator_verified" ? (
          <Group gap="xs" mb="sm">
            <Badge color="teal" variant="light">
              Verified by the creator on {formatDate(account.audience.updatedAt)}
            </Badge>
            <Text size="sm" c="dimmed">
              Audience, counts and posts read from the creator's own connected account (measured).
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" mb="sm">
            Audience from {account.audience.source}, {formatDate(account.audience.updatedAt)} (not verified by
            the creator).
          </Text>
        )
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="md">
        <ChartBox title="Follower history">
          <LineChart data={history}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" minTickGap={24} />
            <YAxis tickFormatter={(v: number) => formatCount(v)} width={60} />
            <ChartTooltip formatter={(v) => formatCount(Number(v))} />
            <Line type="monotone" dataKey="followers" name="Followers" stroke="#4f46e5" dot={false} />
          </LineChart>
        </ChartBox>
        <ChartBox title="Engagements on recent posts">
          <BarChart data={postsChart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" minTickGap={24} />
            <YAxis tickFormatter={(v: number) => formatCount(v)} width={60} />
            <ChartTooltip formatter={(v) => formatCount(Number(v))} />
            <Bar dataKey="engagements" name="Engagements" fill="#16a34a" />
          </BarChart>
        </ChartBox>
      </SimpleGrid>
      {account.sentiment ? (
        <section aria-label="Comment sentiment">
          <Title order={3} size="h4" mb="xs">
            Comment sentiment ({formatCount(account.sentiment.comments)} comments)
          </Title>
          <Text>
            Positive {formatRate(account.sentiment.positive)} · neutral{" "}
            {formatRate(account.sentiment.neutral)} · negative {formatRate(account.sentiment.negative)}
          </Text>
          {account.sentiment.examples.negative.length ? (
            <Text c="dimmed" mb="sm">
              Most negative: “{account.sentiment.examples.negative[0]}”
            </Text>
          ) : null}
        </section>
      ) : null}
      {account.brandSafety.length ? (
        <section aria-label="Brand safety">
          <Title order={3} size="h4" mb="xs">
            Brand safety
          </Title>
          <List spacing={4} mb="sm">
            {account.brandSafety.map((f) => (
              <List.Item key={f.topic}>
                <Badge color="yellow" variant="light" tt="none" mr="xs">
                  {f.topic}
                </Badge>
                {f.posts.map((p) => `${p.externalId} (${p.terms.join(", ")})`).join("; ")}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
      {account.lastEnrichedAt ? (
        <Text size="sm" c="dimmed">
          Refreshed from the platform {formatTime(account.lastEnrichedAt)}.
        </Text>
      ) : null}
    </Paper>
  );
}

function AudienceSection({ account }: { account: AccountProfile }) {
  const title = `Audience of ${platformName(account.platform)} @${account.handle}`;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label={title}>
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mb="md">
        {account.audience ? (
          <>
            <ChartBox title="Audience by country (%)">
              <BarChart data={asPercentRows(account.audience.countries)}>
                <XAxis dataKey="name" />
                <YAxis />
                <ChartTooltip />
                <Bar dataKey="share" name="Share (%)" fill="#7c3aed" />
              </BarChart>
            </ChartBox>
            <ChartBox title="Audience by age (%)">
              <BarChart
                data={asPercentRows(account.audience.ages).sort((a, b) => a.name.localeCompare(b.name))}
              >
                <XAxis dataKey="name" />
                <YAxis />
                <ChartTooltip />
                <Bar dataKey="share" name="Share (%)" fill="#db2777" />
              </BarChart>
            </ChartBox>
            <ChartBox title="Audience by gender (%)">
              <BarChart data={asPercentRows(account.audience.genders)}>
                <XAxis dataKey="name" />
                <YAxis />
                <ChartTooltip />
                <Bar dataKey="share" name="Share (%)" fill="#ea580c" />
              </BarChart>
            </ChartBox>
          </>
        ) : (
          <Text c="dimmed">No audience data for this account yet.</Text>
        )}
      </SimpleGrid>
      {account.audience?.credibility != null ? (
        <Text mb="sm">
          Audience credibility: {formatRate(account.audience.credibility)} of followers look real.
        </Text>
      ) : null}
    </Paper>
  );
}

const tabs = [
  { value: "overview", label: "Overview" },
  { value: "audience", label: "Audience & fit" },
  { value: "posts", label: "Posts" },
  { value: "history", label: "History" },
  { value: "lookalikes", label: "Lookalikes" },
];

export function CreatorProfilePage() {
  const { creatorId = "" } = useParams();
  const profile = $api.useQuery("get", "/api/v1/creators/{creatorId}/profile", {
    params: { path: { creatorId } },
  });
  // The tab and the campaign the creator is weighed for live in the address, so a link opens the same view.
  const [params, setParams] = useSearchParams();
  const tab = tabs.some((t) => t.value === params.get("tab")) ? (params.get("tab") as string) : "overview";
  const campaignId = params.get("campaign") ?? "";
  const campaigns = useCampaignOptions();
  const currency = campaigns.query.data?.items.find((c) => c.id === campaignId)?.currency ?? "USD";
  const setParam = (key: string, value: string) =>
    setParams(
      (now) => {
        const next = new URLSearchParams(now);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={profile.data?.name ?? "Creator"}
        description={
          profile.data?.source === "application"
            ? `${profile.data.email ?? ""}${profile.data.email ? " · " : ""}Applied on your application page`
            : (profile.data?.email ?? undefined)
        }
        actions={
          <>
            {profile.data?.source === "application" ? (
              <Button component={Link} to="/creators/applications" variant="default">
                Applications
              </Button>
            ) : null}
            {profile.data ? (
              <>
                <EditCreatorButton creator={profile.data} />
                <MergeCreatorsButton creator={profile.data} />
              </>
            ) : null}
            <Button component={Link} to="/creators" variant="default">
              Back to search
            </Button>
          </>
        }
      />
      <Loaded
        query={profile}
        what="the creator"
        skeleton={
          <Stack gap="md">
            <Skeleton height={120} radius="md" />
            <SkeletonLines lines={6} />
          </Stack>
        }
      >
        {(creator) => (
          <Tabs
            value={tab}
            onChange={(v) => setParam("tab", v === "overview" ? "" : (v ?? ""))}
            keepMounted={false}
          >
            <ScrollArea type="auto" mb="md">
              <Tabs.List style={{ flexWrap: "nowrap" }}>
                {tabs.map((t) => (
                  <Tabs.Tab key={t.value} value={t.value} mih={44}>
                    {t.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
            </ScrollArea>
            <Tabs.Panel value="overview">
              <Stack gap="md">
                {creator.email ? null : (
                  <Alert color="yellow" variant="light" title="No email for this creator">
                    Outreach cannot write to them until you add one with “Edit creator”.
                  </Alert>
                )}
                <Paper withBorder radius="md" p="md">
                  <Stack gap="md">
                    <AddToList creatorIds={[creator.id]} />
                    <AddToCampaign creatorId={creator.id} />
                  </Stack>
                </Paper>
                <FeeEstimate creatorId={creator.id} currency={currency} />
                {creator.accounts.map((account) => (
                  <AccountSection key={account.id} account={account} creatorId={creator.id} />
                ))}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="audience">
              <Stack gap="md">
                <FitSection
                  creatorId={creator.id}
                  campaignId={campaignId}
                  onCampaign={(id) => setParam("campaign", id)}
                />
                {creator.accounts.map((account) => (
                  <AudienceSection key={account.id} account={account} />
                ))}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="posts">
              <PostsViewer accounts={creator.accounts} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <BrandHistory creatorId={creator.id} />
            </Tabs.Panel>
            <Tabs.Panel value="lookalikes">
              <Lookalikes creatorId={creator.id} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Loaded>
    </>
  );
}
