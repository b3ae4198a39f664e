import { Anchor, Box, List, Text } from "@mantine/core";
import { formatTime } from "../../format";
import classes from "./review.module.css";
import { eventLabels, type ReviewEvent } from "./types";

/** Every submission, comment and decision on a deliverable, oldest first. */
export function Timeline({ events }: { events: ReviewEvent[] }) {
  if (events.length === 0) return <Text c="dimmed">Nothing has happened yet.</Text>;
  return (
    <List
      type="ordered"
      listStyleType="none"
      spacing="sm"
      className="timeline"
      styles={{ itemWrapper: { display: "block" } }}
    >
      {events.map((e) => (
        <List.Item key={e.id} className={classes.timeline}>
          <Text span fw={600}>
            {e.authorLabel}
          </Text>{" "}
          {eventLabels[e.kind]}
          {e.kind === "draft_submitted" && typeof e.details.version === "number"
            ? ` (version ${e.details.version})`
            : ""}{" "}
          <Text span c="dimmed" size="sm">
            · {formatTime(e.createdAt)}
          </Text>
          {e.quote ? (
            <Box component="blockquote" className={classes.quote} c="dimmed">
              “{e.quote.text}”
            </Box>
          ) : null}
          {e.kind === "live_submitted" && e.body ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              <Anchor href={e.body} target="_blank" rel="noreferrer noopener">
                {e.body}
              </Anchor>{" "}
              {e.details.compliant === false ? (
                <Text span className={classes.danger} fw={600} size="sm">
                  · the live caption fails the disclosure check
                </Text>
              ) : (
                <Text span c="dimmed" size="sm">
                  · the live caption passes the disclosure check
                </Text>
              )}
            </Text>
          ) : e.body ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {e.body}
            </Text>
          ) : null}
          {typeof e.details.overrideReason === "string" ? (
            <Text size="sm">
              <Text span fw={600}>
                Compliance override:
              </Text>{" "}
              {e.details.overrideReason}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
