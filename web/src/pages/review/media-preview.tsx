import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import type { DraftMedia } from "./types";

/**
 * A draft's media where it is reviewed: uploaded images and videos shown inline (the media URL as their source),
 * links as links. `hrefOf` names the upload's URL: the team's API or the portal's.
 */
export function MediaPreview({ media, hrefOf }: { media: DraftMedia[]; hrefOf(mediaId: string): string }) {
  if (!media.length) return null;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="Media">
      {media.map((m, index) =>
        m.kind === "link" ? (
          <li key={m.url}>
            <Anchor
              href={m.url}
              target="_blank"
              rel="noreferrer noopener"
              style={{ overflowWrap: "anywhere" }}
            >
              {m.url}
            </Anchor>
          </li>
        ) : (
          <li key={m.mediaId}>
            <Paper withBorder p={4} radius="sm" w="fit-content" maw="100%">
              {m.contentType.startsWith("image/") ? (
                <img
                  src={hrefOf(m.mediaId)}
                  alt={`Upload ${index + 1} of the draft`}
                  loading="lazy"
                  style={{ display: "block", maxWidth: "100%", maxHeight: 360, height: "auto" }}
                />
              ) : m.contentType.startsWith("video/") ? (
                // biome-ignore lint/a11y/useMediaCaption: a creator's draft video has no caption track to offer
                <video
                  src={hrefOf(m.mediaId)}
                  controls
                  preload="metadata"
                  style={{ display: "block", maxWidth: "100%", maxHeight: 360 }}
                />
              ) : null}
              <Group gap="xs" px={4} pt={4}>
                <Text size="xs" c="dimmed">
                  {m.contentType}
                </Text>
                <Anchor href={hrefOf(m.mediaId)} target="_blank" rel="noreferrer" size="xs">
                  Open full size
                </Anchor>
              </Group>
            </Paper>
          </li>
        ),
      )}
    </Stack>
  );
}
