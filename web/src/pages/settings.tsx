// The settings pages live in ./settings/; App.tsx imports them from here.
export { ApiKeysSettings } from "./settings/api-keys";
export { ApplicationsSettings } from "./settings/applications";
export { AuditLogSettings } from "./settings/audit-log";
export { CreatorConnectionsSettings } from "./settings/creator-connections";
export { IntegrationsSettings } from "./settings/integrations";
export { MembersSettings } from "./settings/members";
export { SettingsLayout } from "./settings/settings-layout";
