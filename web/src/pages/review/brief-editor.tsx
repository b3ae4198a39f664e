import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SelectField } from "../../components/ui";
import { ReferenceFilesEditor } from "./reference-files";
import { type Brief, type BriefContent, briefFieldLabels } from "./types";

const listFields = [
  "keyMessages",
  "talkingPoints",
  "dos",
  "donts",
  "requiredHashtags",
  "requiredMentions",
  "forbiddenTerms",
] as const;
type ListField = (typeof listFields)[number];

const jurisdictions: Array<{ value: BriefContent["jurisdiction"]; label: string }> = [
  { value: "us", label: "United States" },
  { value: "uk", label: "United Kingdom" },
  { value: "de", label: "Germany" },
  { value: "fr", label: "France" },
  { value: "in", label: "India" },
];

const splitLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const lines = z
  .string()
  .refine(
    (text) => splitLines(text).every((line) => line.length <= 500),
    "Keep each line under 500 characters",
  );

const briefForm = z.object({
  objective: z.string().max(2000, "Keep the objective under 2,000 characters"),
  creativeGuidelines: z.string().max(5000, "Keep the guidelines under 5,000 characters"),
  keyMessages: lines,
  talkingPoints: lines,
  dos: lines,
  donts: lines,
  requiredHashtags: lines,
  requiredMentions: lines,
  forbiddenTerms: lines,
  requiredDisclosure: z.string().max(500, "Keep the disclosure under 500 characters"),
  jurisdiction: z.enum(["de", "fr", "in", "uk", "us"]),
  trackingLink: z.string().max(2000, "Keep the link under 2,000 characters"),
  discountCode: z.string().max(100, "Keep the code under 100 characters"),
  referenceLinks: z.array(
    z.object({
      label: z.string().trim().min(1, "Say what the link shows").max(200, "Keep it under 200 characters"),
      url: z
        .string()
        .trim()
        .refine(
          (text) => /^https?:\/\/\S+$/i.test(text) && URL.canParse(text),
          "Enter the full link, starting with https://",
        ),
    }),
  ),
  deadlines: z.array(
    z.object({
      label: z.string().trim().min(1, "Say what is due").max(200, "Keep it under 200 characters"),
      date: z.string().min(1, "Choose the date"),
    }),
  ),
});
type BriefForm = z.infer<typeof briefForm>;

function formValues(content: BriefContent): BriefForm {
  return {
    objective: content.objective,
    creativeGuidelines: content.creativeGuidelines,
    ...(Object.fromEntries(listFields.map((f) => [f, content[f].join("\n")])) as Record<ListField, string>),
    requiredDisclosure: content.requiredDisclosure,
    jurisdiction: content.jurisdiction,
    trackingLink: content.trackingLink,
    discountCode: content.discountCode,
    referenceLinks: content.referenceLinks,
    deadlines: content.deadlines,
  };
}

/** The first message under a field: the server names list items by index ("keyMessages.2"). */
function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string") return error.message;
  for (const nested of Object.values(error)) {
    const message = messageOf(nested);
    if (message) return message;
  }
  return undefined;
}

