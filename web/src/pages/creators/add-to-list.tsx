import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";

const newList = "new";

const schema = z
  .object({
    listId: z.string(),
    newName: z.string().trim().max(120, "Keep the name under 120 characters"),
    note: z.string().trim().max(500, "Keep the note under 500 characters"),
  })
  .refine((v) => v.listId !== newList || v.newName.length > 0, {
    path: ["newName"],
    message: "Enter a name for the new list",
  });
type Values = z.infer<typeof schema>;

/**
 * Picks an existing shortlist or names a new one, then hands the list to `onAdd`, which adds the items and returns the
 * message to show. A retry after a failed add goes to the list just made, not a second one.
 */
export function ListTargetForm({
  submitLabel,
  withNote = false,
  disabled = false,
  onAdd,
}: {
  submitLabel: string;
  withNote?: boolean;
  disabled?: boolean;
  /** Adds the items; returns what to tell the person, and whether it needs their attention. */
  onAdd(list: { id: string; name: string }, note: string): Promise<{ message: string; warn?: boolean }>;
}) {
  const lists = $api.useQuery("get", "/api/v1/creator-lists", { params: { query: { limit: 200 } } });
  const createList = $api.useMutation("post", "/api/v1/creator-lists");
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { listId: newList, newName: "", note: "" },
  });
  const listId = form.watch("listId");
  const { errors, isSubmitting } = form.formState;

  async function submit(values: Values) {
    try {
      let target = {
        id: values.listId,
        name: lists.data?.items.find((l) => l.id === values.listId)?.name ?? "",
      };
      if (values.listId === newList) {
        const created = await createList.mutateAsync({ body: { name: values.newName } });
        target = { id: created.id, name: created.name };
        form.reset({ listId: created.id, newName: "", note: values.note });
      }
      const { message, warn } = await onAdd(target, values.note);
      await invalidate("/api/v1/creator-lists");
      notifications.show({ color: warn ? "yellow" : "teal", message });
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  const columns = 1 + (listId === newList ? 1 : 0) + (withNote ? 1 : 0);
  return (
    <form onSubmit={form.handleSubmit(submit)} aria-label="Add to list" noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: columns }} spacing="sm">
          <Controller
            control={form.control}
            name="listId"
            render={({ field }) => (
              <Select
                label="Shortlist"
                searchable
                allowDeselect={false}
                value={field.value}
                onChange={(value) => field.onChange(value ?? newList)}
                data={[
                  { value: newList, label: "New list…" },
                  ...(lists.data?.items ?? []).map((l) => ({
                    value: l.id,
                    label: `${l.name} (${l.creators})`,
                  })),
                ]}
              />
            )}
          />
          {listId === newList ? (
            <TextInput label="New list name" {...form.register("newName")} error={errors.newName?.message} />
          ) : null}
          {withNote ? (
            <TextInput label="Note" {...form.register("note")} error={errors.note?.message} />
          ) : null}
        </SimpleGrid>
        {errors.root ? (
          <Alert color="red" variant="light" role="alert">
            {errors.root.message}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={isSubmitting} disabled={disabled}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** Adds creators to an existing shortlist or a new one; says how many were added. */
export function AddToList({ creatorIds, onDone }: { creatorIds: string[]; onDone?: () => void }) {
  const addItems = $api.useMutation("post", "/api/v1/creator-lists/{listId}/items");
  const count = creatorIds.length;
  return (
    <ListTargetForm
      withNote
      disabled={count === 0}
      submitLabel={`Add ${count === 1 ? "creator" : `${count} creators`} to list`}
      onAdd={async (list, note) => {
        const result = await addItems.mutateAsync({
          params: { path: { listId: list.id } },
          body: { items: creatorIds.map((creatorId) => ({ creatorId, ...(note ? { note } : {}) })) },
        });
        onDone?.();
        return {
          message: `Added ${result.added} to "${list.name}".${result.alreadyIn ? ` ${result.alreadyIn} already in it.` : ""}`,
        };
      }}
    />
  );
}
