import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { Link } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type PageItem, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SelectField } from "../../components/ui";

type Sequence = PageItem<ResponseOf<"/api/v1/outreach/sequences">>;

const sequenceForm = z.object({
  id: z.string(),
  name: z
    .string()
    .trim()
    .min(1, "Enter a name for the sequence")
    .max(200, "Keep the name under 200 characters"),
  steps: z
    .array(
      z.object({
        templateId: z.string().min(1, "Choose the template for this step"),
        afterDays: z
          .number({ error: "Enter a number of days" })
          .int("Enter whole days")
          .min(1, "Wait at least 1 day")
          .max(60, "Wait at most 60 days"),
      }),
    )
    .min(1, "Add at least one step")
    .max(10, "At most 10 steps"),
});
type SequenceForm = z.infer<typeof sequenceForm>;

const blank: SequenceForm = { id: "", name: "", steps: [{ templateId: "", afterDays: 3 }] };

/** Follow-up sequences: ordered steps of a template and the days without a reply to wait before it. */
export function SequencesSection({ templates }: { templates: Array<{ id: string; name: string }> }) {
  const sequences = $api.useQuery("get", "/api/v1/outreach/sequences", { params: { query: { limit: 200 } } });
  const create = $api.useMutation("post", "/api/v1/outreach/sequences");
  const replace = $api.useMutation("put", "/api/v1/outreach/sequences/{sequenceId}");
  const form = useForm<SequenceForm>({ resolver: zodResolver(sequenceForm), defaultValues: blank });
  const steps = useFieldArray({ control: form.control, name: "steps" });
  const editing = form.watch("id");
  const { errors, isSubmitting } = form.formState;

  const save = form.handleSubmit(async ({ id, ...body }) => {
    try {
      const saved = id
        ? await replace.mutateAsync({ params: { path: { sequenceId: id } }, body })
        : await create.mutateAsync({ body });
      notifications.show({ color: "teal", message: `Saved the sequence “${saved.name}”.` });
      form.reset(blank);
      await invalidate("/api/v1/outreach/sequences");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  const columns: Array<Column<Sequence>> = [
    { id: "name", header: "Name", required: true, cell: (q) => <Text fw={600}>{q.name}</Text> },
    {
      id: "steps",
      header: "Steps",
      cell: (q) => (
        <Text size="sm">
          {q.steps.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position; the same template may repeat
            <span key={i}>
              {i > 0 ? " · " : ""}
              {i + 1}.{" "}
              <Anchor component={Link} to={`/templates?edit=${s.templateId}`}>
                {s.templateName}
              </Anchor>{" "}
              after {s.afterDays} {s.afterDays === 1 ? "day" : "days"}
            </span>
          ))}
        </Text>
      ),
    },
    {
      id: "actions",
      header: "Actions",
      required: true,
      cell: (q) => (
        <Button
          size="xs"
          variant="default"
          aria-label={`Edit sequence ${q.name}`}
          onClick={() =>
            form.reset({
              id: q.id,
              name: q.name,
              steps: q.steps.map((s) => ({ templateId: s.templateId, afterDays: s.afterDays })),
            })
          }
        >
          Edit
        </Button>
      ),
    },
  ];

  const options = [
    { value: "", label: "— choose a template —" },
    ...templates.map((t) => ({ value: t.id, label: t.name })),
  ];
  return (
    <Stack component="section" aria-labelledby="sequences-title" gap="md" mt="xl">
      <div>
        <Title id="sequences-title" order={2} size="h3">
          Follow-up sequences
        </Title>
        <Text c="dimmed" size="sm">
          Attach one when sending: each step is sent in the same conversation after its days without a reply.
          A reply, an opt-out or moving the creator to another stage stops the rest.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={save} noValidate aria-label="Sequence">
        <Stack>
          <Title order={3} size="h4">
            {editing ? `Edit “${form.getValues("name")}”` : "New sequence"}
          </Title>
          <ErrorAlert error={errors.root?.message ?? errors.steps?.root?.message ?? errors.steps?.message} />
          <Field label="Sequence name" required error={errors.name?.message} {...form.register("name")} />
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: "none" }} aria-label="Steps">
            {steps.fields.map((step, index) => (
              <Paper component="li" key={step.id} withBorder radius="sm" p="sm">
                <Group align="flex-start" gap="sm" wrap="wrap">
                  <div style={{ flex: "2 1 14rem" }}>
                    <Controller
                      control={form.control}
                      name={`steps.${index}.templateId`}
                      render={({ field }) => (
                        <SelectField
                          label={`Step ${index + 1} template`}
                          value={field.value}
                          onChange={field.onChange}
                          options={options}
                          error={errors.steps?.[index]?.templateId?.message}
                        />
                      )}
                    />
                  </div>
                  <Controller
                    control={form.control}
                    name={`steps.${index}.afterDays`}
                    render={({ field }) => (
                      <NumberInput
                        label={`Step ${index + 1} days without a reply`}
                        min={1}
                        max={60}
                        allowDecimal={false}
                        value={field.value}
                        onChange={(value) => field.onChange(typeof value === "number" ? value : Number.NaN)}
                        onBlur={field.onBlur}
                        error={errors.steps?.[index]?.afterDays?.message}
                        style={{ flex: "1 1 10rem" }}
                      />
                    )}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    mt={25}
                    disabled={steps.fields.length === 1}
                    aria-label={`Remove step ${index + 1}`}
                    onClick={() => steps.remove(index)}
                  >
                    Remove
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Group justify="space-between" wrap="wrap">
            <Button
              variant="default"
              disabled={steps.fields.length >= 10}
              onClick={() => steps.append({ templateId: "", afterDays: 3 })}
            >
              Add a step
            </Button>
            <Group gap="xs">
              {editing ? (
                <Button variant="default" onClick={() => form.reset(blank)}>
                  Cancel
                </Button>
              ) : null}
              <Button type="submit" loading={isSubmitting}>
                {editing ? "Save sequence" : "Create sequence"}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
      {sequences.isError ? (
        <ErrorAlert
          error={sequences.error}
          title="Could not load the sequences"
          onRetry={() => void sequences.refetch()}
        />
      ) : (
        <DataTable
          id="sequences"
          caption="Follow-up sequences"
          columns={columns}
          rows={sequences.data?.items}
          rowKey={(q) => q.id}
          loading={sequences.isPending}
          empty="No sequences yet: make one above from your templates, then attach it when you send."
        />
      )}
    </Stack>
  );
}
