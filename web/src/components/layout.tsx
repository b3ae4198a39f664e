import { type FormEvent, Suspense, useLayoutEffect, useRef, useState } from "react";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { post } from "../api";
import { useSession } from "../session";
import { ErrorAlert, Field, fieldError, PageLoading, SelectField } from "./ui";

const navigation = [
  { to: "/", label: "Overview", end: true },
  { to: "/campaigns", label: "Campaigns" },
  { to: "/templates", label: "Email templates" },
  { to: "/creators", label: "Creators" },
  { to: "/disclosure-check", label: "Disclosure check" },
  { to: "/content-library", label: "Content library" },
  { to: "/reports", label: "Reports" },
  { to: "/reports/compare", label: "Compare" },
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

function NewOrganisationDialog({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(id: string): Promise<void>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState("");
  const [kind, setKind] = useState("brand");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useLayoutEffect(() => {
    // A modal dialog: focus stays inside, Escape cancels, the page behind is inert. Closed while still
    // in the document, so the browser hands focus back to the button that opened it.
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const organisation = await post<{ id: string }>("/api/v1/organisations", { name, kind });
      await onCreated(organisation.id);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="new-org-title"
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="new-org-title">New organisation</h2>
        <p className="muted dialog-intro">You become its owner and switch to it straight away.</p>
        <ErrorAlert error={error} />
        <Field
          label="Organisation name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, "name")}
          autoFocus
        />
        <SelectField
          label="Kind"
          value={kind}
          onChange={setKind}
          error={fieldError(error, "kind")}
          options={[
            { value: "brand", label: "Brand" },
            { value: "agency", label: "Agency" },
          ]}
        />
        <div className="row-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? "Creating…" : "Create organisation"}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function AppLayout() {
  const { session, signOut, switchOrganisation } = useSession();
  const navigate = useNavigate();
  const current = currentNavigation(useLocation().pathname);
  const [creating, setCreating] = useState(false);
  const [switchError, setSwitchError] = useState<unknown>(null);
  const newOrganisationButton = useRef<HTMLButtonElement>(null);
  if (!session) return null;

  async function switchTo(organisationId: string) {
    setSwitchError(null);
    try {
      await switchOrganisation(organisationId);
      void navigate("/");
    } catch (caught) {
      setSwitchError(caught);
    }
  }

  function closeDialog() {
    setCreating(false);
    requestAnimationFrame(() => newOrganisationButton.current?.focus());
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          Amplio
        </div>
        <div className="org-switcher">
          <label htmlFor="organisation-switcher">Organisation</label>
          <select
            id="organisation-switcher"
            value={session.activeOrganisationId ?? ""}
            onChange={(e) => void switchTo(e.target.value)}
          >
            {session.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.kind === "agency" ? " (agency)" : ""}
              </option>
            ))}
          </select>
          <button
            ref={newOrganisationButton}
            type="button"
            className="link-button"
            onClick={() => setCreating(true)}
          >
            + New organisation
          </button>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {navigation.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className={item === current ? "active" : undefined}
                  aria-current={item === current ? "page" : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-user">
          <span className="user-name" title={session.user.email}>
            {session.user.name}
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => {
              // Signed out locally even if the server could not be told; the sign-in page follows.
              void signOut().catch(() => undefined);
            }}
          >
            Sign out
          </button>
        </div>
      </aside>
      <main className="content" id="main" tabIndex={-1} key={session.activeOrganisationId}>
        <ErrorAlert error={switchError} />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      {creating ? (
        <NewOrganisationDialog
          onClose={closeDialog}
          onCreated={async (id) => {
            await switchTo(id);
            setCreating(false);
          }}
        />
      ) : null}
    </div>
  );
}
