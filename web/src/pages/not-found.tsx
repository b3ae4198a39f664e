import { Link, useLocation } from "react-router-dom";
import { EmptyState, PageHeader } from "../components/ui";

/** An address the app has no page for: said plainly, with the way back, instead of a blank screen or a silent jump. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title="There is no page at this address">
        <p className="muted">
          <code>{pathname}</code> may have been mistyped, or what it showed was removed.
        </p>
        <p>
          <Link to="/" className="button primary">
            Go to Today
          </Link>{" "}
          <Link to="/campaigns" className="button">
            See campaigns
          </Link>
        </p>
      </EmptyState>
    </>
  );
}
