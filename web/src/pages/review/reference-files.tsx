import { Anchor, Button, FileInput, Group, List, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { fetchClient, invalidate } from "../../api/client";
import { ErrorAlert } from "../../components/ui";
import type { Brief, ReferenceFile } from "./types";

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileKind(contentType: string): string {
  if (contentType === "application/pdf") return "PDF";
  return contentType.startsWith("video/") ? "Video" : "Image";
}

/** Each file with a download link, its kind and size; with `onRemove`, a button to take it out. */
export function ReferenceFileList({
  files,
  hrefOf,
  onRemove,
  removing,
}: {
  files: ReferenceFile[];
  hrefOf(file: ReferenceFile): string;
  onRemove?(file: ReferenceFile): void;
  removing?: string | null;
}) {
  if (!files.length) return null;
  return (
    <List spacing={4} listStyleType="none" styles={{ itemWrapper: { display: "block" } }}>
      {files.map((file) => (
        <List.Item key={file.id}>
          <Group gap="xs" wrap="wrap" mih={44}>
            <Anchor href={hrefOf(file)} download={file.name} style={{ overflowWrap: "anywhere" }}>
              {file.name}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {fileKind(file.contentType)} · {fileSize(file.size)}
            </Text>
            {onRemove ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                loading={removing === file.id}
                onClick={() => onRemove(file)}
                aria-label={`Remove ${file.name}`}
              >
                Remove
              </Button>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** The API always answers a successful write with a body; openapi-fetch types it as optional. */
function answered<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new Error("The server sent an empty answer.");
  return result.data;
}

/**
 * The team's view of a brief's files: upload one (image, video or PDF) or remove one; each change is a new version
 * of the brief. With `creatorId` they are this creator's files; downloads always go through the campaign's route.
 */
export function ReferenceFilesEditor({
  campaignId,
  creatorId,
  files,
  label,
}: {
  campaignId: string;
  creatorId?: string;
  files: ReferenceFile[];
  label: string;
}) {
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const request = {
        query: { name: file.name },
        body: file as unknown as string,
        // The bytes go as they are; the server reads the file's type from them.
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { "content-type": "application/octet-stream" },
      };
      return answered(
        creatorId
          ? await fetchClient.POST("/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief/files", {
              ...request,
              params: { path: { campaignId, creatorId }, query: request.query },
            })
          : await fetchClient.POST("/api/v1/campaigns/{campaignId}/brief/files", {
              ...request,
              params: { path: { campaignId }, query: request.query },
            }),
      );
    },
    onSuccess: (brief, file) => changed(brief, `${file.name} added`),
  });
  const remove = useMutation({
    mutationFn: async (file: ReferenceFile) =>
      answered(
        creatorId
          ? await fetchClient.DELETE(
              "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief/files/{fileId}",
              {
                params: { path: { campaignId, creatorId, fileId: file.id } },
              },
            )
          : await fetchClient.DELETE("/api/v1/campaigns/{campaignId}/brief/files/{fileId}", {
              params: { path: { campaignId, fileId: file.id } },
            }),
      ),
    onSuccess: (brief, file) => changed(brief, `${file.name} removed`),
  });

  function changed(brief: Brief, what: string) {
    notifications.show({ color: "teal", message: `${what} (brief version ${brief.versions[0]?.version}).` });
    // A campaign file shows in every creator's brief until their own files replace it.
    void invalidate(
      "/api/v1/campaigns/{campaignId}/brief",
      "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief",
    );
  }

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {label}
      </Text>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          No files yet.
        </Text>
      ) : null}
      <ReferenceFileList
        files={files}
        hrefOf={(file) => `/api/v1/campaigns/${campaignId}/brief/files/${file.id}`}
        onRemove={(file) => remove.mutate(file)}
        removing={remove.isPending ? remove.variables?.id : null}
      />
      <FileInput
        label="Add a file"
        aria-label={`Add a file to ${label.toLowerCase()}`}
        description="Images, videos or PDFs. Creators see them with the brief."
        placeholder={upload.isPending ? "Uploading…" : "Choose a file"}
        accept="image/*,video/*,application/pdf"
        value={null}
        disabled={upload.isPending}
        onChange={(file) => {
          if (file) upload.mutate(file);
        }}
        clearable={false}
        maw={420}
      />
      <ErrorAlert error={upload.error ?? remove.error} />
    </Stack>
  );
}
