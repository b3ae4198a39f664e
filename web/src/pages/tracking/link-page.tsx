import {
  Anchor,
  Badge,
  Box,
  Button,
  Code,
  Group,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { dayMs } from "@shared/time";
import { useId, useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { $api } from "../../api/client";
import { Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, formatTime } from "../../format";
import { Breakdown, ClicksChart, type Granularity, Stat } from "./click-charts";
import { CopyLinkButton } from "./copy-link-button";

/** One tracking link: where it leads, its QR code, and its human clicks by day, country and referrer, bots apart. */
export function LinkPage() {
  const { linkId = "" } = useParams();
  const [granularity, setGranularity] = useState<Granularity>("day");
  const groupById = useId();
  const from = useMemo(
    () =>
      granularity === "hour"
        ? new Date(Math.floor((Date.now() - 7 * dayMs) / 3_600_000) * 3_600_000).toISOString()
        : undefined,
    [granularity],
  );
  const link = $api.useQuery("get", "/api/v1/links/{linkId}", { params: { path: { linkId } } });
  const analytics = $api.useQuery("get", "/api/v1/links/{linkId}/analytics", {
    params: { path: { linkId }, query: { granularity, ...(from ? { from } : {}) } },
  });
  const campaignId = link.data?.campaignId;

  return (
    <Stack gap="xl">
      <PageHeader
        title={link.data ? `Link ${link.data.code}` : "Tracking link"}
        description="Human clicks on this link; bots and link-preview fetchers are counted apart and left out."
        actions={
          campaignId ? (
            <Button component={Link} to={`/campaigns/${campaignId}/tracking`} variant="default">
              Back to links and conversions
            </Button>
          ) : null
        }
      />
      <Loaded query={link} what="the link" skeleton={<SkeletonLines lines={3} />}>
        {(l) => (
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap">
              <Code>{l.shortUrl}</Code>
              <CopyLinkButton url={l.shortUrl} code={l.code} />
              <Badge variant="light" color={l.status === "active" ? "teal" : "gray"}>
                {l.status === "active" ? "Active" : "Disabled"}
              </Badge>
            </Group>
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              Leads to <Anchor href={l.destinationUrl}>{l.destinationUrl}</Anchor> · created{" "}
              {formatTime(l.createdAt)}
            </Text>
            <Group gap="sm">
              <Button
                component="a"
                variant="default"
                href={`/api/v1/links/${l.id}/qr?format=png`}
                download={`link-${l.code}.png`}
              >
                Download QR code (PNG)
              </Button>
              <Button
                component="a"
                variant="default"
                href={`/api/v1/links/${l.id}/qr?format=svg`}
                download={`link-${l.code}.svg`}
              >
                QR code (SVG)
              </Button>
            </Group>
          </Stack>
        )}
      </Loaded>
      <Box>
        <Text size="sm" fw={500} mb={4} id={groupById}>
          Group by
        </Text>
        <SegmentedControl
          aria-labelledby={groupById}
          value={granularity}
          onChange={(value) => setGranularity(value as Granularity)}
          data={[
            { value: "day", label: "Day (last 30 days)" },
            { value: "hour", label: "Hour (last 7 days)" },
          ]}
        />
      </Box>
      <Loaded
        query={analytics}
        what="the link's clicks"
        skeleton={
          <Stack gap="md" aria-busy="true">
            <Skeleton height={76} radius="md" />
            <Skeleton height={300} radius="md" />
          </Stack>
        }
      >
        {(data) => (
          <Stack gap="md" component="section" aria-labelledby="link-clicks">
            <Title order={2} id="link-clicks">
              Clicks
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
              <Stat label="Clicks" value={formatCount(data.totals.clicks)} testId="link-clicks-total" />
              <Stat label="Unique visitors (per day)" value={formatCount(data.totals.uniqueVisitors)} />
              <Stat
                label="Bot clicks (excluded)"
                value={formatCount(data.totals.botClicks)}
                testId="link-bot-total"
              />
            </SimpleGrid>
            <ClicksChart analytics={data} granularity={granularity} />
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              <Breakdown title="Country" rows={data.byCountry} total={data.totals.clicks} />
              <Breakdown title="Referrer" rows={data.byReferrer} total={data.totals.clicks} />
              <Breakdown title="Device" rows={data.byDevice} total={data.totals.clicks} />
            </SimpleGrid>
          </Stack>
        )}
      </Loaded>
    </Stack>
  );
}
