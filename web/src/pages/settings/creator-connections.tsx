import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type Schemas } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { CopyButton, ErrorAlert, Loaded, SkeletonLines } from "../../components/ui";
import { formatTime, platformName } from "../../format";
import { ConfirmDialog } from "./confirm-dialog";
import { useIsAdmin } from "./settings-layout";

type Client = Schemas["ConnectionClient"];

/** Where each platform's app is made, and what it calls the id. */
const setup: Record<Client["platform"], { console: string; consoleName: string; idLabel: string }> = {
  instagram: {
    console: "https://developers.facebook.com/apps/",
    consoleName: "Meta for Developers (Instagram API with Instagram Login)",
    idLabel: "Instagram app ID",
  },
  youtube: {
    console: "https://console.cloud.google.com/apis/credentials",
    consoleName: "Google Cloud console (OAuth client, web application)",
    idLabel: "Client ID",
  },
  tiktok: {
    console: "https://developers.tiktok.com/apps/",
    consoleName: "TikTok for Developers (Login Kit)",
    idLabel: "Client key",
  },
};

const clientForm = z.object({
  clientId: z.string().trim().min(1, "Enter the app's id").max(500, "That id is too long"),
  clientSecret: z.string().trim().max(2_000, "That secret is too long"),
});
type ClientForm = z.infer<typeof clientForm>;

function ClientCard({ client, keySet, isAdmin }: { client: Client; keySet: boolean; isAdmin: boolean }) {
  const save = $api.useMutation("put", "/api/v1/creator-connections/clients/{platform}");
  const remove = $api.useMutation("delete", "/api/v1/creator-connections/clients/{platform}");
  const [removing, setRemoving] = useState(false);
  const name = platformName(client.platform);
  const form = useForm<ClientForm>({
    resolver: zodResolver(clientForm),
    defaultValues: { clientId: client.clientId ?? "", clientSecret: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    if (!client.clientSecretSet && !values.clientSecret) {
      form.setError("clientSecret", { message: "Enter the app's secret" });
      return;
    }
    try {
      await save.mutateAsync({
        params: { path: { platform: client.platform } },
        body: {
          clientId: values.clientId,
          ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
        },
      });
      form.reset({ clientId: values.clientId, clientSecret: "" });
      await invalidate("/api/v1/creator-connections");
      notifications.show({ color: "teal", message: `${name} connections are set up.` });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  async function confirmRemove() {
    await remove.mutateAsync({ params: { path: { platform: client.platform } } });
    setRemoving(false);
    form.reset({ clientId: "", clientSecret: "" });
    await invalidate("/api/v1/creator-connections");
  }

  const info = setup[client.platform];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3}>{name}</Title>
          <Badge color={client.clientSecretSet ? "teal" : "gray"} variant="light">
            {client.clientSecretSet ? "Set up" : "Not set up"}
          </Badge>
        </Group>
        <Text size="sm">
          Create the app in <Anchor href={info.console}>{info.consoleName}</Anchor> and register this redirect
          URI:
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code style={{ overflowWrap: "anywhere", flex: 1, minWidth: 0 }}>{client.redirectUri}</Code>
          <CopyButton text={client.redirectUri} />
        </Group>
        <form onSubmit={submit} noValidate>
          {errors.root ? <ErrorAlert error={errors.root.message} title="Not saved" /> : null}
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              label={info.idLabel}
              error={errors.clientId?.message}
              disabled={!isAdmin || !keySet}
              style={{ flex: "1 1 14rem" }}
              {...form.register("clientId")}
            />
            <PasswordInput
              label="Client secret"
              description={client.clientSecretSet ? "Set. Leave empty to keep it." : "Not set"}
              error={errors.clientSecret?.message}
              disabled={!isAdmin || !keySet}
              autoComplete="off"
              style={{ flex: "1 1 14rem" }}
              {...form.register("clientSecret")}
            />
          </Group>
          {isAdmin ? (
            <Group gap="sm" mt="sm">
              <Button type="submit" mih={44} loading={isSubmitting} disabled={!keySet}>
                Save {name}
              </Button>
              {client.clientSecretSet ? (
                <Button variant="light" color="red" mih={44} onClick={() => setRemoving(true)}>
                  Remove
                </Button>
              ) : null}
            </Group>
          ) : null}
        </form>
        {client.updatedAt ? (
          <Text size="xs" c="dimmed">
            Last changed {formatTime(client.updatedAt)}
          </Text>
        ) : null}
      </Stack>
      <ConfirmDialog
        title={`Remove the ${name} app?`}
        confirmLabel="Remove"
        opened={removing}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(false)}
      >
        Creators will no longer be able to connect {name}, and connected accounts stop syncing.
      </ConfirmDialog>
    </Paper>
  );
}

/** The brand's app on each platform, which creators connect their own accounts through (Settings). */
export function CreatorConnectionsSettings() {
  const isAdmin = useIsAdmin();
  const query = $api.useQuery("get", "/api/v1/creator-connections/clients");
  return (
    <Stack gap="lg" component="section" aria-labelledby="connections-title">
      <div>
        <Title order={2} id="connections-title" mb={4}>
          Creator connections
        </Title>
        <Text c="dimmed">
          Creators connect their own Instagram, YouTube and TikTok accounts from the creator portal, so you
          see their real audience and post metrics, marked “verified by the creator”. Set up each platform's
          app here. Secrets are stored encrypted and never shown again.
        </Text>
      </div>
      <Loaded query={query} what="the creator connection settings" skeleton={<SkeletonLines lines={8} />}>
        {(data) => (
          <>
            {data.encryptionKeySet ? null : (
              <Alert color="orange" variant="light" title="The encryption key is missing">
                {data.encryptionKeyProblem}
              </Alert>
            )}
            {isAdmin ? null : (
              <Text size="sm" c="dimmed">
                Only owners and admins can change these.
              </Text>
            )}
            {data.items.map((client) => (
              <ClientCard
                key={client.platform}
                client={client}
                keySet={data.encryptionKeySet}
                isAdmin={isAdmin}
              />
            ))}
          </>
        )}
      </Loaded>
    </Stack>
  );
}
