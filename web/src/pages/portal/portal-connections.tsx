import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { $api, invalidate, type Schemas } from "../../api/client";
import { EmptyState, ErrorAlert, Loaded, SkeletonLines } from "../../components/ui";
import { formatTime, platformName } from "../../format";

type Connection = Schemas["CreatorConnection"];
const platforms: ReadonlyArray<Connection["platform"]> = ["instagram", "youtube", "tiktok"];
const isPlatform = (value: string): value is Connection["platform"] =>
  (platforms as readonly string[]).includes(value);

/** One platform: connect, or who is connected, when it last synced, exactly what is shared, and disconnect. */
function ConnectionCard({ connection }: { connection: Connection }) {
  const start = $api.useMutation("post", "/api/portal/connections/{platform}/start");
  const disconnect = $api.useMutation("delete", "/api/portal/connections/{platform}");
  const [confirming, setConfirming] = useState(false);
  const path = { params: { path: { platform: connection.platform } } };
  const name = platformName(connection.platform);

  async function connect() {
    const { authorizeUrl } = await start.mutateAsync(path);
    // The platform's own sign-in page; it sends the creator back to this page.
    window.location.assign(authorizeUrl);
  }

  async function confirmDisconnect() {
    await disconnect.mutateAsync(path);
    setConfirming(false);
    await invalidate("/api/portal/connections");
  }

  return (
    <Card withBorder component="section" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h3">
            {name}
          </Title>
          {connection.connected ? (
            <Badge color={connection.status === "error" ? "orange" : "teal"} variant="light">
              {connection.status === "error" ? "Connected, last sync failed" : "Connected"}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              Not connected
            </Badge>
          )}
        </Group>
        {connection.connected ? (
          <Text>
            Connected as <strong>@{connection.handle}</strong>
            {connection.lastSyncedAt
              ? `, last synced ${formatTime(connection.lastSyncedAt)}`
              : ", not synced yet"}
            .
          </Text>
        ) : null}
        {connection.statusDetail ? (
          <Text size="sm" c="orange.8">
            {connection.statusDetail}
          </Text>
        ) : null}
        <div>
          <Text size="sm" fw={600}>
            {connection.connected ? "What you share with the brand" : "What connecting shares with the brand"}
          </Text>
          <List size="sm" spacing={2} mt={4}>
            {connection.shares.map((share) => (
              <List.Item key={share.item}>{share.label}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            Read-only: nothing is ever posted for you. The brand sees these figures marked “verified by the
            creator”.
          </Text>
        </div>
        <ErrorAlert error={start.error ?? disconnect.error} />
        {connection.connected ? (
          confirming ? (
            <Group gap="sm">
              <Text size="sm">Stop sharing and delete the access you gave?</Text>
              <Button
                color="red"
                mih={44}
                loading={disconnect.isPending}
                onClick={() => void confirmDisconnect()}
              >
                Disconnect {name}
              </Button>
              <Button variant="default" mih={44} onClick={() => setConfirming(false)}>
                Keep connected
              </Button>
            </Group>
          ) : (
            <Group gap="sm">
              <Button variant="default" mih={44} loading={start.isPending} onClick={() => void connect()}>
                Reconnect
              </Button>
              <Button variant="light" color="red" mih={44} onClick={() => setConfirming(true)}>
                Disconnect
              </Button>
            </Group>
          )
        ) : connection.available ? (
          <Button mih={44} w="fit-content" loading={start.isPending} onClick={() => void connect()}>
            Connect {name}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            The brand has not set up {name} connections yet.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The success note after the platform sent the creator back, naming the account now connected. */
function ConnectedNote({ platform }: { platform: Connection["platform"] }) {
  const status = $api.useQuery("get", "/api/portal/connections/{platform}", {
    params: { path: { platform } },
  });
  const handle = status.data?.connected ? status.data.handle : null;
  return (
    <Alert color="teal" variant="light" role="status" title={`${platformName(platform)} connected`}>
      {handle ? `Connected as @${handle}. ` : ""}Your figures are now shared with the brand, verified by you.
    </Alert>
  );
}

/**
 * Connected accounts: the creator signs in to their own platforms (OAuth) so the brand sees their real audience and
 * post metrics rather than estimates; they see exactly what is shared and can stop at any time.
 */
export function PortalConnectionsPage() {
  const query = $api.useQuery("get", "/api/portal/connections");
  const [params, setParams] = useSearchParams();
  // What the platform's redirect reported, shown once; the address is cleaned so a reload does not repeat it.
  const [outcome] = useState(() => ({
    connected: params.get("connected"),
    error: params.get("error"),
    platform: params.get("platform"),
  }));
  useEffect(() => {
    document.title = "Connected accounts · Amplio";
    if (params.size > 0) setParams({}, { replace: true });
  }, [params, setParams]);

  return (
    <>
      <div>
        <Title order={1}>Connected accounts</Title>
        <Text c="dimmed">
          Connect your own accounts to share your real audience and post results with the brand, instead of
          estimates. You can disconnect at any time.
        </Text>
      </div>
      {outcome.connected && isPlatform(outcome.connected) ? (
        <ConnectedNote platform={outcome.connected} />
      ) : null}
      {outcome.error ? (
        <ErrorAlert
          title={`${outcome.platform ? platformName(outcome.platform) : "The account"} was not connected`}
          error={outcome.error}
        />
      ) : null}
      <Loaded query={query} what="your connected accounts" skeleton={<SkeletonLines lines={8} />}>
        {({ items }) =>
          items.some((c) => c.available || c.connected) ? (
            <Stack gap="md">
              {items.map((connection) => (
                <ConnectionCard key={connection.platform} connection={connection} />
              ))}
            </Stack>
          ) : (
            <EmptyState title="Nothing to connect yet">
              <Text>
                The brand has not set up account connections. When they do, you can connect Instagram, YouTube
                or TikTok here.
              </Text>
            </EmptyState>
          )
        }
      </Loaded>
    </>
  );
}
