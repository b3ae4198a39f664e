import { EmptyState, PageHeader } from "../components/ui";

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
