import { EmptyState, PageHeader } from "../components/ui";

export function CampaignsPage() {
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Objectives, creators, content and results, one campaign at a time."
      />
      <EmptyState title="No campaigns yet">
        <p className="muted">
          A campaign holds its goal, budget and KPIs, the creators in its pipeline, their contracts and
          content.
        </p>
      </EmptyState>
    </>
  );
}

export function ReportsPage() {
  return (
    <>
      <PageHeader title="Reports" description="What each campaign cost and returned." />
      <EmptyState title="No measured campaigns yet">
        <p className="muted">
          Reports show reach, engagement, clicks, conversions, cost per result and return, by creator and
          platform.
        </p>
      </EmptyState>
    </>
  );
}
