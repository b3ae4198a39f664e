import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field } from "../../components/ui";
import { formatTime } from "../../format";
import { ConfirmDialog } from "../settings/confirm-dialog";
import { useIsAdmin } from "../settings/settings-layout";

type Entry = PageItem<ResponseOf<"/api/v1/outreach/do-not-contact">>;

const entryForm = z.object({
  email: z.string().trim().email("Enter an email address"),
  reason: z
    .string()
    .trim()
    .min(1, "Say why, in a few words")
    .max(500, "Keep the reason under 500 characters"),
});
type EntryForm = z.infer<typeof entryForm>;

/** Settings → Do not contact: addresses no outreach email goes to; an opt-out reply adds one by itself. */
export function DoNotContactPage() {
  const isAdmin = useIsAdmin();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const list = $api.useInfiniteQuery(
    "get",
    "/api/v1/outreach/do-not-contact",
    { params: { query: { limit: 50, ...(debounced ? { search: debounced } : {}) } } },
    {
      pageParamName: "cursor",
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  const add = $api.useMutation("post", "/api/v1/outreach/do-not-contact");
  const remove = $api.useMutation("delete", "/api/v1/outreach/do-not-contact/{email}");
  const [removing, setRemoving] = useState<Entry | null>(null);
  const form = useForm<EntryForm>({
    resolver: zodResolver(entryForm),
    defaultValues: { email: "", reason: "" },
  });

  const submit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync({ body: values });
      form.reset();
      await invalidate("/api/v1/outreach/do-not-contact");
      notifications.show({ color: "teal", message: `${values.email} will not be emailed.` });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  async function confirmRemove() {
    if (!removing) return;
    await remove.mutateAsync({ params: { path: { email: removing.email } } });
    await invalidate("/api/v1/outreach/do-not-contact");
    notifications.show({ color: "teal", message: `${removing.email} may be emailed again.` });
    setRemoving(null);
  }

  const columns: Array<Column<Entry>> = [
    {
      id: "email",
      header: "Address",
      required: true,
      cell: (e) => <Text style={{ overflowWrap: "anywhere" }}>{e.email}</Text>,
    },
    { id: "reason", header: "Reason", cell: (e) => e.reason },
    { id: "added", header: "Added", cell: (e) => formatTime(e.createdAt) },
    ...(isAdmin
      ? [
          {
            id: "actions",
            header: "Actions",
            required: true,
            cell: (e: Entry) => (
              <Button
                size="sm"
                variant="light"
                color="red"
                aria-label={`Remove ${e.email}`}
                onClick={() => {
                  remove.reset();
                  setRemoving(e);
                }}
              >
                Remove
              </Button>
            ),
          },
        ]
      : []),
  ];

  const { errors, isSubmitting } = form.formState;
  const rows = list.data?.pages.flatMap((page) => page.items);
  return (
    <Stack gap="lg" component="section" aria-labelledby="dnc-title">
      <div>
        <Title order={2} id="dnc-title" mb={4}>
          Do not contact
        </Title>
        <Text c="dimmed">
          No outreach email goes to these addresses: a bulk send skips them and says why. A creator who
          replies “stop” or “unsubscribe” is added by itself.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <ErrorAlert error={errors.root?.message} title="The address was not added" />
        <Group align="flex-start" gap="md" wrap="wrap">
          <Field
            label="Email address"
            type="email"
            error={errors.email?.message}
            style={{ flex: "1 1 14rem" }}
            {...form.register("email")}
          />
          <Field
            label="Reason"
            placeholder="e.g. asked us not to write"
            error={errors.reason?.message}
            style={{ flex: "2 1 18rem" }}
            {...form.register("reason")}
          />
          <Button type="submit" loading={isSubmitting} mt={{ base: 0, sm: 25 }} h={44}>
            Add to the list
          </Button>
        </Group>
      </Paper>
      <TextInput
        label="Search the list"
        placeholder="A part of the address or the reason"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={420}
      />
      {list.isError ? (
        <ErrorAlert
          error={list.error}
          title="Could not load the do-not-contact list"
          onRetry={() => void list.refetch()}
        />
      ) : (
        <DataTable
          id="do-not-contact"
          caption="Addresses never to email"
          columns={columns}
          rows={rows}
          rowKey={(e) => e.email}
          loading={list.isPending}
          empty={
            debounced
              ? `No address or reason contains “${debounced}”.`
              : "Nobody is on the list: add an address above when someone asks not to be emailed."
          }
          footer={
            list.hasNextPage ? (
              <Group>
                <Button
                  variant="default"
                  loading={list.isFetchingNextPage}
                  onClick={() => void list.fetchNextPage()}
                >
                  Load more addresses
                </Button>
              </Group>
            ) : null
          }
        />
      )}
      <ConfirmDialog
        title="Remove from the do-not-contact list"
        confirmLabel="Remove address"
        opened={removing !== null}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => void confirmRemove().catch(() => undefined)}
        onClose={() => setRemoving(null)}
      >
        Remove {removing?.email}? Outreach email may then be sent to this address again.
      </ConfirmDialog>
    </Stack>
  );
}
