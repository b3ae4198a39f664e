import { zodResolver } from "@hookform/resolvers/zod";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { type DragEvent, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router-dom";
import { z } from "zod";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert } from "../../components/ui";
import { formatCount, formatDate, formatMoney, formatTime, platformName } from "../../format";
import { BulkEmailDialog } from "../outreach/bulk-email-dialog";
import {
  allStages,
  exitStages,
  needsReason,
  type PipelineEntry,
  pipelineStages,
  type Stage,
  stageLabels,
  words,
} from "./types";

export type MoveCreator = (entry: PipelineEntry, stage: Stage, reason?: string) => Promise<void>;

interface Props {
  campaignId: string;
  currency: string;
  entries: PipelineEntry[];
  onMove: MoveCreator;
  /** A phone: one list per stage instead of side-by-side columns. */
  compact?: boolean;
}

const reasonForm = z.object({ reason: z.string().trim().min(1, "Say why, in a few words") });

/** Declined and Dropped keep a reason with the stage: asked for here, before the move is sent. */
function ReasonModal({
  move,
  onClose,
  onMove,
}: {
  move: { entry: PipelineEntry; stage: Stage } | null;
  onClose(): void;
  onMove: MoveCreator;
}) {
  const form = useForm({ resolver: zodResolver(reasonForm), defaultValues: { reason: "" } });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.handleSubmit(async ({ reason }) => {
    if (!move) return;
    try {
      await onMove(move.entry, move.stage, reason);
      close();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <Modal
      opened={move !== null}
      onClose={close}
      title={move ? `Move ${move.entry.name} to ${stageLabels[move.stage]}` : ""}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={form.formState.errors.root?.message} />
          <Textarea
            label={move ? `Why is ${move.entry.name} ${stageLabels[move.stage].toLowerCase()}?` : "Reason"}
            description="Kept with the stage, for the team and the report."
            autosize
            minRows={2}
            data-autofocus
            required
            error={form.formState.errors.reason?.message}
            {...form.register("reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={form.formState.isSubmitting}>
              {move ? `Move to ${stageLabels[move.stage]}` : "Move"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "Move to" as a menu of the other stages: the keyboard's and the phone's way to move a card. */
function MoveMenu({ entry, onChoose }: { entry: PipelineEntry; onChoose(stage: Stage): void }) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={`Move ${entry.name} to`} style={{ flexShrink: 0 }}>
          Move to…
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Move {entry.name} to</Menu.Label>
        {allStages
          .filter((s) => s !== entry.stage)
          .map((stage) => (
            <Menu.Item
              key={stage}
              color={needsReason(stage) ? "red" : undefined}
              onClick={() => onChoose(stage)}
            >
              {stageLabels[stage]}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function Overdue({ entry }: { entry: PipelineEntry }) {
  if (!entry.overdue) return null;
  return (
    <Text size="sm" c="red" fw={600}>
      {entry.overdue.count} overdue · {entry.overdue.count > 1 ? "earliest due" : "due"}{" "}
      {formatDate(entry.overdue.earliestDueDate)}
    </Text>
  );
}

/** What a card says about a creator: account, terms, why they left, what is late. */
function EntryDetails({ entry, currency }: { entry: PipelineEntry; currency: string }) {
  return (
    <>
      {entry.primaryAccount ? (
        <Text size="sm" c="dimmed">
          {platformName(entry.primaryAccount.platform)} @{entry.primaryAccount.handle} ·{" "}
          {formatCount(entry.primaryAccount.followers)}
        </Text>
      ) : null}
      {entry.contract ? (
        <Text size="sm">
          Contract v{entry.contract.version}: {formatMoney(entry.contract.committedAmount, currency)}
        </Text>
      ) : entry.openOffer ? (
        <Text size="sm" c="dimmed">
          Offer v{entry.openOffer.version} from the {entry.openOffer.proposedBy}
        </Text>
      ) : null}
      {entry.stageReason ? (
        <Text size="sm" c="dimmed" fs="italic">
          {entry.stageReason}
        </Text>
      ) : null}
      <Overdue entry={entry} />
    </>
  );
}

function CreatorLink({ campaignId, entry }: { campaignId: string; entry: PipelineEntry }) {
  return (
    <Anchor component={Link} to={`/campaigns/${campaignId}/creators/${entry.creatorId}`} fw={600}>
      {entry.name}
    </Anchor>
  );
}

/**
 * The pipeline as columns: drag a card to another stage, or use its "Move to" menu from the keyboard; on a phone,
 * one list per stage with the same menu. Cards flag overdue deliverables with the earliest date missed.
 */
export function PipelineBoard({ campaignId, currency, entries, onMove, compact }: Props) {
  const [over, setOver] = useState<Stage | null>(null);
  const [asking, setAsking] = useState<{ entry: PipelineEntry; stage: Stage } | null>(null);
  const [moveError, setMoveError] = useState<unknown>(null);

  const choose = (entry: PipelineEntry, stage: Stage) => {
    setMoveError(null);
    if (needsReason(stage)) setAsking({ entry, stage });
    else onMove(entry, stage).catch(setMoveError);
  };
  const drop = (stage: Stage) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const entry = entries.find((e) => e.creatorId === event.dataTransfer.getData("text/plain"));
    if (entry && entry.stage !== stage) choose(entry, stage);
  };

  // Declined and Dropped show once someone is in them, or while a card is dragged over them.
  const stages = allStages.filter(
    (stage) =>
      pipelineStages.includes(stage) ||
      entries.some((e) => e.stage === stage) ||
      (!compact && over !== null && exitStages.includes(stage)),
  );
  const overdueTotal = entries.reduce((sum, e) => sum + (e.overdue?.count ?? 0), 0);

  return (
    <Stack gap="sm">
      {overdueTotal ? (
        <Text c="red" fw={600}>
          {overdueTotal} {overdueTotal === 1 ? "deliverable" : "deliverables"} overdue
        </Text>
      ) : (
        <Text c="dimmed">No deliverables overdue</Text>
      )}
      <ErrorAlert error={moveError} title="The creator was not moved" />
      {compact ? (
        <Stack gap="sm">
          {stages.map((stage) => {
            const cards = entries.filter((e) => e.stage === stage);
            return (
              <Paper
                key={stage}
                withBorder
                radius="md"
                p="sm"
                component="section"
                aria-label={`${stageLabels[stage]} list`}
              >
                <Group justify="space-between" mb={cards.length ? "xs" : 0}>
                  <Title order={3} size="h5">
                    {stageLabels[stage]}
                  </Title>
                  <Badge variant="light" color={cards.length ? undefined : "gray"}>
                    {cards.length}
                  </Badge>
                </Group>
                <Stack gap={0}>
                  {cards.map((entry) => (
                    <Group
                      key={entry.creatorId}
                      justify="space-between"
                      wrap="nowrap"
                      align="flex-start"
                      py="xs"
                      style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
                    >
                      <Box miw={0}>
                        <CreatorLink campaignId={campaignId} entry={entry} />
                        <EntryDetails entry={entry} currency={currency} />
                      </Box>
                      <MoveMenu entry={entry} onChoose={(s) => choose(entry, s)} />
                    </Group>
                  ))}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      ) : (
        <Box
          style={{
            display: "grid",
            gridAutoFlow: "column",
            gridAutoColumns: "minmax(200px, 1fr)",
            gap: "var(--mantine-spacing-sm)",
            overflowX: "auto",
            paddingBottom: "var(--mantine-spacing-xs)",
          }}
        >
          {stages.map((stage) => {
            const cards = entries.filter((e) => e.stage === stage);
            return (
              <Paper
                key={stage}
                component="section"
                aria-label={`${stageLabels[stage]} column`}
                data-stage={stage}
                withBorder
                radius="md"
                p="xs"
                bg="var(--mantine-color-default-hover)"
                mih="8rem"
                style={{
                  outline: over === stage ? "2px dashed var(--mantine-primary-color-filled)" : undefined,
                }}
                onDragOver={(e) => {
                  e.preventDefault();
                  setOver(stage);
                }}
                onDragLeave={() => setOver(null)}
                onDrop={drop(stage)}
              >
                <Group justify="space-between" mb="xs" px={4}>
                  <Title order={3} size="h6">
                    {stageLabels[stage]}
                  </Title>
                  <Badge variant="light" size="sm" color={cards.length ? undefined : "gray"}>
                    {cards.length}
                  </Badge>
                </Group>
                <Stack gap="xs">
                  {cards.map((entry) => (
                    <Card
                      key={entry.creatorId}
                      withBorder
                      radius="sm"
                      padding="sm"
                      draggable
                      data-creator={entry.name}
                      style={{ cursor: "grab" }}
                      onDragStart={(e) => e.dataTransfer.setData("text/plain", entry.creatorId)}
                    >
                      <Stack gap={4}>
                        <CreatorLink campaignId={campaignId} entry={entry} />
                        <EntryDetails entry={entry} currency={currency} />
                        <Group justify="flex-end" mt={4}>
                          <MoveMenu entry={entry} onChoose={(s) => choose(entry, s)} />
                        </Group>
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              </Paper>
            );
          })}
        </Box>
      )}
      <ReasonModal move={asking} onClose={() => setAsking(null)} onMove={onMove} />
    </Stack>
  );
}

export function PipelineTable({ campaignId, currency, entries }: Omit<Props, "onMove" | "compact">) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [emailing, setEmailing] = useState(false);
  const toggle = (creatorId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(creatorId);
      else next.delete(creatorId);
      return next;
    });
  const chosen = entries.filter((e) => selected.has(e.creatorId));
  const allChosen = entries.length > 0 && chosen.length === entries.length;
  const columns: Array<Column<PipelineEntry>> = [
    {
      id: "select",
      name: "Select",
      required: true,
      header: (
        <Checkbox
          aria-label="Select every creator"
          checked={allChosen}
          indeterminate={chosen.length > 0 && !allChosen}
          onChange={(event) =>
            setSelected(new Set(event.currentTarget.checked ? entries.map((e) => e.creatorId) : []))
          }
        />
      ),
      cell: (e) => (
        <Checkbox
          aria-label={`Select ${e.name}`}
          checked={selected.has(e.creatorId)}
          onChange={(event) => toggle(e.creatorId, event.currentTarget.checked)}
          styles={{ body: { minHeight: 44, alignItems: "center" } }}
        />
      ),
    },
    {
      id: "creator",
      header: "Creator",
      required: true,
      cell: (e) => <CreatorLink campaignId={campaignId} entry={e} />,
    },
    {
      id: "account",
      header: "Account",
      cell: (e) =>
        e.primaryAccount ? `${platformName(e.primaryAccount.platform)} @${e.primaryAccount.handle}` : "—",
    },
    {
      id: "stage",
      header: "Stage",
      cell: (e) => (
        <>
          {stageLabels[e.stage]}
          {e.stageReason ? (
            <Text span size="sm" c="dimmed">
              {" "}
              ({e.stageReason})
            </Text>
          ) : null}
        </>
      ),
    },
    {
      id: "collaboration",
      header: "Collaboration",
      cell: (e) => <Text tt="capitalize">{e.collaborationType ? words(e.collaborationType) : "—"}</Text>,
    },
    {
      id: "committed",
      header: "Committed",
      align: "right",
      cell: (e) => (e.contract ? formatMoney(e.contract.committedAmount, currency) : "—"),
    },
    { id: "overdue", header: "Overdue", cell: (e) => <Overdue entry={e} /> },
    { id: "since", header: "Since", cell: (e) => formatTime(e.stageChangedAt) },
  ];
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <Button disabled={chosen.length === 0} onClick={() => setEmailing(true)}>
          {chosen.length ? `Send email… (${chosen.length})` : "Send email…"}
        </Button>
        <Text size="sm" c="dimmed">
          {chosen.length ? `${chosen.length} selected` : "Select creators to email them together"}
        </Text>
      </Group>
      <DataTable
        id="pipeline"
        caption="Creators in the campaign"
        columns={columns}
        rows={entries}
        rowKey={(e) => e.creatorId}
        empty="No creators yet: add them from discovery or the search below."
      />
      <BulkEmailDialog
        campaignId={campaignId}
        creators={chosen}
        opened={emailing}
        onClose={(sent) => {
          setEmailing(false);
          if (sent) setSelected(new Set());
        }}
      />
    </Stack>
  );
}
