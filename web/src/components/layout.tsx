import { zodResolver } from "@hookform/resolvers/zod";
import {
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  Modal,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  useMantineColorScheme,
} from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Suspense, useState } from "react";
import { useForm } from "react-hook-form";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { z } from "zod";
import { $api, queryClient } from "../api/client";
import { useSession } from "../session";
import { applyServerErrors } from "./form";
import { ErrorAlert, Field, PageLoading, SelectField } from "./ui";

const navigation = [
  { to: "/", label: "Today", end: true },
  { to: "/campaigns", label: "Campaigns" },
  { to: "/creators", label: "Discovery" },
  { to: "/content-library", label: "Content library" },
  { to: "/disclosure-check", label: "Disclosure check" },
  { to: "/reports", label: "Reports" },
  { to: "/reports/compare", label: "Compare" },
  { to: "/templates", label: "Email templates" },
  { to: "/outbox", label: "Outbox" },
  { to: "/settings", label: "Settings" },
];

/** The most specific item the page is under: Compare on /reports/compare, Reports on /reports/{campaign}. */
function currentNavigation(pathname: string) {
  const under = navigation.filter((item) =>
    item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`),
  );
  return under.reduce<(typeof navigation)[number] | undefined>(
    (best, item) => (best && best.to.length >= item.to.length ? best : item),
    undefined,
  );
}

const newOrganisationForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the organisation's name")
    .max(120, "Keep the name under 120 characters"),
  kind: z.enum(["brand", "agency"]),
});

function NewOrganisationDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(id: string): Promise<void>;
}) {
  const form = useForm({
    resolver: zodResolver(newOrganisationForm),
    defaultValues: { name: "", kind: "brand" as const },
  });
  const create = $api.useMutation("post", "/api/v1/organisations");
  const submit = form.handleSubmit(async (values) => {
    try {
      const organisation = await create.mutateAsync({ body: values });
      await onCreated(organisation.id);
      form.reset();
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title="New organisation" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            You become its owner and switch to it straight away.
          </Text>
          <ErrorAlert error={form.formState.errors.root?.message} />
          <Field
            label="Organisation name"
            required
            data-autofocus
            error={form.formState.errors.name?.message}
            {...form.register("name")}
          />
          <SelectField
            label="Kind"
            value={form.watch("kind")}
            onChange={(kind) => form.setValue("kind", kind as "brand" | "agency")}
            error={form.formState.errors.kind?.message}
            options={[
              { value: "brand", label: "Brand" },
              { value: "agency", label: "Agency" },
            ]}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Create organisation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ColorSchemeItem() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const next = colorScheme === "dark" ? "light" : colorScheme === "light" ? "auto" : "dark";
  const label = { light: "Light", dark: "Dark", auto: "Match the system" }[colorScheme];
  return <Menu.Item onClick={() => setColorScheme(next)}>Appearance: {label}</Menu.Item>;
}

export function AppLayout() {
  const { session, signOut, switchOrganisation } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const current = currentNavigation(location.pathname);
  const [navigationOpen, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false);
  const [creating, { open: openCreating, close: closeCreating }] = useDisclosure(false);
  const [switchError, setSwitchError] = useState<unknown>(null);
  // Folded away on a phone, the navigation leaves the tab order and the accessibility tree too.
  const folded = useMediaQuery("(max-width: 48em)") && !navigationOpen;
  if (!session) return null;
  const active = session.organisations.find((o) => o.id === session.activeOrganisationId);

  async function switchTo(organisationId: string) {
    setSwitchError(null);
    try {
      await switchOrganisation(organisationId);
      // Another organisation's answers must never show: every cached read goes.
      queryClient.clear();
      void navigate("/");
    } catch (caught) {
      setSwitchError(caught);
    }
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !navigationOpen } }}
      padding={{ base: "md", sm: "xl" }}
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={toggleNavigation}
              hiddenFrom="sm"
              size="sm"
              aria-label={navigationOpen ? "Close navigation" : "Open navigation"}
            />
            <Link to="/" className="brand" onClick={closeNavigation}>
              <span className="brand-mark" aria-hidden="true">
                A
              </span>
              Amplio
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Menu position="bottom-end" width={260}>
              <Menu.Target>
                <UnstyledButton aria-label="Organisation and account" className="account-button">
                  <Text size="sm" fw={600} truncate maw={{ base: 140, sm: 240 }}>
                    {active?.name ?? "No organisation"}
                  </Text>
                  <Text size="xs" c="dimmed" truncate maw={{ base: 140, sm: 240 }}>
                    {session.user.name}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Switch organisation</Menu.Label>
                {session.organisations.map((o) => (
                  <Menu.Item
                    key={o.id}
                    onClick={() => void switchTo(o.id)}
                    aria-current={o.id === session.activeOrganisationId ? "true" : undefined}
                    fw={o.id === session.activeOrganisationId ? 700 : undefined}
                  >
                    {o.name}
                    {o.kind === "agency" ? " (agency)" : ""}
                  </Menu.Item>
                ))}
                <Menu.Item onClick={openCreating}>+ New organisation</Menu.Item>
                <Menu.Divider />
                <Menu.Label>{session.user.email}</Menu.Label>
                <ColorSchemeItem />
                <Menu.Item
                  color="red"
                  onClick={() => {
                    queryClient.clear();
                    // Signed out locally even if the server could not be told; the sign-in page follows.
                    void signOut().catch(() => undefined);
                  }}
                >
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" inert={folded} style={folded ? { visibility: "hidden" } : undefined}>
        <AppShell.Section grow component={ScrollArea}>
          <Box component="nav" aria-label="Main">
            {navigation.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                active={item === current}
                aria-current={item === current ? "page" : undefined}
                onClick={closeNavigation}
                className="nav-link"
              />
            ))}
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} key={session.activeOrganisationId}>
        <ErrorAlert error={switchError} />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <NewOrganisationDialog
        opened={creating}
        onClose={closeCreating}
        onCreated={async (id) => {
          await switchTo(id);
          closeCreating();
        }}
      />
    </AppShell>
  );
}
