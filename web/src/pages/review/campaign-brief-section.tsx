import { Paper, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useLocation } from "react-router-dom";
import { $api } from "../../api/client";
import { Loaded, SkeletonLines } from "../../components/ui";
import { formatTime } from "../../format";
import { BriefEditor } from "./brief-editor";

/**
 * The campaign-wide brief, edited on the campaign: every creator in it reads this, with their own override (set on
 * their review page) on top. Reached at #brief.
 */
export function CampaignBriefSection({ campaignId }: { campaignId: string }) {
  const brief = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/brief", {
    params: { path: { campaignId } },
  });
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const ready = brief.isSuccess;
  useEffect(() => {
    if (hash === "#brief" && ready) section.current?.scrollIntoView({ block: "start" });
  }, [hash, ready]);
  const latest = brief.data?.versions[0];
  return (
    <Paper
      ref={section}
      id="brief"
      component="section"
      aria-labelledby="brief-title"
      withBorder
      radius="md"
      p="md"
    >
      <Title order={2} size="h3" id="brief-title">
        Brief{latest ? ` (version ${latest.version})` : ""}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {latest
          ? `Saved by ${latest.savedBy}, ${formatTime(latest.savedAt)}. `
          : "Not written yet: creators see it in their portal once saved. "}
        Every save is a new version; creators see what changed.
      </Text>
      <Loaded query={brief} what="the brief" skeleton={<SkeletonLines lines={8} />}>
        {(data) => <BriefEditor key={campaignId} campaignId={campaignId} brief={data} />}
      </Loaded>
    </Paper>
  );
}
