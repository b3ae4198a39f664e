import { type FormEvent, useState } from "react";
import { NavLink, Outlet, useNavigate } from "react-router-dom";
import { post } from "../api";
import { useSession } from "../session";
import { ErrorAlert, Field, SelectField } from "./ui";

const navigation = [
  { to: "/", label: "Overview", end: true },
  { to: "/campaigns", label: "Campaigns" },
  { to: "/creators", label: "Creators" },
  { to: "/disclosure-check", label: "Disclosure check" },
  { to: "/reports", label: "Reports" },
  { to: "/settings", label: "Settings" },
];

function NewOrganisationDialog({ onClose }: { onClose(): void }) {
  const { refresh } = useSession();
  const [name, setName] = useState("");
  const [kind, setKind] = useState("brand");
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await post("/api/v1/organisations", { name, kind });
      await refresh();
      onClose();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <div className="dialog-backdrop">
      <dialog open aria-labelledby="new-org-title" className="dialog">
        <form onSubmit={submit}>
          <h2 id="new-org-title">New organisation</h2>
          <ErrorAlert error={error} />
          <Field
            label="Organisation name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          <SelectField
            label="Kind"
            value={kind}
            onChange={setKind}
            options={[
              { value: "brand", label: "Brand" },
              { value: "agency", label: "Agency" },
            ]}
          />
          <div className="row-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button primary">
              Create
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}

export function AppLayout() {
  const { session, signOut, switchOrganisation } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  if (!session) return null;

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>{" "}
          Amplio
        </div>
        <div className="org-switcher">
          <label htmlFor="organisation-switcher">Organisation</label>
          <select
            id="organisation-switcher"
            value={session.activeOrganisationId ?? ""}
            onChange={(e) => {
              void switchOrganisation(e.target.value).then(() => navigate("/"));
            }}
          >
            {session.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.kind === "agency" ? " (agency)" : ""}
              </option>
            ))}
          </select>
          <button type="button" className="link-button" onClick={() => setCreating(true)}>
            + New organisation
          </button>
        </div>
        <nav aria-label="Main">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-user">
          <span className="user-name">{session.user.name}</span>
          <button
            type="button"
            className="button small"
            onClick={() => {
              void signOut().then(() => navigate("/sign-in"));
            }}
          >
            Sign out
          </button>
        </div>
      </aside>
      <main className="content" key={session.activeOrganisationId}>
        <Outlet />
      </main>
      {creating ? <NewOrganisationDialog onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
