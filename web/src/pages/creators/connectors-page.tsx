import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useForm } from "react-hook-form";
import { Link } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate, type Schemas } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { errorMessage, Loaded, PageHeader } from "../../components/ui";
import { formatTime } from "../../format";

type Connector = Schemas["Connector"];

const statusText: Record<Connector["status"], string> = {
  not_configured: "Not set up",
  idle: "Waiting for its first run",
  ok: "Working",
  rate_limited: "Rate limited: backing off",
  error: "Error",
};
const statusColor: Record<Connector["status"], string> = {
  not_configured: "gray",
  idle: "blue",
  ok: "teal",
  rate_limited: "yellow",
  error: "red",
};

const schema = z.object({
  secret: z.string().trim().max(500, "That is longer than any key the platform gives"),
  businessAccountId: z.string().trim().max(100, "Keep the id under 100 characters"),
  baseUrl: z.union([z.literal(""), z.url({ error: "Enter a full address starting with https://" })]),
  refreshIntervalHours: z
    .number({ error: "Enter a number of hours" })
    .int("Enter whole hours")
    .min(1, "Refresh at most every hour")
    .max(720, "Refresh at least every 30 days (720 hours)"),
});
type Values = z.infer<typeof schema>;

function ConnectorCard({ connector }: { connector: Connector }) {
  const youtube = connector.platform === "youtube";
  const title = youtube ? "YouTube Data API v3" : "Instagram Graph API";
  const save = $api.useMutation("put", "/api/v1/connectors/{platform}");
  const refresh = $api.useMutation("post", "/api/v1/connectors/{platform}/refresh");
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      secret: "",
      businessAccountId: connector.businessAccountId ?? "",
      baseUrl: connector.baseUrl,
      refreshIntervalHours: connector.refreshIntervalHours,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const path = { params: { path: { platform: connector.platform } } };

  async function submit(values: Values) {
    try {
      await save.mutateAsync({
        ...path,
        body: {
          // An empty key field keeps the saved key; only a typed one replaces it.
          ...(values.secret ? (youtube ? { apiKey: values.secret } : { accessToken: values.secret }) : {}),
          ...(youtube ? {} : { businessAccountId: values.businessAccountId || null }),
          // The shown address unchanged is left as saved, so an unset one keeps following the server's default.
          baseUrl: values.baseUrl === connector.baseUrl ? undefined : values.baseUrl || null,
          refreshIntervalHours: values.refreshIntervalHours,
        },
      });
      form.resetField("secret");
      await invalidate("/api/v1/connectors");
      notifications.show({ color: "teal", message: `${title}: saved.` });
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  async function refreshNow() {
    try {
      const result = await refresh.mutateAsync({ ...path, body: {} });
      await invalidate("/api/v1/connectors");
      notifications.show({ color: "teal", message: `Queued ${result.queued} accounts for a refresh.` });
    } catch (error) {
      notifications.show({ color: "red", title: "Could not start a refresh", message: errorMessage(error) });
    }
  }

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="md"
      aria-label={youtube ? "YouTube Data API" : "Instagram Graph API"}
    >
      <Group justify="space-between" gap="sm" wrap="wrap" mb="xs">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Badge color={statusColor[connector.status]} variant="light" size="lg" tt="none">
          {statusText[connector.status]}
        </Badge>
      </Group>
      {connector.statusDetail ? <Text mb="xs">{connector.statusDetail}</Text> : null}
      {youtube ? (
        <Text size="sm" mb="xs">
          Get a key in the Google Cloud console: enable the YouTube Data API v3 for a project, then APIs &amp;
          Services → Credentials → Create credentials → API key. It is also what{" "}
          <Anchor component={Link} to="/creators/youtube">
            Search YouTube
          </Anchor>{" "}
          uses.
        </Text>
      ) : null}
      <Text size="sm" c="dimmed" mb="md">
        Last run {formatTime(connector.lastRunAt)} · next scheduled refresh{" "}
        {formatTime(connector.nextRefreshAt)}
        {connector.backoffUntil ? ` · no calls before ${formatTime(connector.backoffUntil)}` : ""}
      </Text>
      <form onSubmit={form.handleSubmit(submit)} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PasswordInput
              label={youtube ? "API key" : "Access token"}
              autoComplete="off"
              placeholder={connector.keyHint ? `Saved (${connector.keyHint})` : "Not set"}
              description={connector.keyHint ? "Leave empty to keep the saved one" : undefined}
              {...form.register("secret")}
              error={errors.secret?.message}
            />
            {youtube ? null : (
              <TextInput
                label="Business account id"
                {...form.register("businessAccountId")}
                error={errors.businessAccountId?.message}
              />
            )}
            <TextInput
              label="Base URL"
              type="url"
              {...form.register("baseUrl")}
              error={errors.baseUrl?.message}
            />
            <Controller
              control={form.control}
              name="refreshIntervalHours"
              render={({ field, fieldState }) => (
                <NumberInput
                  label="Refresh every (hours)"
                  min={1}
                  max={720}
                  allowDecimal={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === "number" ? v : Number.NaN)}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          </SimpleGrid>
          {errors.root ? (
            <Alert color="red" variant="light" role="alert">
              {errors.root.message}
            </Alert>
          ) : null}
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={isSubmitting}>
              Save
            </Button>
            <Button
              variant="default"
              onClick={() => void refreshNow()}
              disabled={!connector.configured}
              loading={refresh.isPending}
            >
              Refresh now
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function ConnectorsPage() {
  const connectors = $api.useQuery("get", "/api/v1/connectors");
  return (
    <>
      <PageHeader
        title="Platform connectors"
        description="Enrich creator accounts from the official APIs; keys stay on this server."
        actions={
          <Button component={Link} to="/creators" variant="default">
            Back to search
          </Button>
        }
      />
      <Loaded
        query={connectors}
        what="the connectors"
        skeleton={
          <Stack gap="md">
            <Skeleton height={220} radius="md" />
            <Skeleton height={220} radius="md" />
          </Stack>
        }
      >
        {(list) => (
          <Stack gap="md">
            {list.items.map((c) => (
              <ConnectorCard key={c.platform} connector={c} />
            ))}
          </Stack>
        )}
      </Loaded>
    </>
  );
}
