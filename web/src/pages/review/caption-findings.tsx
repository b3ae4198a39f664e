import { Box, Code, List, Mark, Paper, Stack, Text } from "@mantine/core";
import classes from "./review.module.css";
import type { Finding } from "./types";

/** Splits a caption into plain text and marked spans, one per finding that points at text. */
function pieces(caption: string, findings: Finding[]) {
  const spans = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; text: string; finding: Finding | null }> = [];
  let at = 0;
  for (const finding of spans) {
    if (finding.start < at) continue;
    if (finding.start > at) out.push({ start: at, text: caption.slice(at, finding.start), finding: null });
    out.push({ start: finding.start, text: caption.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < caption.length) out.push({ start: at, text: caption.slice(at), finding: null });
  return out;
}

/**
 * The caption with each finding's span highlighted, and the findings listed in plain words, as the API returns
 * them. Rule ids are for the team (`showRules`); a creator sees only the message (C8 Plain words).
 */
export function CaptionFindings({
  caption,
  findings,
  showRules = false,
}: {
  caption: string;
  findings: Finding[];
  showRules?: boolean;
}) {
  const errors = findings.filter((f) => f.severity === "error").length;
  return (
    <Stack gap="sm">
      <Text role="status" fw={600} className={errors ? classes.danger : classes.ok}>
        {errors
          ? `${errors} disclosure or brief problem${errors === 1 ? "" : "s"} must be fixed before approval.`
          : "Passes the disclosure and brief checks."}
      </Text>
      <Box component="figure" m={0}>
        <figcaption className="sr-only">The caption, with each finding's span marked</figcaption>
        <Paper component="pre" p="sm" className={classes.caption}>
          {pieces(caption, findings).map((piece) =>
            piece.finding ? (
              <Mark
                key={piece.start}
                color={piece.finding.severity === "error" ? "red" : "yellow"}
                className={classes.mark}
                title={showRules ? `${piece.finding.rule}: ${piece.finding.message}` : piece.finding.message}
              >
                {piece.text}
              </Mark>
            ) : (
              <span key={piece.start}>{piece.text}</span>
            ),
          )}
        </Paper>
      </Box>
      {findings.length > 0 ? (
        <List className="finding-list" spacing="xs" size="sm">
          {findings.map((f) => (
            // Two findings can share a rule and span (two missing hashtags); their messages differ.
            <List.Item key={`${f.rule}-${f.start}-${f.end}-${f.message}`} className={f.severity}>
              <Text span fw={700} size="sm" className={f.severity === "error" ? classes.danger : undefined}>
                {f.severity === "error" ? "Must fix" : "Check"}:
              </Text>{" "}
              {f.message}{" "}
              {showRules ? (
                <Code c="dimmed" fz="xs">
                  {f.rule}
                </Code>
              ) : null}
              {f.end > f.start ? (
                <Text span fs="italic" ml={6} size="sm">
                  <q>{caption.slice(f.start, f.end)}</q>
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Text size="xs" c="dimmed">
        The check is a safety net, not legal advice. Video content must also be checked by a person.
      </Text>
    </Stack>
  );
}