/** The campaign's brief, saved as a new version each time; the creator sees what changed. */
export function BriefEditor({ campaignId, brief }: { campaignId: string; brief: Brief }) {
  const form = useForm<BriefForm>({
    resolver: zodResolver(briefForm),
    defaultValues: formValues(brief.content),
  });
  const save = $api.useMutation("put", "/api/v1/campaigns/{campaignId}/brief");
  const links = useFieldArray({ control: form.control, name: "referenceLinks" });
  const deadlines = useFieldArray({ control: form.control, name: "deadlines" });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        params: { path: { campaignId } },
        body: {
          ...values,
          ...(Object.fromEntries(listFields.map((f) => [f, splitLines(values[f])])) as Record<
            ListField,
            string[]
          >),
        },
      });
      form.reset(formValues(saved.content));
      notifications.show({ color: "teal", message: `Brief saved as version ${saved.versions[0]?.version}.` });
      await invalidate(
        "/api/v1/campaigns/{campaignId}/brief",
        "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief",
      );
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate aria-label="Campaign brief">
        <Stack gap="md">
          <Textarea
            label={briefFieldLabels.objective}
            autosize
            minRows={2}
            error={errors.objective?.message}
            {...form.register("objective")}
          />
          <Textarea
            label={briefFieldLabels.creativeGuidelines}
            autosize
            minRows={2}
            error={errors.creativeGuidelines?.message}
            {...form.register("creativeGuidelines")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {listFields.map((field) => (
              <Textarea
                key={field}
                label={briefFieldLabels[field]}
                description="One per line"
                autosize
                minRows={3}
                error={messageOf(errors[field])}
                {...form.register(field)}
              />
            ))}
            <Field
              label={briefFieldLabels.requiredDisclosure}
              error={errors.requiredDisclosure?.message}
              {...form.register("requiredDisclosure")}
            />
            <SelectField
              label={briefFieldLabels.jurisdiction}
              value={form.watch("jurisdiction")}
              onChange={(value) =>
                form.setValue("jurisdiction", value as BriefForm["jurisdiction"], { shouldDirty: true })
              }
              options={jurisdictions}
              error={errors.jurisdiction?.message}
            />
            <Field
              label={briefFieldLabels.trackingLink}
              error={errors.trackingLink?.message}
              {...form.register("trackingLink")}
            />
            <Field
              label={briefFieldLabels.discountCode}
              error={errors.discountCode?.message}
              {...form.register("discountCode")}
            />
          </SimpleGrid>
          <Title order={3} size="h4">
            {briefFieldLabels.referenceLinks}
          </Title>
          {links.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              No links yet: add examples of the look you want, the product page, a mood board.
            </Text>
          ) : null}
          {links.fields.map((row, index) => (
            <Fieldset key={row.id} legend={`Reference link ${index + 1}`} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="xs">
                <Field
                  label="What it shows"
                  error={errors.referenceLinks?.[index]?.label?.message}
                  {...form.register(`referenceLinks.${index}.label`)}
                />
                <Field
                  label="Link"
                  type="url"
                  inputMode="url"
                  placeholder="https://…"
                  error={errors.referenceLinks?.[index]?.url?.message}
                  {...form.register(`referenceLinks.${index}.url`)}
                />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <Button variant="subtle" color="red" size="xs" onClick={() => links.remove(index)}>
                  Remove reference link {index + 1}
                </Button>
              </Group>
            </Fieldset>
          ))}
          <Group>
            <Button variant="light" onClick={() => links.append({ label: "", url: "" })}>
              Add a reference link
            </Button>
          </Group>
          <Title order={3} size="h4">
            {briefFieldLabels.deadlines}
          </Title>
          {deadlines.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              No deadlines yet: add the dates creators work to (concept, drafts, posting window).
            </Text>
          ) : null}
          {deadlines.fields.map((row, index) => (
            <Fieldset key={row.id} legend={`Deadline ${index + 1}`} variant="filled">
              <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="xs">
                <Field
                  label="What is due"
                  error={errors.deadlines?.[index]?.label?.message}
                  {...form.register(`deadlines.${index}.label`)}
                />
                <Controller
                  control={form.control}
                  name={`deadlines.${index}.date`}
                  render={({ field }) => (
                    <DateField
                      label="Date"
                      required
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? "")}
                      error={errors.deadlines?.[index]?.date?.message}
                    />
                  )}
                />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <Button variant="subtle" color="red" size="xs" onClick={() => deadlines.remove(index)}>
                  Remove deadline {index + 1}
                </Button>
              </Group>
            </Fieldset>
          ))}
          <Group>
            <Button variant="light" onClick={() => deadlines.append({ label: "", date: "" })}>
              Add a deadline
            </Button>
          </Group>
          <ErrorAlert error={errors.root?.message} title="The brief was not saved" />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save brief
            </Button>
          </Group>
        </Stack>
      </form>
      <ReferenceFilesEditor
        campaignId={campaignId}
        files={brief.content.referenceFiles}
        label={briefFieldLabels.referenceFiles}
      />
    </Stack>
  );
}
