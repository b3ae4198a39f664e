import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SkeletonLines } from "../../components/ui";
import { useIsAdmin } from "../settings/settings-layout";

const settingsForm = z.object({
  senderName: z
    .string()
    .trim()
    .min(1, "Enter the name creators see")
    .max(200, "Keep it under 200 characters"),
  senderEmail: z.string().trim().email("Enter an email address, such as partnerships@brand.com"),
  dailySendLimit: z
    .number({ error: "Enter how many emails a day, at most" })
    .int("A whole number of emails")
    .min(1, "At least 1 email a day")
    .max(10_000, "At most 10,000 emails a day"),
  signature: z.string().max(2_000, "Keep the signature under 2,000 characters"),
});
type SettingsForm = z.infer<typeof settingsForm>;

/** Settings → Outreach: who outreach email comes from, how much may go out a day, and the signature under it. */
export function OutreachSettingsPage() {
  const isAdmin = useIsAdmin();
  const settings = $api.useQuery("get", "/api/v1/outreach/settings");
  const save = $api.useMutation("put", "/api/v1/outreach/settings");
  const form = useForm<SettingsForm>({
    resolver: zodResolver(settingsForm),
    defaultValues: { senderName: "", senderEmail: "", dailySendLimit: 100, signature: "" },
  });
  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      form.reset(await save.mutateAsync({ body: values }));
      await invalidate("/api/v1/outreach/settings");
      notifications.show({ color: "teal", message: "Outreach settings saved." });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  const { errors, isSubmitting } = form.formState;
  return (
    <Stack gap="lg" component="section" aria-labelledby="outreach-settings-title" maw={720}>
      <div>
        <Title order={2} id="outreach-settings-title" mb={4}>
          Outreach
        </Title>
        <Text c="dimmed">
          The sender creators see, how many outreach emails may go out a day (first messages and follow-ups,
          per UTC day) and the signature under each.
        </Text>
      </div>
      {settings.isPending ? (
        <SkeletonLines lines={6} />
      ) : settings.isError ? (
        <ErrorAlert
          error={settings.error}
          title="Could not load the outreach settings"
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert error={errors.root?.message} title="The settings were not saved" />
            {isAdmin ? null : (
              <Text size="sm" c="dimmed">
                Only owners and admins change these settings.
              </Text>
            )}
            <Field
              label="Sender name"
              required
              disabled={!isAdmin}
              error={errors.senderName?.message}
              hint="Shown as who the email is from, and as {{sender.name}} in templates"
              {...form.register("senderName")}
            />
            <Field
              label="Sender address"
              type="email"
              required
              disabled={!isAdmin}
              error={errors.senderEmail?.message}
              hint="Replies come back to this address; your SMTP server must be allowed to send from it"
              {...form.register("senderEmail")}
            />
            <Controller
              control={form.control}
              name="dailySendLimit"
              render={({ field }) => (
                <NumberInput
                  label="Daily send limit"
                  required
                  disabled={!isAdmin}
                  min={1}
                  max={10_000}
                  allowDecimal={false}
                  description={
                    errors.dailySendLimit
                      ? undefined
                      : "Emails a day at most; follow-ups over it wait for the next day"
                  }
                  error={errors.dailySendLimit?.message}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === "number" ? value : Number.NaN)}
                  onBlur={field.onBlur}
                  name={field.name}
                  ref={field.ref}
                  maw={240}
                />
              )}
            />
            <Textarea
              label="Signature"
              disabled={!isAdmin}
              autosize
              minRows={3}
              error={errors.signature?.message}
              description={
                errors.signature
                  ? undefined
                  : "Plain text put under every outreach email; leave empty for none"
              }
              {...form.register("signature")}
            />
            {isAdmin ? (
              <Group justify="flex-end">
                <Button type="submit" loading={isSubmitting}>
                  Save outreach settings
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
