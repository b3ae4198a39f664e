import {
  Alert,
  Button,
  Code,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { $api, invalidate, type ResponseOf } from "../../api/client";
import { errorMessage, Loaded, PageHeader, SkeletonLines } from "../../components/ui";
import { formatCount, platformName } from "../../format";

type CreatorImport = ResponseOf<"/api/v1/creator-imports/{importId}">;

/** The import's fields in words, for the mapping selects. */
const fieldLabels: Record<string, string> = {
  handle: "Handle",
  profileUrl: "Profile URL",
  platform: "Platform",
  name: "Name",
  followers: "Followers",
  following: "Following",
  postsCount: "Posts count",
  engagementRate: "Engagement rate",
  country: "Country",
  city: "City",
  language: "Language",
  niches: "Niches",
  email: "Email",
  bio: "Bio",
};
const fieldLabel = (field: string) => fieldLabels[field] ?? field;
const platforms = ["instagram", "tiktok", "youtube", "linkedin"];

function Upload({ onUploaded }: { onUploaded(id: string): void }) {
  const [file, setFile] = useState<File | null>(null);
  const upload = $api.useMutation("post", "/api/v1/creator-imports");
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return;
    const content = await file.text();
    const created = await upload.mutateAsync({ body: { fileName: file.name, content } });
    onUploaded(created.id);
  }
  return (
    <Paper withBorder radius="md" p="md" maw={720}>
      <form onSubmit={(e) => void submit(e).catch(() => undefined)} aria-label="Upload a file" noValidate>
        <Stack gap="sm">
          <FileInput
            label="CSV or JSON file"
            description="A CSV with a header row, or a JSON array of objects; up to 10 MB. Accounts already in Amplio are updated, never duplicated."
            placeholder="Choose a file"
            accept=".csv,.json,text/csv,application/json"
            value={file}
            onChange={setFile}
            clearable
          />
          {upload.isError ? (
            <Alert color="red" variant="light" role="alert" title="Could not read the file">
              {errorMessage(upload.error)}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              Upload and preview
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Mapping({ data }: { data: CreatorImport }) {
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(data.preview.columns.map((c) => [c.name, c.field ?? ""])),
  );
  const [platform, setPlatform] = useState("");
  const start = $api.useMutation("post", "/api/v1/creator-imports/{importId}/start");
  const options = [
    { value: "", label: "Leave out" },
    ...data.fields.map((f) => ({ value: f, label: fieldLabel(f) })),
  ];
  async function submit() {
    await start.mutateAsync({
      params: { path: { importId: data.id } },
      body: {
        mapping: Object.fromEntries(
          Object.entries(mapping).map(([column, field]) => [column, field || null]),
        ),
        ...(platform ? { platform: platform as "instagram" } : {}),
      },
    });
    await invalidate("/api/v1/creator-imports");
  }
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h3" mb={4}>
          Check the columns
        </Title>
        <Text c="dimmed" size="sm" mb="sm">
          {data.fileName}: {formatCount(data.totalRows)} rows. Each column's field is guessed from its header;
          change any that is wrong. Handle (or profile URL) and followers are needed.
        </Text>
        <Table.ScrollContainer minWidth={Math.max(480, data.preview.columns.length * 190)}>
          <Table striped aria-label="Column mapping and the first rows">
            <Table.Thead>
              <Table.Tr>
                {data.preview.columns.map((c) => (
                  <Table.Th key={c.name} miw={180}>
                    <NativeSelect
                      label={c.name}
                      aria-label={`Field for column ${c.name}`}
                      data={options}
                      value={mapping[c.name] ?? ""}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setMapping((m) => ({ ...m, [c.name]: value }));
                      }}
                    />
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.preview.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are fixed and have no id
                <Table.Tr key={r}>
                  {row.map((value, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in order
                    <Table.Td key={i} style={{ overflowWrap: "anywhere" }}>
                      {value}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
        <NativeSelect
          label="Platform of rows without one"
          description="Used when a row has no platform column or profile URL"
          data={[
            { value: "", label: "None: such rows are rejected" },
            ...platforms.map((p) => ({ value: p, label: platformName(p) })),
          ]}
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value)}
        />
      </SimpleGrid>
      {start.isError ? (
        <Alert color="red" variant="light" role="alert" title="Could not start the import">
          {errorMessage(start.error)}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={() => void submit().catch(() => undefined)} loading={start.isPending}>
          Import {formatCount(data.totalRows)} rows
        </Button>
      </Group>
    </Stack>
  );
}

function Outcome({ data }: { data: CreatorImport }) {
  const running = data.status === "queued" || data.status === "running";
  const share = data.totalRows ? Math.round((data.rowsRead / data.totalRows) * 100) : 0;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" aria-label="Import progress" component="section">
        <Title order={2} size="h3" mb="xs">
          {running ? "Importing…" : data.status === "done" ? "Import finished" : "Import failed"}
        </Title>
        <Progress value={running ? share : 100} animated={running} aria-label="Rows read" mb="xs" />
        <Text aria-live="polite">
          {formatCount(data.rowsRead)} of {formatCount(data.totalRows)} rows read
          {data.status === "queued" ? " (waiting for the background worker)" : ""}
        </Text>
        {data.status === "done" ? (
          <Text mt="xs">
            <strong>{formatCount(data.imported)}</strong> added, <strong>{formatCount(data.updated)}</strong>{" "}
            updated, <strong>{formatCount(data.unchanged)}</strong> unchanged,{" "}
            <strong>{formatCount(data.rejected)}</strong> rejected.
          </Text>
        ) : null}
        {data.status === "failed" ? (
          <Alert color="red" variant="light" role="alert" mt="sm">
            {data.error}
          </Alert>
        ) : null}
      </Paper>
      {data.status === "done" && data.rejected > 0 ? (
        <Paper withBorder radius="md" p="md" component="section" aria-label="Rejected rows">
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Title order={2} size="h3">
              Rejected rows
            </Title>
            <Button
              component="a"
              href={`/api/v1/creator-imports/${data.id}/rejected.csv`}
              variant="default"
              download
            >
              Download rejected rows (CSV)
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            Fix these lines in your file and import it again: rows already imported are not duplicated.
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table striped aria-label="Rejected rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Reason</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rejections.map((r) => (
                  <Table.Tr key={`${r.line}-${r.field}`}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>{fieldLabel(r.field)}</Table.Td>
                    <Table.Td>{r.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.rejected > data.rejections.length ? (
            <Text size="sm" c="dimmed" mt="xs">
              Showing the first {data.rejections.length} of {formatCount(data.rejected)}; the download has up
              to 1,000.
            </Text>
          ) : null}
        </Paper>
      ) : null}
      {data.status === "done" ? (
        <Group>
          <Button component={Link} to="/creators">
            See the creators
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ImportView({ importId }: { importId: string }) {
  const query = $api.useQuery(
    "get",
    "/api/v1/creator-imports/{importId}",
    { params: { path: { importId } } },
    {
      // Progress is polled while the background job runs.
      refetchInterval: (q) => {
        const status = q.state.data?.status;
        return status === "queued" || status === "running" ? 1_000 : false;
      },
    },
  );
  return (
    <Loaded query={query} what="the import" skeleton={<SkeletonLines lines={6} />}>
      {(data) => (data.status === "uploaded" ? <Mapping data={data} /> : <Outcome data={data} />)}
    </Loaded>
  );
}

/** Import creators from a CSV or JSON export: upload, check the column mapping, follow the progress, fix rejects. */
export function ImportCreatorsPage() {
  const [params, setParams] = useSearchParams();
  const importId = params.get("id");
  return (
    <>
      <PageHeader
        title="Import creators"
        description="From a CSV or JSON export of another tool, an agency sheet or a marketplace."
        actions={
          <>
            {importId ? (
              <Button variant="default" onClick={() => setParams({})}>
                Import another file
              </Button>
            ) : null}
            <Button component={Link} to="/creators/new" variant="default">
              Add one by hand
            </Button>
          </>
        }
      />
      {importId ? <ImportView importId={importId} /> : <Upload onUploaded={(id) => setParams({ id })} />}
      {importId ? null : (
        <Text size="sm" c="dimmed" mt="md">
          Files over 10 MB: the command line streams files of any size,{" "}
          <Code>amplio creators import &lt;file&gt; --org &lt;slug&gt;</Code>.
        </Text>
      )}
    </>
  );
}
