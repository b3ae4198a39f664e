import { Paper, Text } from "@mantine/core";
import { diffWords } from "diff";
import classes from "./review.module.css";

/** What a draft version changed in the caption, word by word: removed words struck through, added ones marked. */
export function CaptionDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = diffWords(before, after);
  const changed = parts.some((p) => p.added || p.removed);
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {changed ? (
        <Paper component="pre" p="sm" className={classes.caption} data-testid="caption-diff">
          {parts.map((part, i) =>
            part.added ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts have no identity but their place
              <ins key={i} className={classes.added}>
                {part.value}
              </ins>
            ) : part.removed ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <del key={i} className={classes.removed}>
                {part.value}
              </del>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <span key={i}>{part.value}</span>
            ),
          )}
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          The caption is unchanged.
        </Text>
      )}
    </figure>
  );
}
