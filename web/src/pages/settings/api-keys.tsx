import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Badge, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type ResponseOf, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { CopyButton, EmptyState, ErrorAlert, Loaded } from "../../components/ui";
import { formatTime } from "../../format";
import { ConfirmDialog } from "./confirm-dialog";
import { useIsAdmin } from "./settings-layout";

type ApiKey = Schemas["ApiKey"];

const keyForm = z.object({
  name: z.string().trim().min(1, "Enter a name for the key").max(100, "Keep the name under 100 characters"),
});
type KeyForm = z.infer<typeof keyForm>;

export function ApiKeysSettings() {
  const isAdmin = useIsAdmin();
  if (!isAdmin)
    return (
      <EmptyState title="API keys are managed by admins">
        <Text>Ask an owner or admin of this organisation for a key.</Text>
      </EmptyState>
    );
  return <ApiKeys />;
}

function ApiKeys() {
  const keys = $api.useInfiniteQuery(
    "get",
    "/api/v1/api-keys",
    { params: { query: { limit: 100 } } },
    {
      pageParamName: "cursor",
      // null leaves the cursor out of the first request (undefined would be sent as 0).
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  const create = $api.useMutation("post", "/api/v1/api-keys");
  const revoke = $api.useMutation("delete", "/api/v1/api-keys/{apiKeyId}");
  // The secret exists only in this answer: it is kept in memory, never cached or stored.
  const [created, setCreated] = useState<ResponseOf<"/api/v1/api-keys", "post"> | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const form = useForm<KeyForm>({ resolver: zodResolver(keyForm), defaultValues: { name: "" } });

  const submit = form.handleSubmit(async (values) => {
    try {
      setCreated(await create.mutateAsync({ body: values }));
      form.reset();
      await invalidate("/api/v1/api-keys");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  async function confirmRevoke() {
    if (!revoking) return;
    await revoke.mutateAsync({ params: { path: { apiKeyId: revoking.id } } });
    await invalidate("/api/v1/api-keys");
    notifications.show({ color: "teal", message: `“${revoking.name}” was revoked.` });
    setRevoking(null);
  }

  const columns: Array<Column<ApiKey>> = [
    { id: "name", header: "Name", required: true, cell: (k) => k.name },
    { id: "key", header: "Key", cell: (k) => <Code>{k.prefix}…</Code> },
    { id: "created", header: "Created", cell: (k) => formatTime(k.createdAt) },
    { id: "used", header: "Last used", cell: (k) => (k.lastUsedAt ? formatTime(k.lastUsedAt) : "Never") },
    {
      id: "status",
      header: "Status",
      required: true,
      cell: (k) =>
        k.revokedAt ? (
          <Badge color="gray" variant="light">
            Revoked
          </Badge>
        ) : (
          <Badge color="teal" variant="light">
            Active
          </Badge>
        ),
    },
    {
      id: "actions",
      header: "Actions",
      required: true,
      cell: (k) =>
        k.revokedAt ? null : (
          <Button
            size="xs"
            variant="light"
            color="red"
            aria-label={`Revoke ${k.name}`}
            onClick={() => {
              revoke.reset();
              setRevoking(k);
            }}
          >
            Revoke
          </Button>
        ),
    },
  ];

  const { errors, isSubmitting } = form.formState;
  return (
    <Stack gap="lg" component="section" aria-labelledby="keys-title">
      <div>
        <Title order={2} id="keys-title" mb={4}>
          API keys
        </Title>
        <Text c="dimmed">
          Keys let your shop, CRM or scripts call the <Anchor href="/api/docs">Amplio API</Anchor> as this
          organisation.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        {errors.root ? <ErrorAlert error={errors.root.message} title="The key was not created" /> : null}
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            label="Key name"
            placeholder="e.g. Shopify storefront"
            error={errors.name?.message}
            style={{ flex: "1 1 16rem" }}
            {...form.register("name")}
          />
          <Button type="submit" loading={isSubmitting} mt={{ base: 0, sm: 25 }}>
            Create API key
          </Button>
        </Group>
      </Paper>
      {created ? (
        <Paper withBorder p="md" radius="md" role="status" bg="var(--mantine-color-default-hover)">
          <Text size="sm" mb="xs">
            <strong>This key is shown once.</strong> Copy “{created.name}” now and keep it somewhere safe:
            Amplio stores only a hash of it.
          </Text>
          <Group gap="sm" wrap="nowrap" align="center">
            <Code data-testid="new-api-key" style={{ overflowWrap: "anywhere", flex: 1, minWidth: 0 }}>
              {created.key}
            </Code>
            <CopyButton text={created.key} />
          </Group>
        </Paper>
      ) : null}
      <Loaded query={keys} what="the API keys">
        {(data) => (
          <DataTable
            id="settings-api-keys"
            caption="API keys"
            columns={columns}
            rows={data.pages.flatMap((page) => page.items)}
            rowKey={(k) => k.id}
            empty="No API keys yet."
            footer={
              keys.hasNextPage ? (
                <Group>
                  <Button
                    variant="default"
                    loading={keys.isFetchingNextPage}
                    onClick={() => void keys.fetchNextPage()}
                  >
                    Load more keys
                  </Button>
                </Group>
              ) : null
            }
          />
        )}
      </Loaded>
      <ConfirmDialog
        title="Revoke API key"
        confirmLabel="Revoke key"
        opened={revoking !== null}
        busy={revoke.isPending}
        error={revoke.error}
        onConfirm={() => void confirmRevoke().catch(() => undefined)}
        onClose={() => setRevoking(null)}
      >
        Revoke “{revoking?.name}”? Integrations using it stop working at once.
      </ConfirmDialog>
    </Stack>
  );
}
