import type { ReactNode } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation, useSearchParams } from "react-router-dom";
import { AppLayout } from "./components/layout";
import { InvitePage, SignInPage, SignUpPage, safeNext } from "./pages/auth";
import { CampaignCreatePage } from "./pages/campaigns/campaign-create";
import { CampaignListPage } from "./pages/campaigns/campaign-list";
import { CampaignPage } from "./pages/campaigns/campaign-page";
import { CreatorInCampaignPage } from "./pages/campaigns/creator-in-campaign";
import { DisclosureCheckPage } from "./pages/compliance/disclosure-check-page";
import { ConnectorsPage } from "./pages/creators/connectors-page";
import { CreatorProfilePage } from "./pages/creators/creator-profile-page";
import { DiscoveryPage } from "./pages/creators/discovery-page";
import { CreatorListsPage } from "./pages/creators/lists-page";
import { OverviewPage } from "./pages/overview";
import { PlannerPage } from "./pages/planner/planner-page";
import { PortalCollaborationPage } from "./pages/portal/portal-collaboration";
import { PortalDeliverablePage } from "./pages/portal/portal-deliverable";
import { PortalHomePage } from "./pages/portal/portal-home";
import { PortalLayout } from "./pages/portal/portal-layout";
import { PortalSignedOutPage, PortalSignInPage } from "./pages/portal/portal-sign-in";
import { ComparePage } from "./pages/reports/compare-page";
import { CampaignReportPage, ReportsIndexPage } from "./pages/reports/report-page";
import { ContentLibraryPage } from "./pages/review/content-library-page";
import { ReviewPage } from "./pages/review/review-page";
import { ApiKeysSettings, AuditLogSettings, MembersSettings, SettingsLayout } from "./pages/settings";
import { TemplatesPage } from "./pages/templates/templates-page";
import { TrackingPage } from "./pages/tracking/tracking-page";
import { SessionProvider, useSession } from "./session";

function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading, signedOut } = useSession();
  const location = useLocation();
  if (loading) return <div className="boot" aria-busy="true" />;
  // After a deliberate sign-out, a later sign-in starts afresh at the overview.
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
  if (loading) return <div className="boot" aria-busy="true" />;
  return session ? <Navigate to={safeNext(params.get("next"))} replace /> : children;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
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
          <Route path="/portal/sign-in" element={<PortalSignInPage />} />
          <Route path="/portal/signed-out" element={<PortalSignedOutPage />} />
          <Route path="/portal" element={<PortalLayout />}>
            <Route index element={<PortalHomePage />} />
            <Route path="campaigns/:campaignId" element={<PortalCollaborationPage />} />
            <Route path="deliverables/:deliverableId" element={<PortalDeliverablePage />} />
          </Route>
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<OverviewPage />} />
            <Route path="campaigns" element={<CampaignListPage />} />
            <Route path="campaigns/new" element={<CampaignCreatePage />} />
            <Route path="campaigns/:campaignId" element={<CampaignPage />} />
            <Route path="campaigns/:campaignId/creators/:creatorId" element={<CreatorInCampaignPage />} />
            <Route path="campaigns/:campaignId/planner" element={<PlannerPage />} />
            <Route path="campaigns/:campaignId/tracking" element={<TrackingPage />} />
            <Route path="campaigns/:campaignId/creators/:creatorId/review" element={<ReviewPage />} />
            <Route path="content-library" element={<ContentLibraryPage />} />
            <Route path="creators" element={<DiscoveryPage />} />
            <Route path="creators/lists" element={<CreatorListsPage />} />
            <Route path="creators/connectors" element={<ConnectorsPage />} />
            <Route path="creators/:creatorId" element={<CreatorProfilePage />} />
            <Route path="disclosure-check" element={<DisclosureCheckPage />} />
            <Route path="templates" element={<TemplatesPage />} />
            <Route path="reports" element={<ReportsIndexPage />} />
            <Route path="reports/compare" element={<ComparePage />} />
            <Route path="reports/:campaignId" element={<CampaignReportPage />} />
            <Route path="settings" element={<SettingsLayout />}>
              <Route index element={<MembersSettings />} />
              <Route path="api-keys" element={<ApiKeysSettings />} />
              <Route path="audit-log" element={<AuditLogSettings />} />
            </Route>
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
