import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useSearchParams } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, PageHeader } from "../../components/ui";
import { formatTime } from "../../format";
import { MergeFieldPicker, useInsertAtCursor } from "../outreach/merge-fields";
import { SequencesSection } from "./sequences";

type Template = PageItem<ResponseOf<"/api/v1/templates">>;

const templateForm = z.object({
  name: z.string().trim().min(1, "Enter a name for the template"),
  subject: z.string().trim().min(1, "Enter a subject"),
  body: z.string().trim().min(1, "Write the email"),
});
type TemplateForm = z.infer<typeof templateForm>;

const blank: TemplateForm = { name: "", subject: "", body: "" };

/** Outreach email templates: plain merge fields only, escaped when rendered (see the outreach module). */
export function TemplatesPage() {
  const templates = $api.useQuery("get", "/api/v1/templates", { params: { query: { limit: 200 } } });
  const create = $api.useMutation("post", "/api/v1/templates");
  const replace = $api.useMutation("put", "/api/v1/templates/{templateId}");
  const form = useForm<TemplateForm & { id: string }>({
    resolver: zodResolver(templateForm.extend({ id: z.string() })),
    defaultValues: { ...blank, id: "" },
  });
  const editing = form.watch("id");
  const subject = useInsertAtCursor(form, "subject");
  const body = useInsertAtCursor(form, "body");
  // The picker writes into the subject or the body, whichever the cursor was last in.
  const [target, setTarget] = useState<"subject" | "body">("body");
  const errors = form.formState.errors;
  // ?edit=<id> opens a template in the editor, read afresh: the Edit buttons and the sequences' steps link here.
  const [params, setParams] = useSearchParams();
  const editId = params.get("edit") ?? "";
  const opened = $api.useQuery(
    "get",
    "/api/v1/templates/{templateId}",
    { params: { path: { templateId: editId } } },
    { enabled: editId !== "" },
  );
  // Loaded into the form once per opening: a refetch later must not overwrite what is being typed.
  const loaded = useRef("");
  useEffect(() => {
    const t = opened.data;
    if (!t || loaded.current === t.id) return;
    loaded.current = t.id;
    form.reset({ id: t.id, name: t.name, subject: t.subject, body: t.body });
    window.scrollTo({ top: 0, behavior: "smooth" });
  }, [opened.data, form]);
  const closeEditor = () => {
    loaded.current = "";
    form.reset({ ...blank, id: "" });
    setParams({}, { replace: true });
  };

  const save = form.handleSubmit(async ({ id, ...body }) => {
    try {
      const saved = id
        ? await replace.mutateAsync({ params: { path: { templateId: id } }, body })
        : await create.mutateAsync({ body });
      notifications.show({ color: "teal", message: `Saved “${saved.name}”.` });
      closeEditor();
      await invalidate("/api/v1/templates");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  const edit = (template: Template) => setParams({ edit: template.id });

  const columns: Array<Column<Template>> = [
    {
      id: "name",
      header: "Name",
      required: true,
      cell: (t) => (
        <Text fw={600} miw={120}>
          {t.name}
        </Text>
      ),
    },
    { id: "subject", header: "Subject", cell: (t) => t.subject },
    { id: "created", header: "Created", cell: (t) => formatTime(t.createdAt) },
    { id: "updated", header: "Updated", hiddenByDefault: true, cell: (t) => formatTime(t.updatedAt) },
    {
      id: "actions",
      header: "Actions",
      required: true,
      cell: (t) => (
        <Button size="xs" variant="default" onClick={() => edit(t)} aria-label={`Edit ${t.name}`}>
          Edit
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Email templates"
        description="First contact and follow-ups, personalised with merge fields, and the follow-up sequences made from them. Edit each email per creator before sending."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md" component="form" onSubmit={save} noValidate>
          <Stack>
            <Title order={2} size="h3">
              {editing ? `Edit “${form.getValues("name")}”` : "New template"}
            </Title>
            <ErrorAlert error={errors.root?.message} />
            {opened.isError ? (
              <ErrorAlert
                error={opened.error}
                title="Could not open the template"
                onRetry={() => void opened.refetch()}
              />
            ) : null}
            <Field label="Template name" required error={errors.name?.message} {...form.register("name")} />
            <Field
              label="Subject"
              required
              error={errors.subject?.message}
              {...subject.props}
              onFocus={() => setTarget("subject")}
            />
            <Textarea
              label="Body"
              required
              autosize
              minRows={8}
              error={errors.body?.message}
              description="The signature from Settings → Outreach is added under it."
              {...body.props}
              onFocus={() => setTarget("body")}
            />
            <MergeFieldPicker
              onPick={target === "subject" ? subject.insert : body.insert}
              hint={`Click one to insert it where the cursor is in the ${target}.`}
            />
            <Group justify="flex-end">
              {editing ? (
                <Button variant="default" onClick={closeEditor}>
                  Cancel
                </Button>
              ) : null}
              <Button type="submit" loading={form.formState.isSubmitting}>
                {editing ? "Save changes" : "Create template"}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Stack gap="xs">
          <Title order={2} size="h3">
            Templates
          </Title>
          {templates.isError ? (
            <ErrorAlert
              error={templates.error}
              title="Could not load the templates"
              onRetry={() => void templates.refetch()}
            />
          ) : (
            <DataTable
              id="templates"
              caption="Email templates"
              columns={columns}
              rows={templates.data?.items}
              rowKey={(t) => t.id}
              loading={templates.isPending}
              empty="No templates yet: write the first on this page."
            />
          )}
        </Stack>
      </SimpleGrid>
      <SequencesSection templates={templates.data?.items ?? []} />
    </>
  );
}
