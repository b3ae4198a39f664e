import { Button, Checkbox, Group, Menu, Stack, Table, Text } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import type { ReactNode } from "react";
import { LoadingRows } from "./ui";

export interface Column<T> {
  id: string;
  header: ReactNode;
  /** Plain name for the column chooser when the header is not text. */
  name?: string;
  cell(row: T): ReactNode;
  align?: "left" | "right" | "center";
  /** Always shown: the column that names the row. */
  required?: boolean;
  /** Hidden until the reader chooses it. */
  hiddenByDefault?: boolean;
}

/**
 * A table that fits its box: it scrolls inside its own frame (never the page) with its header kept in view, and
 * the reader chooses its columns (remembered per table in this browser).
 */
export function DataTable<T>({
  id,
  caption,
  columns,
  rows,
  rowKey,
  loading,
  empty,
  maxHeight = "70vh",
  footer,
}: {
  /** Names the table for the remembered column choice. */
  id: string;
  caption: string;
  columns: Array<Column<T>>;
  rows: T[] | undefined;
  rowKey(row: T): string;
  loading?: boolean;
  empty?: ReactNode;
  maxHeight?: number | string;
  footer?: ReactNode;
}) {
  const defaults = columns.filter((c) => c.hiddenByDefault).map((c) => c.id);
  const [hidden, setHidden] = useLocalStorage<string[]>({
    key: `amplio.columns.${id}`,
    defaultValue: defaults,
  });
  const visible = columns.filter((c) => c.required || !hidden.includes(c.id));
  const choosable = columns.filter((c) => !c.required);
  return (
    <Stack gap="xs">
      {choosable.length > 0 ? (
        <Group justify="flex-end">
          <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" size="xs">
                Columns ({visible.length} of {columns.length})
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Show columns</Menu.Label>
              {choosable.map((column) => (
                <Menu.Item key={column.id} component="div">
                  <Checkbox
                    label={column.name ?? column.header}
                    checked={!hidden.includes(column.id)}
                    onChange={(event) =>
                      setHidden((current) =>
                        event.currentTarget.checked
                          ? current.filter((c) => c !== column.id)
                          : [...current, column.id],
                      )
                    }
                  />
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={0} maxHeight={maxHeight} type="native">
        <Table stickyHeader striped={false} captionSide="top">
          <caption className="sr-only">{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {visible.map((column) => (
                <Table.Th key={column.id} ta={column.align} style={{ whiteSpace: "nowrap" }}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !rows ? <LoadingRows columns={visible.length} rows={4} /> : null}
            {rows?.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {visible.map((column) => (
                  <Table.Td key={column.id} ta={column.align}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {rows && rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={visible.length}>
                  <Text c="dimmed" ta="center" py="md">
                    {empty ?? "Nothing here yet."}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {footer}
    </Stack>
  );
}
