import { Anchor, List, Paper, Stack, Text, Title } from "@mantine/core";
import { formatDate, formatTime } from "../../format";
import { ReferenceFileList } from "../review/reference-files";
import { type BriefContent, briefFieldLabels } from "../review/types";
import { Facts } from "./facts";
import type { PortalCollaboration } from "./portal-api";

function show(value: unknown): string {
  if (Array.isArray(value))
    return value
      .map((v) => {
        if (typeof v !== "object" || v === null) return String(v);
        // A reference file is known by its name; its id and size mean nothing to a reader.
        return "name" in v ? String(v.name) : Object.values(v).join(" — ");
      })
      .join(", ");
  return String(value ?? "");
}

function Section({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div>
      <Title order={3} size="h4" mb={4}>
        {title}
      </Title>
      <List spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** The brief as a creator reads it, with what the latest version changed on top. */
export function BriefView({ brief }: { brief: PortalCollaboration["brief"] }) {
  const c = brief.content;
  if (!brief.updatedAt) return <Text c="dimmed">The brand has not written the brief yet.</Text>;
  return (
    <Stack gap="md">
      {brief.changes.length > 0 && brief.versions.length > 1 ? (
        <Paper role="note" p="sm" bg="var(--mantine-color-blue-light)" withBorder={false}>
          <Text fw={600} size="sm">
            Changed in the latest version:
          </Text>
          <List size="sm" spacing={2}>
            {brief.changes.map((change) => (
              <List.Item key={change.field}>
                {briefFieldLabels[change.field as keyof BriefContent] ?? change.field}: now “
                {show(change.after)}”{show(change.before) ? ` (was “${show(change.before)}”)` : ""}
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      {c.objective ? <Text style={{ whiteSpace: "pre-wrap" }}>{c.objective}</Text> : null}
      <Section title={briefFieldLabels.keyMessages} items={c.keyMessages} />
      <Section title={briefFieldLabels.talkingPoints} items={c.talkingPoints} />
      {c.creativeGuidelines ? (
        <div>
          <Title order={3} size="h4" mb={4}>
            {briefFieldLabels.creativeGuidelines}
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{c.creativeGuidelines}</Text>
        </div>
      ) : null}
      <Section title={briefFieldLabels.dos} items={c.dos} />
      <Section title={briefFieldLabels.donts} items={c.donts} />
      <Facts
        entries={[
          [briefFieldLabels.requiredDisclosure, c.requiredDisclosure],
          [
            briefFieldLabels.requiredHashtags,
            c.requiredHashtags.map((h) => `#${h.replace(/^#/, "")}`).join(" "),
          ],
          [
            briefFieldLabels.requiredMentions,
            c.requiredMentions.map((m) => `@${m.replace(/^@/, "")}`).join(" "),
          ],
          [briefFieldLabels.forbiddenTerms, c.forbiddenTerms.join(", ")],
          ...c.deadlines.map((d): [string, string] => [d.label, formatDate(d.date)]),
        ]}
      />
      {c.referenceLinks.length ? (
        <div>
          <Title order={3} size="h4" mb={4}>
            {briefFieldLabels.referenceLinks}
          </Title>
          <List spacing={2}>
            {c.referenceLinks.map((l) => (
              <List.Item key={l.url}>
                <Anchor href={l.url} target="_blank" rel="noreferrer noopener">
                  {l.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {c.referenceFiles.length ? (
        <div>
          <Title order={3} size="h4" mb={4}>
            {briefFieldLabels.referenceFiles}
          </Title>
          <ReferenceFileList
            files={c.referenceFiles}
            hrefOf={(file) => `/api/portal/campaigns/${brief.campaignId}/brief/files/${file.id}`}
          />
        </div>
      ) : null}
      <Text size="xs" c="dimmed">
        Version {brief.versions[0]?.version} · updated {formatTime(brief.updatedAt)}
      </Text>
    </Stack>
  );
}
