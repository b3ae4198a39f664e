import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { formatTime } from "../../format";
import { CaptionDiff } from "./caption-diff";
import { CaptionFindings } from "./caption-findings";
import { MediaPreview } from "./media-preview";
import type { Draft } from "./types";

/**
 * Every draft version, newest first: what its caption changed from the version before, its media inline, and the
 * disclosure and brief findings computed when it was sent (C8), so each version is judged on its own check.
 */
export function DraftVersions({
  drafts,
  mediaHref,
  showRules = false,
}: {
  drafts: Draft[];
  mediaHref(mediaId: string): string;
  showRules?: boolean;
}) {
  const byVersion = new Map(drafts.map((d) => [d.version, d]));
  return (
    <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: "none" }} aria-label="Draft versions">
      {drafts.map((draft, index) => {
        const previous = byVersion.get(draft.version - 1);
        return (
          <Paper
            component="li"
            key={draft.id}
            withBorder
            radius="md"
            p="md"
            aria-labelledby={`draft-${draft.id}`}
            data-version={draft.version}
          >
            <Stack gap="sm">
              <Group gap="xs" justify="space-between" wrap="wrap">
                <Title order={3} size="h4" id={`draft-${draft.id}`}>
                  Version {draft.version}
                  {index === 0 ? " (latest)" : ""}
                </Title>
                <Group gap="xs">
                  <Badge variant="light" color={draft.compliant ? "teal" : "red"}>
                    {draft.compliant ? "Passes the checks" : "Has problems"}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    sent {formatTime(draft.createdAt)}
                  </Text>
                </Group>
              </Group>
              {previous ? (
                <CaptionDiff
                  before={previous.caption}
                  after={draft.caption}
                  label={`Caption changes since version ${previous.version}`}
                />
              ) : null}
              <CaptionFindings caption={draft.caption} findings={draft.findings} showRules={showRules} />
              <MediaPreview media={draft.media} hrefOf={mediaHref} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
