import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Menu, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { errorMessage } from "../../components/ui";

type SavedSearch = PageItem<ResponseOf<"/api/v1/saved-searches">>;

const schema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(120, "Keep the name under 120 characters"),
});
type Values = z.infer<typeof schema>;

function toParams(saved: SavedSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(saved.query))
    params.set(key, Array.isArray(value) ? value.join(",") : value);
  return params;
}

/** Applies, saves and deletes saved searches; a saved search is the page address's parameters. */
export function SavedSearches({
  params,
  onPick,
}: {
  params: URLSearchParams;
  onPick(params: URLSearchParams): void;
}) {
  const saved = $api.useQuery("get", "/api/v1/saved-searches", { params: { query: { limit: 200 } } });
  const create = $api.useMutation("post", "/api/v1/saved-searches");
  const remove = $api.useMutation("delete", "/api/v1/saved-searches/{savedSearchId}");
  const [saveOpen, { open: openSave, close: closeSave }] = useDisclosure(false);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: "" } });
  const items = saved.data?.items ?? [];

  async function save(values: Values) {
    try {
      await create.mutateAsync({ body: { name: values.name, query: Object.fromEntries(params) } });
      await invalidate("/api/v1/saved-searches");
      notifications.show({ color: "teal", message: `Saved the search "${values.name}".` });
      form.reset();
      closeSave();
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  async function confirmDelete() {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ params: { path: { savedSearchId: deleting.id } } });
      await invalidate("/api/v1/saved-searches");
      notifications.show({ color: "teal", message: `Deleted the saved search "${deleting.name}".` });
      setDeleting(null);
    } catch (error) {
      notifications.show({ color: "red", title: "Could not delete it", message: errorMessage(error) });
    }
  }

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={saved.isPending}>
            Saved searches ({items.length})
          </Button>
        </Menu.Target>
        <Menu.Dropdown maw="calc(100vw - 1rem)">
          {saved.isError ? (
            <Menu.Item color="red" onClick={() => void saved.refetch()}>
              Could not load them. Try again
            </Menu.Item>
          ) : null}
          {items.length === 0 && !saved.isError ? <Menu.Label>None saved yet</Menu.Label> : null}
          {items.map((s) => (
            <Menu.Item key={s.id} onClick={() => onPick(toParams(s))}>
              {s.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={openSave}>Save this search…</Menu.Item>
          {items.length ? <Menu.Label>Delete</Menu.Label> : null}
          {items.map((s) => (
            <Menu.Item
              key={s.id}
              color="red"
              onClick={() => setDeleting(s)}
              aria-label={`Delete saved search ${s.name}`}
            >
              Delete “{s.name}”
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>

      <Modal opened={saveOpen} onClose={closeSave} title="Save this search">
        <form onSubmit={form.handleSubmit(save)} noValidate>
          <Stack gap="sm">
            <TextInput
              label="Save this search as"
              data-autofocus
              {...form.register("name")}
              error={form.formState.errors.name?.message}
            />
            {form.formState.errors.root ? (
              <Alert color="red" variant="light" role="alert">
                {form.formState.errors.root.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={closeSave}>
                Cancel
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                Save search
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete the saved search?">
        <Text mb="md">“{deleting?.name}” will be deleted. The creators it finds stay.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            Keep it
          </Button>
          <Button color="red" onClick={() => void confirmDelete()} loading={remove.isPending}>
            Delete
          </Button>
        </Group>
      </Modal>
    </>
  );
}
