import { Alert, Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { fetchClient, invalidate, type ResponseOf } from "../../api/client";
import { ErrorAlert } from "../../components/ui";
import { formatCount } from "../../format";
import { CsvBox } from "./csv-box";

type ImportResult = ResponseOf<"/api/v1/campaigns/{campaignId}/post-metrics/import", "post">;

const header = "url,captured_at,impressions,reach,views,likes,comments,shares,saves,link_clicks";

/** Metric snapshots for many posts at once, from a platform export; the lines refused are listed with why. */
export function PostMetricsImport({ campaignId }: { campaignId: string }) {
  const [csv, setCsv] = useState("");
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setError(null);
    setResult(null);
    if (!csv.trim()) {
      setError(new Error("Paste the CSV or choose a file first."));
      return;
    }
    setBusy(true);
    try {
      const { data } = await fetchClient.POST("/api/v1/campaigns/{campaignId}/post-metrics/import", {
        params: { path: { campaignId } },
        body: csv,
        bodySerializer: (body) => body,
        headers: { "content-type": "text/csv" },
      });
      setResult(data ?? null);
      if (data && data.rejected.length === 0) setCsv("");
      await invalidate("/api/v1/campaigns/{campaignId}/posts", "/api/v1/posts/{postId}/metrics");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="metrics-import-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="metrics-import-title">
          Import metrics from CSV
        </Title>
        <Text size="sm" c="dimmed">
          One snapshot a line, matched to a post by its URL. Columns:{" "}
          <code style={{ overflowWrap: "anywhere" }}>{header}</code>. An empty cell is unknown, not zero.
        </Text>
        <CsvBox
          label="Metrics CSV"
          hint="Paste it here, or choose a file"
          value={csv}
          onChange={(text) => {
            setCsv(text);
            setResult(null);
          }}
        >
          <Button onClick={() => void send()} loading={busy}>
            Import metrics
          </Button>
        </CsvBox>
        <ErrorAlert error={error} title="The CSV was not imported" />
        {result ? (
          <Alert
            color={result.rejected.length ? "yellow" : "teal"}
            title={`${formatCount(result.imported)} snapshots imported${result.rejected.length ? `, ${formatCount(result.rejected.length)} lines rejected` : ""}`}
            role="status"
          >
            {result.rejected.length ? (
              <Table.ScrollContainer minWidth={0} type="native">
                <Table aria-label="Rejected lines">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Line</Table.Th>
                      <Table.Th>Column</Table.Th>
                      <Table.Th>Why</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.rejected.map((r) => (
                      <Table.Tr key={`${r.line}-${r.field}`}>
                        <Table.Td>{r.line}</Table.Td>
                        <Table.Td>{r.field}</Table.Td>
                        <Table.Td>{r.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              "Every line was imported."
            )}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
