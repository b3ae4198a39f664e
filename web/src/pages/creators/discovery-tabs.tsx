import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router-dom";

const tabs = [
  { path: "/creators", label: "Your database" },
  { path: "/creators/youtube", label: "Search YouTube" },
];

/** Discovery's two ways to find creators: the database, and YouTube's own channel search. Each is its own address. */
export function DiscoveryTabs() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Tabs value={pathname} onChange={(path) => path && navigate(path)} mb="md">
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path} mih={44}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
