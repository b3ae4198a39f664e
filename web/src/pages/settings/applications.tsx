import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Link } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type ResponseOf } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { CopyButton, ErrorAlert, Loaded, SkeletonLines } from "../../components/ui";
import { useActiveOrganisation } from "../../session";
import { useIsAdmin } from "./settings-layout";

type Settings = ResponseOf<"/api/v1/application-settings">;

const settingsForm = z.object({
  open: z.boolean(),
  pitch: z.string().max(2000, "Keep the pitch under 2,000 characters"),
  questions: z
    .array(z.object({ text: z.string().max(500, "Keep each question under 500 characters") }))
    .max(10, "Ask at most 10 questions"),
});
type SettingsForm = z.infer<typeof settingsForm>;

function SettingsEditor({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const save = $api.useMutation("put", "/api/v1/application-settings");
  const form = useForm<SettingsForm>({
    resolver: zodResolver(settingsForm),
    defaultValues: { ...settings, questions: settings.questions.map((text) => ({ text })) },
  });
  const questions = useFieldArray({ control: form.control, name: "questions" });
  const errors = form.formState.errors;
  useEffect(() => {
    form.reset({ ...settings, questions: settings.questions.map((text) => ({ text })) });
  }, [settings, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync({ body: { ...values, questions: values.questions.map((q) => q.text) } });
      await invalidate("/api/v1/application-settings");
      notifications.show({ color: "teal", message: "Application page saved." });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
    <form onSubmit={submit} aria-label="Application page" noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <Switch
            label="Take applications"
            description="While off, the page says you are not taking applications."
            size="md"
            {...form.register("open")}
          />
          <Textarea
            label="Pitch"
            description="A few sentences under your name: why a creator would want to work with you."
            autosize
            minRows={3}
            {...form.register("pitch")}
            error={errors.pitch?.message}
          />
          <Text size="sm" fw={500}>
            Questions
          </Text>
          <Text size="xs" c="dimmed" mt={-8}>
            Creators answer each in their own words; every question needs an answer.
          </Text>
          {questions.fields.map((field, index) => (
            <Group key={field.id} gap="sm" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`Question ${index + 1}`}
                style={{ flex: 1 }}
                {...form.register(`questions.${index}.text`)}
                error={errors.questions?.[index]?.text?.message}
              />
              <Button variant="subtle" color="red" onClick={() => questions.remove(index)}>
                Remove
              </Button>
            </Group>
          ))}
          {errors.questions?.message ? (
            <Text c="red" size="sm">
              {errors.questions.message}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="default"
              onClick={() => questions.append({ text: "" })}
              disabled={questions.fields.length >= 10}
            >
              Add a question
            </Button>
          </Group>
          {errors.root ? (
            <Alert color="red" variant="light" role="alert">
              {errors.root.message}
            </Alert>
          ) : null}
          {canEdit ? (
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                Save
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Owners and admins change the application page.
            </Text>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

function ShareLink({ label, path }: { label: string; path: string }) {
  const url = `${window.location.origin}${path}`;
  return (
    <Group gap="sm" wrap="wrap" justify="space-between">
      <div style={{ minWidth: 0, flex: "1 1 16rem" }}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Anchor href={path} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: "anywhere" }}>
          {url}
        </Anchor>
      </div>
      <CopyButton text={url} label="Copy link" />
    </Group>
  );
}

function CampaignLinks({ organisationSlug }: { organisationSlug: string }) {
  const campaigns = $api.useQuery("get", "/api/v1/campaigns", { params: { query: { limit: 200 } } });
  return (
    <Loaded query={campaigns} what="the campaigns" skeleton={<SkeletonLines lines={2} />}>
      {(data) =>
        data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            Each campaign gets its own link once you{" "}
            <Anchor component={Link} to="/campaigns/new" inherit>
              create one
            </Anchor>
            .
          </Text>
        ) : (
          <Stack gap="sm">
            {data.items.map((c) => (
              <ShareLink key={c.id} label={c.name} path={`/apply/${organisationSlug}/${c.slug}`} />
            ))}
          </Stack>
        )
      }
    </Loaded>
  );
}

/** Settings → Applications: the public application page's pitch, questions, whether it is open, and its links. */
export function ApplicationsSettings() {
  const organisation = useActiveOrganisation();
  const canEdit = useIsAdmin();
  const settings = $api.useQuery("get", "/api/v1/application-settings");
  if (!organisation) return <ErrorAlert error="Choose an organisation first." />;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          Your application page
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Share the link in your bio, newsletter or website. Creators who apply arrive in the{" "}
          <Anchor component={Link} to="/creators/applications" inherit>
            Applications inbox
          </Anchor>{" "}
          and get a confirmation email.
        </Text>
        <Loaded query={settings} what="the application settings">
          {(data) => (
            <Stack gap="md">
              {!data.open ? (
                <Alert color="yellow" variant="light">
                  Applications are closed: turn on <Code>Take applications</Code> below before you share the
                  link.
                </Alert>
              ) : null}
              <ShareLink label="For any of your work" path={`/apply/${organisation.slug}`} />
              <SettingsEditor settings={data} canEdit={canEdit} />
            </Stack>
          )}
        </Loaded>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          Links per campaign
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          An application from a campaign's link shows that campaign in the inbox.
        </Text>
        <CampaignLinks organisationSlug={organisation.slug} />
      </Paper>
    </Stack>
  );
}
