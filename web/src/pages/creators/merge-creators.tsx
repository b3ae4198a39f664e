import { Alert, Button, Group, Modal, Radio, Select, Stack, Table, Text } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { $api, invalidate, type Schemas } from "../../api/client";
import { ErrorAlert, errorMessage, SkeletonLines } from "../../components/ui";
import { formatCount, platformName } from "../../format";

type Creator = Pick<Schemas["Creator"], "id" | "name" | "email" | "accounts">;
type Side = "survivor" | "duplicate";

/** Creators matching what is typed, one option each (the search answers per account). */
function useCreatorOptions(search: string, excludeId: string) {
  const query = $api.useQuery("get", "/api/v1/creators", {
    params: { query: { q: search.trim() || undefined, limit: 30 } },
  });
  const seen = new Set<string>([excludeId]);
  const options: Array<{ value: string; label: string }> = [];
  for (const item of query.data?.items ?? []) {
    if (seen.has(item.creatorId)) continue;
    seen.add(item.creatorId);
    options.push({ value: item.creatorId, label: `${item.name} (@${item.handle})` });
  }
  return { query, options };
}

function accountsText(creator: Creator) {
  return creator.accounts.length
    ? creator.accounts.map((a) => `${platformName(a.platform)} @${a.handle} (${formatCount(a.followers)})`)
    : ["No accounts"];
}

function SideBySide({
  survivor,
  duplicate,
  keep,
  onKeep,
}: {
  survivor: Creator;
  duplicate: Creator;
  keep: { name: Side; email: Side };
  onKeep(field: "name" | "email", side: Side): void;
}) {
  const choice = (field: "name" | "email", value: (c: Creator) => string) => (
    <Radio.Group
      value={keep[field]}
      onChange={(v) => onKeep(field, v as Side)}
      aria-label={`Which ${field} to keep`}
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Radio value="survivor" label={value(survivor)} styles={{ root: { flex: 1 } }} />
        <Radio value="duplicate" label={value(duplicate)} styles={{ root: { flex: 1 } }} />
      </Group>
    </Radio.Group>
  );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label="The two creators side by side" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Field</Table.Th>
            <Table.Th>
              <Group grow gap="md">
                <span>This creator (stays)</span>
                <span>Duplicate (removed)</span>
              </Group>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>Name</Table.Td>
            <Table.Td>{choice("name", (c) => c.name)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>Email</Table.Td>
            <Table.Td>{choice("email", (c) => c.email ?? "No email")}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td>Accounts</Table.Td>
            <Table.Td>
              <Group grow gap="md" align="flex-start">
                <Text size="sm">{accountsText(survivor).join(", ")}</Text>
                <Text size="sm">{accountsText(duplicate).join(", ")}</Text>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                All accounts are kept.
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * "Merge with…": pick the duplicate by name or handle, compare the two side by side, choose whose name and email
 * stay, and merge: the duplicate's accounts, lists, notes and campaigns move to this creator.
 */
export function MergeCreatorsButton({ creator }: { creator: Creator }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [keep, setKeep] = useState<{ name: Side; email: Side }>({ name: "survivor", email: "survivor" });
  const options = useCreatorOptions(opened ? debounced : "", creator.id);
  const duplicate = $api.useQuery(
    "get",
    "/api/v1/creators/{creatorId}",
    { params: { path: { creatorId: duplicateId ?? "" } } },
    { enabled: Boolean(duplicateId) },
  );
  const merge = $api.useMutation("post", "/api/v1/creators/{creatorId}/merge");

  function pick(id: string | null) {
    setDuplicateId(id);
    merge.reset();
    // Without an email here, the duplicate's is the one worth keeping.
    setKeep({ name: "survivor", email: creator.email ? "survivor" : "duplicate" });
  }

  async function submit() {
    if (!duplicateId) return;
    const merged = await merge.mutateAsync({
      params: { path: { creatorId: creator.id } },
      body: { duplicateId, keep },
    });
    await invalidate("/api/v1/creators", "/api/v1/creator-lists", "/api/v1/campaigns");
    notifications.show({
      color: "teal",
      message: `Merged: ${merged.name} now has ${merged.accounts.length} accounts.`,
    });
    setDuplicateId(null);
    close();
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        Merge with…
      </Button>
      <Modal opened={opened} onClose={close} title={`Merge a duplicate into ${creator.name}`} size="xl">
        <Stack gap="md">
          <Select
            label="Duplicate creator"
            placeholder="Type a name or handle"
            searchable
            clearable
            searchValue={search}
            onSearchChange={setSearch}
            data={options.options}
            value={duplicateId}
            onChange={pick}
            filter={({ options: all }) => all}
            nothingFoundMessage={options.query.isPending ? "Searching…" : "No other creator matches"}
          />
          {duplicateId ? (
            duplicate.isPending ? (
              <SkeletonLines lines={3} />
            ) : duplicate.isError ? (
              <ErrorAlert
                error={duplicate.error}
                title="Could not load that creator"
                onRetry={() => void duplicate.refetch()}
              />
            ) : (
              <>
                <SideBySide
                  survivor={creator}
                  duplicate={duplicate.data}
                  keep={keep}
                  onKeep={(field, side) => setKeep((k) => ({ ...k, [field]: side }))}
                />
                <Text size="sm" c="dimmed">
                  The duplicate's accounts, shortlists and notes, campaigns and everything in them (offers,
                  contracts, content, links, codes, payouts, emails) move to this creator; then the duplicate
                  is removed. The merge is recorded in the audit log.
                </Text>
                {merge.isError ? (
                  <Alert color="red" variant="light" role="alert" title="Could not merge">
                    {errorMessage(merge.error)}
                  </Alert>
                ) : null}
                <Group justify="flex-end">
                  <Button
                    color="red"
                    onClick={() => void submit().catch(() => undefined)}
                    loading={merge.isPending}
                  >
                    Merge {duplicate.data.name} into {creator.name}
                  </Button>
                </Group>
              </>
            )
          ) : (
            <Text c="dimmed">Choose the creator who is the same person as {creator.name}.</Text>
          )}
        </Stack>
      </Modal>
    </>
  );
}
