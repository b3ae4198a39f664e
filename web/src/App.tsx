import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation, useSearchParams } from "react-router-dom";
import { PageLoading } from "./components/page-loading";
import { safeNext } from "./safe-next";
import { SessionProvider, useSession } from "./session";

/**
 * Pages load on demand: the sign-in page ships only what it needs, and charts and heavy pages come with their route.
 * Each page module is fetched once, then cached by the browser as an immutable hashed asset.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
// The signed-in shell and the auth pages are chunks of their own too: the sign-in page loads neither the shell nor
// the form library's schemas until they are needed.
const AppLayout = page(() => import("./components/layout"), "AppLayout");
const SignInPage = page(() => import("./pages/auth"), "SignInPage");
const SignUpPage = page(() => import("./pages/auth"), "SignUpPage");
const InvitePage = page(() => import("./pages/auth"), "InvitePage");
const CampaignCreatePage = page(() => import("./pages/campaigns/campaign-create"), "CampaignCreatePage");
const CampaignEditPage = page(() => import("./pages/campaigns/campaign-edit"), "CampaignEditPage");
const CampaignListPage = page(() => import("./pages/campaigns/campaign-list"), "CampaignListPage");
const CampaignPage = page(() => import("./pages/campaigns/campaign-page"), "CampaignPage");
const CreatorInCampaignPage = page(
  () => import("./pages/campaigns/creator-in-campaign"),
  "CreatorInCampaignPage",
);
const ContractPage = page(() => import("./pages/campaigns/contract-page"), "ContractPage");
const DisclosureCheckPage = page(
  () => import("./pages/compliance/disclosure-check-page"),
  "DisclosureCheckPage",
);
const ConnectorsPage = page(() => import("./pages/creators/connectors-page"), "ConnectorsPage");
const CreatorProfilePage = page(() => import("./pages/creators/creator-profile-page"), "CreatorProfilePage");
const DiscoveryPage = page(() => import("./pages/creators/discovery-page"), "DiscoveryPage");
const CreatorListsPage = page(() => import("./pages/creators/lists-page"), "CreatorListsPage");
const YouTubeSearchPage = page(() => import("./pages/creators/youtube-search-page"), "YouTubeSearchPage");
const AddCreatorPage = page(() => import("./pages/creators/add-creator-page"), "AddCreatorPage");
const ImportCreatorsPage = page(() => import("./pages/creators/import-page"), "ImportCreatorsPage");
const PlannerPage = page(() => import("./pages/planner/planner-page"), "PlannerPage");
const PortalCollaborationPage = page(
  () => import("./pages/portal/portal-collaboration"),
  "PortalCollaborationPage",
);
const PortalDeliverablePage = page(
  () => import("./pages/portal/portal-deliverable"),
  "PortalDeliverablePage",
);
const PortalConnectionsPage = page(
  () => import("./pages/portal/portal-connections"),
  "PortalConnectionsPage",
);
const PortalContractsPage = page(() => import("./pages/portal/portal-contracts"), "PortalContractsPage");
const PortalHomePage = page(() => import("./pages/portal/portal-home"), "PortalHomePage");
const PortalLayout = page(() => import("./pages/portal/portal-layout"), "PortalLayout");
const PortalSignedOutPage = page(() => import("./pages/portal/portal-sign-in"), "PortalSignedOutPage");
const PortalSignInPage = page(() => import("./pages/portal/portal-sign-in"), "PortalSignInPage");
const ComparePage = page(() => import("./pages/reports/compare-page"), "ComparePage");
const CampaignReportPage = page(() => import("./pages/reports/report-page"), "CampaignReportPage");
const ReportsIndexPage = page(() => import("./pages/reports/report-page"), "ReportsIndexPage");
const ContentLibraryPage = page(() => import("./pages/review/content-library-page"), "ContentLibraryPage");
const ReviewPage = page(() => import("./pages/review/review-page"), "ReviewPage");
const ApiKeysSettings = page(() => import("./pages/settings"), "ApiKeysSettings");
const ApplicationsSettings = page(() => import("./pages/settings"), "ApplicationsSettings");
const ApplicationsInboxPage = page(() => import("./pages/applications/inbox-page"), "ApplicationsInboxPage");
const ApplyPage = page(() => import("./pages/applications/apply-page"), "ApplyPage");
const AuditLogSettings = page(() => import("./pages/settings"), "AuditLogSettings");
const CreatorConnectionsSettings = page(() => import("./pages/settings"), "CreatorConnectionsSettings");
const MembersSettings = page(() => import("./pages/settings"), "MembersSettings");
const NotFoundPage = page(() => import("./pages/not-found"), "NotFoundPage");
const SettingsLayout = page(() => import("./pages/settings"), "SettingsLayout");
const OutreachSettingsPage = page(() => import("./pages/outreach"), "OutreachSettingsPage");
const DoNotContactPage = page(() => import("./pages/outreach"), "DoNotContactPage");
const OutboxPage = page(() => import("./pages/outreach"), "OutboxPage");
const TemplatesPage = page(() => import("./pages/templates/templates-page"), "TemplatesPage");
const TodayPage = page(() => import("./pages/today"), "TodayPage");
const TrackingPage = page(() => import("./pages/tracking/tracking-page"), "TrackingPage");
const LivePostsPage = page(() => import("./pages/activation/live-posts-page"), "LivePostsPage");
const LinkPage = page(() => import("./pages/tracking/link-page"), "LinkPage");
const OrderPage = page(() => import("./pages/tracking/order-page"), "OrderPage");
const RenewalsPage = page(() => import("./pages/reports/renewals-page"), "RenewalsPage");
const IntegrationsSettings = page(() => import("./pages/settings"), "IntegrationsSettings");

function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading, signedOut } = useSession();
  const location = useLocation();
  if (loading) return <PageLoading />;
  // After a deliberate sign-out, a later sign-in starts afresh at Today.
  if (!session)
    return (
      <Navigate
        to={
          signedOut ? "/sign-in" : `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`
        }
        replace
      />
    );
  return children;
}

function GuestOnly({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const [params] = useSearchParams();
  if (loading) return <PageLoading />;
  return session ? <Navigate to={safeNext(params.get("next"))} replace /> : children;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route
              path="/sign-in"
              element={
                <GuestOnly>
                  <SignInPage />
                </GuestOnly>
              }
            />
            <Route
              path="/sign-up"
              element={
                <GuestOnly>
                  <SignUpPage />
                </GuestOnly>
              }
            />
            <Route path="/invite/:token" element={<InvitePage />} />
            <Route path="/apply/:organisationSlug" element={<ApplyPage />} />
            <Route path="/apply/:organisationSlug/:campaignSlug" element={<ApplyPage />} />
            <Route path="/portal/sign-in" element={<PortalSignInPage />} />
            <Route path="/portal/signed-out" element={<PortalSignedOutPage />} />
            <Route path="/portal" element={<PortalLayout />}>
              <Route index element={<PortalHomePage />} />
              <Route path="campaigns/:campaignId" element={<PortalCollaborationPage />} />
              <Route path="contracts" element={<PortalContractsPage />} />
              <Route path="connections" element={<PortalConnectionsPage />} />
              <Route path="deliverables/:deliverableId" element={<PortalDeliverablePage />} />
            </Route>
            <Route
              element={
                <RequireSession>
                  <AppLayout />
                </RequireSession>
              }
            >
              <Route index element={<TodayPage />} />
              <Route path="campaigns" element={<CampaignListPage />} />
              <Route path="campaigns/new" element={<CampaignCreatePage />} />
              <Route path="campaigns/:campaignId" element={<CampaignPage />} />
              <Route path="campaigns/:campaignId/edit" element={<CampaignEditPage />} />
              <Route path="campaigns/:campaignId/creators/:creatorId" element={<CreatorInCampaignPage />} />
              <Route path="campaigns/:campaignId/planner" element={<PlannerPage />} />
              <Route path="campaigns/:campaignId/tracking" element={<TrackingPage />} />
              <Route path="campaigns/:campaignId/posts" element={<LivePostsPage />} />
              <Route path="links/:linkId" element={<LinkPage />} />
              <Route path="orders/:orderId" element={<OrderPage />} />
              <Route path="campaigns/:campaignId/creators/:creatorId/review" element={<ReviewPage />} />
              <Route
                path="campaigns/:campaignId/creators/:creatorId/contracts/:contractId"
                element={<ContractPage />}
              />
              <Route path="content-library" element={<ContentLibraryPage />} />
              <Route path="creators" element={<DiscoveryPage />} />
              <Route path="creators/lists" element={<CreatorListsPage />} />
              <Route path="creators/connectors" element={<ConnectorsPage />} />
              <Route path="creators/youtube" element={<YouTubeSearchPage />} />
              <Route path="creators/applications" element={<ApplicationsInboxPage />} />
              <Route path="creators/new" element={<AddCreatorPage />} />
              <Route path="creators/import" element={<ImportCreatorsPage />} />
              <Route path="creators/:creatorId" element={<CreatorProfilePage />} />
              <Route path="disclosure-check" element={<DisclosureCheckPage />} />
              <Route path="templates" element={<TemplatesPage />} />
              <Route path="outbox" element={<OutboxPage />} />
              <Route path="reports" element={<ReportsIndexPage />} />
              <Route path="reports/compare" element={<ComparePage />} />
              <Route path="reports/:campaignId" element={<CampaignReportPage />} />
              <Route path="reports/:campaignId/renewals" element={<RenewalsPage />} />
              <Route path="settings" element={<SettingsLayout />}>
                <Route index element={<MembersSettings />} />
                <Route path="api-keys" element={<ApiKeysSettings />} />
                <Route path="applications" element={<ApplicationsSettings />} />
                <Route path="audit-log" element={<AuditLogSettings />} />
                <Route path="integrations" element={<IntegrationsSettings />} />
                <Route path="outreach" element={<OutreachSettingsPage />} />
                <Route path="do-not-contact" element={<DoNotContactPage />} />
                <Route path="creator-connections" element={<CreatorConnectionsSettings />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </SessionProvider>
  );
}
