import { Button, Code, Group, Text, Title, Tooltip } from "@mantine/core";
import { $api, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { EmptyState, Loaded } from "../../components/ui";
import { formatTime } from "../../format";
import { useIsAdmin } from "./settings-layout";

type AuditEvent = Schemas["AuditEvent"];

const columns: Array<Column<AuditEvent>> = [
  {
    id: "time",
    header: "Time",
    required: true,
    cell: (e) => (
      <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
        <time dateTime={e.createdAt}>{formatTime(e.createdAt)}</time>
      </Text>
    ),
  },
  {
    id: "who",
    header: "Who",
    cell: (e) => (
      <>
        {e.actor.label}
        {e.actor.type === "user" ? null : (
          <Text span c="dimmed" size="sm">
            {" "}
            ({e.actor.type === "api_key" ? "API key" : "system"})
          </Text>
        )}
      </>
    ),
  },
  { id: "action", header: "Action", required: true, cell: (e) => <Code>{e.action}</Code> },
  {
    id: "target",
    header: "Target",
    cell: (e) => (
      <>
        {e.targetType}
        {e.targetId ? (
          <Tooltip label={e.targetId}>
            <Text span c="dimmed" size="sm" ff="monospace">
              {" "}
              {e.targetId.slice(-8)}
            </Text>
          </Tooltip>
        ) : null}
      </>
    ),
  },
];

export function AuditLogSettings() {
  const isAdmin = useIsAdmin();
  if (!isAdmin) return <EmptyState title="The audit log is visible to admins" />;
  return <AuditLog />;
}

function AuditLog() {
  const events = $api.useInfiniteQuery(
    "get",
    "/api/v1/audit-events",
    { params: { query: { limit: 50 } } },
    {
      pageParamName: "cursor",
      // null leaves the cursor out of the first request (undefined would be sent as 0).
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  return (
    <section aria-labelledby="audit-title">
      <Title order={2} id="audit-title" mb="sm">
        Audit log
      </Title>
      <Loaded query={events} what="the audit log">
        {(data) => (
          <DataTable
            id="settings-audit-log"
            caption="Audit log, newest first"
            columns={columns}
            rows={data.pages.flatMap((page) => page.items)}
            rowKey={(e) => e.id}
            empty="Nothing has happened in this organisation yet."
            footer={
              events.hasNextPage ? (
                <Group>
                  <Button
                    variant="default"
                    loading={events.isFetchingNextPage}
                    onClick={() => void events.fetchNextPage()}
                  >
                    Load older events
                  </Button>
                </Group>
              ) : null
            }
          />
        )}
      </Loaded>
    </section>
  );
}
