import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Code, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type ResponseOf } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { CopyButton, ErrorAlert, Field } from "../../components/ui";
import { formatDate } from "../../format";
import { useIsAdmin } from "./settings-layout";

type ShopifyConnection = ResponseOf<"/api/v1/integrations/shopify">["items"][number];
type StorefrontKey = ResponseOf<"/api/v1/storefront-keys">["items"][number];

function CopyableValue({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, minWidth: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {value}
        </Code>
        <CopyButton text={value} label="Copy" />
      </Group>
    </Stack>
  );
}

const shopForm = z.object({
  shopDomain: z.string().trim().min(1, "Enter the store's address, e.g. northwind.myshopify.com"),
  webhookSecret: z.string().trim().min(1, "Paste the signing secret Shopify shows under the webhooks"),
});
type ShopForm = z.infer<typeof shopForm>;

function ShopifySection({ admin }: { admin: boolean }) {
  const connections = $api.useQuery("get", "/api/v1/integrations/shopify", {
    params: { query: { limit: 50 } },
  });
  const connect = $api.useMutation("post", "/api/v1/integrations/shopify");
  const [connected, setConnected] = useState<ShopifyConnection | null>(null);
  const form = useForm<ShopForm>({
    resolver: zodResolver(shopForm),
    defaultValues: { shopDomain: "", webhookSecret: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      const connection = await connect.mutateAsync({ body: values });
      setConnected(connection);
      form.reset({ shopDomain: "", webhookSecret: "" });
      notifications.show({ color: "teal", message: `${connection.shopDomain} connected.` });
      await invalidate("/api/v1/integrations/shopify");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const columns: Array<Column<ShopifyConnection>> = [
    { id: "shop", header: "Store", required: true, cell: (c) => c.shopDomain },
    {
      id: "webhook",
      header: "Webhook URL",
      cell: (c) => (
        <Group gap="xs" wrap="nowrap">
          <Code style={{ overflowWrap: "anywhere" }}>{c.webhookUrl}</Code>
          <CopyButton text={c.webhookUrl} label="Copy URL" />
        </Group>
      ),
    },
    { id: "since", header: "Connected", cell: (c) => formatDate(c.createdAt) },
  ];
  return (
    <Stack component="section" aria-labelledby="shopify-title" gap="sm">
      <Title order={2} id="shopify-title">
        Shopify
      </Title>
      <Text size="sm" c="dimmed">
        Orders and refunds arrive from Shopify's webhooks and are attributed to creators by discount code or
        link click.
      </Text>
      {admin ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="form"
          onSubmit={submit}
          noValidate
          aria-label="Connect a Shopify store"
        >
          <Title order={3} size="h4" mb="xs">
            Connect a store
          </Title>
          <List size="sm" mb="sm" type="ordered">
            <List.Item>In Shopify, open Settings → Notifications → Webhooks.</List.Item>
            <List.Item>
              Copy the signing secret shown there ("Your webhooks will be signed with …") and paste it below.
            </List.Item>
            <List.Item>
              After connecting, add two webhooks — Order creation and Refund create, JSON — with the URL
              shown.
            </List.Item>
          </List>
          {errors.root ? (
            <ErrorAlert error={errors.root.message} title="The store was not connected" />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Field
              label="Shop domain"
              placeholder="northwind.myshopify.com"
              error={errors.shopDomain?.message}
              {...form.register("shopDomain")}
            />
            <Field
              label="Webhook signing secret"
              type="password"
              autoComplete="off"
              hint="Kept to check each webhook; never shown again"
              error={errors.webhookSecret?.message}
              {...form.register("webhookSecret")}
            />
          </SimpleGrid>
          <Group mt="md">
            <Button type="submit" loading={isSubmitting}>
              Connect store
            </Button>
          </Group>
        </Paper>
      ) : (
        <Text size="sm">Only owners and admins connect stores.</Text>
      )}
      {connected ? (
        <Alert
          color="teal"
          title={`${connected.shopDomain} is connected: now add the webhooks in Shopify`}
          role="status"
        >
          <Stack gap="sm">
            <CopyableValue
              label="Webhook URL (for Order creation and Refund create)"
              value={connected.webhookUrl}
            />
            <Text size="sm">
              Shopify signs each webhook with the secret you pasted; Amplio refuses any it cannot verify.
            </Text>
          </Stack>
        </Alert>
      ) : null}
      <ErrorAlert
        error={connections.error}
        title="Could not load the stores"
        onRetry={() => void connections.refetch()}
      />
      <DataTable
        id="shopify-connections"
        caption="Connected Shopify stores"
        columns={columns}
        rows={connections.data?.items}
        rowKey={(c) => c.id}
        loading={connections.isPending}
        empty="No store connected yet."
      />
    </Stack>
  );
}

const keyForm = z.object({
  allowedOrigins: z.string().refine(
    (v) =>
      v
        .split(/[\s,]+/)
        .filter(Boolean)
        .every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
    "Addresses like https://shop.example.com, without a path, separated by spaces",
  ),
});
type KeyForm = z.infer<typeof keyForm>;

function StorefrontSection({ admin }: { admin: boolean }) {
  const keys = $api.useQuery("get", "/api/v1/storefront-keys", { params: { query: { limit: 50 } } });
  const create = $api.useMutation("post", "/api/v1/storefront-keys");
  const [created, setCreated] = useState<StorefrontKey | null>(null);
  const form = useForm<KeyForm>({ resolver: zodResolver(keyForm), defaultValues: { allowedOrigins: "" } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ allowedOrigins }) => {
    try {
      const key = await create.mutateAsync({
        body: { allowedOrigins: allowedOrigins.split(/[\s,]+/).filter(Boolean) },
      });
      setCreated(key);
      form.reset({ allowedOrigins: "" });
      await invalidate("/api/v1/storefront-keys");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  const columns: Array<Column<StorefrontKey>> = [
    { id: "key", header: "Publishable key", required: true, cell: (k) => <Code>{k.publishableKey}</Code> },
    {
      id: "origins",
      header: "Allowed sites",
      cell: (k) => (k.allowedOrigins.length ? k.allowedOrigins.join(", ") : "Any site"),
    },
    { id: "created", header: "Created", cell: (k) => formatDate(k.createdAt) },
    {
      id: "snippet",
      header: "Snippet",
      required: true,
      cell: (k) => <CopyButton text={k.snippet} label="Copy snippet" />,
    },
  ];
  return (
    <Stack component="section" aria-labelledby="storefront-title" gap="sm">
      <Title order={2} id="storefront-title">
        Storefront snippet
      </Title>
      <Text size="sm" c="dimmed">
        For a shop that is not on Shopify: the snippet on every page keeps the visitor's click id, and the
        order page reports orders with a publishable key. Such orders await your confirmation before they earn
        commission.
      </Text>
      {admin ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="form"
          onSubmit={submit}
          noValidate
          aria-label="New storefront key"
        >
          <Field
            label="Allowed sites (optional)"
            placeholder="https://shop.example.com"
            hint="Only these sites may report orders with the key; empty allows any"
            error={errors.allowedOrigins?.message}
            {...form.register("allowedOrigins")}
          />
          {errors.root ? <ErrorAlert error={errors.root.message} title="The key was not created" /> : null}
          <Group mt="md">
            <Button type="submit" loading={isSubmitting}>
              Create storefront key
            </Button>
          </Group>
        </Paper>
      ) : null}
      {created ? (
        <Alert color="teal" title="Paste this snippet into every page of the shop" role="status">
          <Stack gap="sm">
            <CopyableValue label="Publishable key" value={created.publishableKey} />
            <CopyableValue label="Snippet" value={created.snippet} />
          </Stack>
        </Alert>
      ) : null}
      <ErrorAlert
        error={keys.error}
        title="Could not load the storefront keys"
        onRetry={() => void keys.refetch()}
      />
      <DataTable
        id="storefront-keys"
        caption="Storefront keys"
        columns={columns}
        rows={keys.data?.items}
        rowKey={(k) => k.id}
        loading={keys.isPending}
        empty="No storefront key yet."
      />
    </Stack>
  );
}

/** Where orders come from: connected Shopify stores and the storefront snippet's keys. */
export function IntegrationsSettings() {
  const admin = useIsAdmin();
  return (
    <Stack gap="xl">
      <ShopifySection admin={admin} />
      <StorefrontSection admin={admin} />
    </Stack>
  );
}
