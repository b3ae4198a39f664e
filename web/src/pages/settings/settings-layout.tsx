import { Tabs } from "@mantine/core";
import { type MouseEvent, Suspense } from "react";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import { $api } from "../../api/client";
import { PageHeader, PageLoading } from "../../components/ui";
import { formatDate } from "../../format";
import { useActiveOrganisation } from "../../session";

const sections = [
  { to: "/settings", label: "Members" },
  { to: "/settings/api-keys", label: "API keys" },
  { to: "/settings/applications", label: "Applications" },
  { to: "/settings/audit-log", label: "Audit log" },
  { to: "/settings/integrations", label: "Integrations" },
  { to: "/settings/outreach", label: "Outreach" },
  { to: "/settings/do-not-contact", label: "Do not contact" },
  { to: "/settings/creator-connections", label: "Creator connections" },
];

/** Managing members, keys and the audit log is for owners and admins; the server refuses anyone else. */
export function useIsAdmin(): boolean {
  const organisation = useActiveOrganisation();
  return organisation?.role === "owner" || organisation?.role === "admin";
}

/** A plain click goes through the router; a click with a modifier opens the link as the browser would. */
function routedClick(
  event: MouseEvent<HTMLAnchorElement>,
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void,
) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  onClick?.(event);
}

export function SettingsLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = sections.find((s) => s.to === pathname.replace(/\/$/, ""))?.to ?? sections[0]?.to;
  const organisation = $api.useQuery("get", "/api/v1/organisation");
  const org = organisation.data;
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          org
            ? `${org.name} · ${org.kind === "agency" ? "agency" : "brand"} workspace "${org.slug}" · since ${formatDate(org.createdAt)}`
            : undefined
        }
      />
      {/* Tabs that are links: each section has its own address, and arrow keys move between them. */}
      <Tabs value={current} onChange={(to) => to && void navigate(to)} mb="lg">
        <Tabs.List aria-label="Settings">
          {sections.map((section) => (
            <Tabs.Tab
              key={section.to}
              value={section.to}
              renderRoot={({ onClick, ...props }) => (
                <a {...props} href={section.to} onClick={(event) => routedClick(event, onClick)} />
              )}
            >
              {section.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </>
  );
}
