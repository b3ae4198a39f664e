import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { SelectField } from "../../components/ui";
import { termNames, termRows } from "./offer-terms-rows";
import type { Offer } from "./types";

/**
 * Two offer versions side by side, term by term: each changed term is highlighted and says "changed", so the
 * difference reads without colour. Starts on the latest version against the one before it (keyed by the latest).
 */
export function OfferDiff({ offers, currency }: { offers: Offer[]; currency: string }) {
  const [newerId, setNewerId] = useState(offers[0]?.id ?? "");
  const [olderId, setOlderId] = useState(offers[1]?.id ?? "");
  const newer = offers.find((o) => o.id === newerId);
  const older = offers.find((o) => o.id === olderId);
  if (offers.length < 2 || !newer || !older) return null;
  const before = termRows(older.terms, currency);
  const after = termRows(newer.terms, currency);
  const changed = termNames.filter((t) => before[t] !== after[t]);
  const choices = offers.map((o) => ({
    value: o.id,
    label: `Version ${o.version} from the ${o.proposedBy}`,
  }));
  return (
    <Stack gap="sm" component="section" aria-labelledby="offer-diff-title">
      <Text id="offer-diff-title" fw={600}>
        What changed between versions
      </Text>
      <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        <SelectField label="Older version" value={olderId} onChange={setOlderId} options={choices} />
        <SelectField label="Newer version" value={newerId} onChange={setNewerId} options={choices} />
      </Group>
      <Text size="sm" role="status">
        {changed.length === 0
          ? "The two versions have the same terms."
          : `${changed.length} term${changed.length === 1 ? "" : "s"} changed: ${changed.join(", ")}.`}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" aria-label="Offer versions compared">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Term</Table.Th>
              <Table.Th scope="col">Version {older.version}</Table.Th>
              <Table.Th scope="col">Version {newer.version}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {termNames.map((term) => {
              const differs = before[term] !== after[term];
              return (
                <Table.Tr key={term} data-changed={differs || undefined}>
                  <Table.Th scope="row">
                    <Group gap={6} wrap="nowrap">
                      {term}
                      {differs ? (
                        <Badge size="xs" color="orange" variant="light">
                          changed
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Th>
                  <Table.Td bg={differs ? "var(--mantine-color-red-light)" : undefined}>
                    {before[term]}
                  </Table.Td>
                  <Table.Td
                    bg={differs ? "var(--mantine-color-green-light)" : undefined}
                    fw={differs ? 600 : undefined}
                  >
                    {after[term]}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
