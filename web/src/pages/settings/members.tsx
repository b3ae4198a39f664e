import { zodResolver } from "@hookform/resolvers/zod";
import {
  Badge,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ReactNode, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate, type Role, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { CopyButton, ErrorAlert, Loaded } from "../../components/ui";
import { formatTime } from "../../format";
import { useSession } from "../../session";
import { ConfirmDialog } from "./confirm-dialog";
import { useIsAdmin } from "./settings-layout";

type Member = Schemas["Member"];
type Invite = Schemas["Invite"];

const roleOptions: Array<{ value: Role; label: string }> = [
  { value: "owner", label: "Owner" },
  { value: "admin", label: "Admin" },
  { value: "member", label: "Member" },
  { value: "viewer", label: "Viewer" },
];
const roleLabel = (role: Role) => roleOptions.find((o) => o.value === role)?.label ?? role;

const pageOptions = {
  pageParamName: "cursor",
  // null leaves the cursor out of the first request (undefined would be sent as 0).
  initialPageParam: null as string | null,
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
};

export function MembersSettings() {
  const isAdmin = useIsAdmin();
  const members = $api.useInfiniteQuery(
    "get",
    "/api/v1/members",
    { params: { query: { limit: 100 } } },
    pageOptions,
  );
  return (
    <Stack gap="xl">
      <section aria-labelledby="members-title">
        <Title order={2} id="members-title" mb="sm">
          Members
        </Title>
        <Loaded query={members} what="the members">
          {(data) => (
            <MembersTable
              members={data.pages.flatMap((page) => page.items)}
              isAdmin={isAdmin}
              more={
                members.hasNextPage ? (
                  <Group>
                    <Button
                      variant="default"
                      loading={members.isFetchingNextPage}
                      onClick={() => void members.fetchNextPage()}
                    >
                      Load more members
                    </Button>
                  </Group>
                ) : null
              }
            />
          )}
        </Loaded>
      </section>
      {isAdmin ? <Invitations /> : null}
    </Stack>
  );
}

function MembersTable({ members, isAdmin, more }: { members: Member[]; isAdmin: boolean; more: ReactNode }) {
  const { session, refresh } = useSession();
  const [removing, setRemoving] = useState<Member | null>(null);
  const updateRole = $api.useMutation("patch", "/api/v1/members/{userId}");
  const remove = $api.useMutation("delete", "/api/v1/members/{userId}");

  async function changeRole(member: Member, role: Role) {
    try {
      await updateRole.mutateAsync({ params: { path: { userId: member.userId } }, body: { role } });
      // A change to my own role changes what this session may do.
      if (member.userId === session?.user.id) await refresh();
      await invalidate("/api/v1/members");
      notifications.show({
        color: "teal",
        message: `${member.name} is now ${roleLabel(role).toLowerCase()}.`,
      });
    } catch {
      // The error shows above the table (updateRole.error).
    }
  }

  async function confirmRemove() {
    if (!removing) return;
    await remove.mutateAsync({ params: { path: { userId: removing.userId } } });
    await invalidate("/api/v1/members", "/api/v1/audit-events");
    notifications.show({ color: "teal", message: `${removing.name} was removed.` });
    setRemoving(null);
  }

  const columns: Array<Column<Member>> = [
    { id: "name", header: "Name", required: true, cell: (m) => m.name },
    { id: "email", header: "Email", cell: (m) => m.email },
    {
      id: "role",
      header: "Role",
      required: true,
      cell: (m) =>
        isAdmin ? (
          <NativeSelect
            aria-label={`Role of ${m.name}`}
            value={m.role}
            data={roleOptions}
            disabled={updateRole.isPending}
            onChange={(e) => void changeRole(m, e.currentTarget.value as Role)}
            miw={120}
          />
        ) : (
          roleLabel(m.role)
        ),
    },
    {
      id: "joined",
      header: "Joined",
      cell: (m) => (
        <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
          {formatTime(m.joinedAt)}
        </Text>
      ),
    },
  ];
  if (isAdmin)
    columns.push({
      id: "actions",
      header: "Actions",
      required: true,
      cell: (m) =>
        m.userId === session?.user.id ? (
          <Badge variant="light" color="gray">
            You
          </Badge>
        ) : (
          <Button
            size="xs"
            variant="light"
            color="red"
            aria-label={`Remove ${m.name}`}
            onClick={() => {
              remove.reset();
              setRemoving(m);
            }}
          >
            Remove
          </Button>
        ),
    });

  return (
    <>
      <ErrorAlert error={updateRole.error} title="The role was not changed" />
      <DataTable
        id="settings-members"
        caption="Members of this organisation"
        columns={columns}
        rows={members}
        rowKey={(m) => m.userId}
        footer={more}
      />
      <ConfirmDialog
        title="Remove member"
        confirmLabel="Remove"
        opened={removing !== null}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => void confirmRemove().catch(() => undefined)}
        onClose={() => setRemoving(null)}
      >
        Remove {removing?.name} ({removing?.email}) from this organisation? They lose access at once.
      </ConfirmDialog>
    </>
  );
}

const inviteForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter the email address to invite")
    .email("Enter an email address like name@example.com"),
  role: z.enum(["owner", "admin", "member", "viewer"]),
});
type InviteForm = z.infer<typeof inviteForm>;

function Invitations() {
  const invites = $api.useInfiniteQuery(
    "get",
    "/api/v1/invites",
    { params: { query: { limit: 100 } } },
    pageOptions,
  );
  const create = $api.useMutation("post", "/api/v1/invites");
  const revoke = $api.useMutation("delete", "/api/v1/invites/{inviteId}");
  const [inviteUrl, setInviteUrl] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Invite | null>(null);
  const form = useForm<InviteForm>({
    resolver: zodResolver(inviteForm),
    defaultValues: { email: "", role: "member" },
  });

  const submit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync({ body: values });
      setInviteUrl(created.url);
      form.reset({ email: "", role: values.role });
      await invalidate("/api/v1/invites");
      notifications.show({ color: "teal", message: `Invitation created for ${created.email}.` });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  async function confirmRevoke() {
    if (!revoking) return;
    await revoke.mutateAsync({ params: { path: { inviteId: revoking.id } } });
    await invalidate("/api/v1/invites");
    notifications.show({ color: "teal", message: `The invitation for ${revoking.email} was revoked.` });
    setRevoking(null);
  }

  const { errors, isSubmitting } = form.formState;
  const inviteColumns: Array<Column<Invite>> = [
    { id: "email", header: "Email", required: true, cell: (i) => i.email },
    { id: "role", header: "Role", cell: (i) => roleLabel(i.role) },
    { id: "sent", header: "Sent", cell: (i) => formatTime(i.createdAt) },
    { id: "expires", header: "Expires", cell: (i) => formatTime(i.expiresAt) },
    {
      id: "actions",
      header: "Actions",
      required: true,
      cell: (i) => (
        <Button
          size="xs"
          variant="light"
          color="red"
          aria-label={`Revoke the invitation for ${i.email}`}
          onClick={() => {
            revoke.reset();
            setRevoking(i);
          }}
        >
          Revoke
        </Button>
      ),
    },
  ];

  return (
    <>
      <section aria-labelledby="invite-title">
        <Title order={2} id="invite-title" mb="sm">
          Invite someone
        </Title>
        <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
          {errors.root ? (
            <ErrorAlert error={errors.root.message} title="The invitation was not created" />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="Email to invite"
              type="email"
              autoComplete="off"
              error={errors.email?.message}
              {...form.register("email")}
            />
            <NativeSelect
              label="Role"
              data={roleOptions}
              error={errors.role?.message}
              {...form.register("role")}
            />
          </SimpleGrid>
          <Group mt="md">
            <Button type="submit" loading={isSubmitting}>
              Create invitation link
            </Button>
          </Group>
        </Paper>
        {inviteUrl ? (
          <Paper withBorder p="md" radius="md" mt="md" role="status" bg="var(--mantine-color-default-hover)">
            <Text size="sm" mb="xs">
              Send this link to the person you invited. It works once and expires in 7 days.
            </Text>
            <Group gap="sm" wrap="nowrap" align="center">
              <Code data-testid="invite-url" style={{ overflowWrap: "anywhere", flex: 1, minWidth: 0 }}>
                {inviteUrl}
              </Code>
              <CopyButton text={inviteUrl} label="Copy link" />
            </Group>
          </Paper>
        ) : null}
      </section>
      <section aria-labelledby="pending-title">
        <Title order={2} id="pending-title" mb="sm">
          Pending invitations
        </Title>
        <Loaded query={invites} what="the invitations">
          {(data) => {
            const pending = data.pages.flatMap((page) => page.items).filter((i) => i.status === "pending");
            return pending.length === 0 && !invites.hasNextPage ? (
              <Text c="dimmed">No invitations are waiting to be accepted.</Text>
            ) : (
              <DataTable
                id="settings-invites"
                caption="Pending invitations"
                columns={inviteColumns}
                rows={pending}
                rowKey={(i) => i.id}
                footer={
                  invites.hasNextPage ? (
                    <Group>
                      <Button
                        variant="default"
                        loading={invites.isFetchingNextPage}
                        onClick={() => void invites.fetchNextPage()}
                      >
                        Load more invitations
                      </Button>
                    </Group>
                  ) : null
                }
              />
            );
          }}
        </Loaded>
      </section>
      <ConfirmDialog
        title="Revoke invitation"
        confirmLabel="Revoke"
        opened={revoking !== null}
        busy={revoke.isPending}
        error={revoke.error}
        onConfirm={() => void confirmRevoke().catch(() => undefined)}
        onClose={() => setRevoking(null)}
      >
        Revoke the invitation for {revoking?.email}? The link they received stops working.
      </ConfirmDialog>
    </>
  );
}
