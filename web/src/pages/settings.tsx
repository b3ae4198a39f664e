import { type FormEvent, Suspense, useCallback, useEffect, useState } from "react";
import { NavLink, Outlet } from "react-router-dom";
import { del, get, getAll, type Page, pageUrl, patch, post, type Role } from "../api";
import {
  CopyButton,
  EmptyState,
  ErrorAlert,
  Field,
  fieldError,
  LoadingRows,
  PageHeader,
  PageLoading,
  SelectField,
} from "../components/ui";
import { formatTime } from "../format";
import { useActiveOrganisation, useSession } from "../session";

const roleOptions: Array<{ value: Role; label: string }> = [
  { value: "owner", label: "Owner" },
  { value: "admin", label: "Admin" },
  { value: "member", label: "Member" },
  { value: "viewer", label: "Viewer" },
];

function useIsAdmin(): boolean {
  const organisation = useActiveOrganisation();
  return organisation?.role === "owner" || organisation?.role === "admin";
}

export function SettingsLayout() {
  return (
    <>
      <PageHeader title="Settings" />
      <nav className="tabs" aria-label="Settings">
        <NavLink to="/settings" end>
          Members
        </NavLink>
        <NavLink to="/settings/api-keys">API keys</NavLink>
        <NavLink to="/settings/audit-log">Audit log</NavLink>
      </nav>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </>
  );
}

interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

interface Invite {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  status: string;
}

export function MembersSettings() {
  const isAdmin = useIsAdmin();
  const { session, refresh } = useSession();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [inviteError, setInviteError] = useState<unknown>(null);
  const [inviteUrl, setInviteUrl] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setMembers(await getAll<Member>("/api/v1/members"));
      if (isAdmin) setInvites(await getAll<Invite>("/api/v1/invites"));
    } catch (caught) {
      setError(caught);
    }
  }, [isAdmin]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(work: () => Promise<unknown>, affectsMe = false) {
    setError(null);
    try {
      await work();
      // A change to my own role changes what this session may do.
      if (affectsMe) await refresh();
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  async function invite(event: FormEvent) {
    event.preventDefault();
    setInviteError(null);
    try {
      const created = await post<{ url: string }>("/api/v1/invites", { email, role });
      setInviteUrl(created.url);
      setEmail("");
      await load();
    } catch (caught) {
      setInviteError(caught);
    }
  }

  const pending = invites.filter((invitation) => invitation.status === "pending");

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title" className="section-title">
        Members
      </h2>
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              {isAdmin ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {members === null ? <LoadingRows columns={isAdmin ? 5 : 4} /> : null}
            {members?.map((member) => (
              <tr key={member.userId}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>
                  {isAdmin ? (
                    <select
                      className="table-select"
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      onChange={(e) =>
                        void act(
                          () => patch(`/api/v1/members/${member.userId}`, { role: e.target.value }),
                          member.userId === session?.user.id,
                        )
                      }
                    >
                      {roleOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="capitalize">{member.role}</span>
                  )}
                </td>
                <td className="nowrap">{formatTime(member.joinedAt)}</td>
                {isAdmin ? (
                  <td>
                    {member.userId === session?.user.id ? (
                      <span className="muted">You</span>
                    ) : (
                      <button
                        type="button"
                        className="button small danger"
                        onClick={() => {
                          if (window.confirm(`Remove ${member.name} from this organisation?`))
                            void act(() => del(`/api/v1/members/${member.userId}`));
                        }}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isAdmin ? (
        <>
          <h2 className="section-title">Invite someone</h2>
          <form className="inline-form card" onSubmit={invite}>
            <ErrorAlert error={inviteError} />
            <Field
              label="Email to invite"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldError(inviteError, "email")}
            />
            <SelectField
              label="Role"
              value={role}
              onChange={(value) => setRole(value as Role)}
              options={roleOptions}
              error={fieldError(inviteError, "role")}
            />
            <button type="submit" className="button primary">
              Create invitation link
            </button>
          </form>
          {inviteUrl ? (
            <div className="secret-box" role="status">
              <p>Send this link to the person you invited. It works once and expires in 7 days.</p>
              <code data-testid="invite-url">{inviteUrl}</code>
              <CopyButton text={inviteUrl} label="Copy link" />
            </div>
          ) : null}
          <h2 className="section-title">Pending invitations</h2>
          {pending.length === 0 ? (
            <p className="muted">No invitations are waiting to be accepted.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Sent</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {pending.map((invitation) => (
                    <tr key={invitation.id}>
                      <td>{invitation.email}</td>
                      <td className="capitalize">{invitation.role}</td>
                      <td className="nowrap">{formatTime(invitation.createdAt)}</td>
                      <td className="nowrap">{formatTime(invitation.expiresAt)}</td>
                      <td>
                        <button
                          type="button"
                          className="button small danger"
                          aria-label={`Revoke the invitation for ${invitation.email}`}
                          onClick={() => {
                            if (window.confirm(`Revoke the invitation for ${invitation.email}?`))
                              void act(() => del(`/api/v1/invites/${invitation.id}`));
                          }}
                        >
                          Revoke
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}

interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function ApiKeysSettings() {
  const isAdmin = useIsAdmin();
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [name, setName] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setKeys(await getAll<ApiKey>("/api/v1/api-keys"));
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    if (isAdmin) void load();
  }, [isAdmin, load]);

  if (!isAdmin)
    return (
      <EmptyState title="API keys are managed by admins">
        <p className="muted">Ask an owner or admin of this organisation for a key.</p>
      </EmptyState>
    );

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await post<{ name: string; key: string }>("/api/v1/api-keys", { name });
      setCreated(result);
      setName("");
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  async function revoke(key: ApiKey) {
    if (!window.confirm(`Revoke "${key.name}"? Integrations using it stop working at once.`)) return;
    try {
      await del(`/api/v1/api-keys/${key.id}`);
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title" className="section-title">
        API keys
      </h2>
      <p className="muted">
        Keys let your shop, CRM or scripts call the <a href="/api/docs">Amplio API</a> as this organisation.
      </p>
      <form className="inline-form card" onSubmit={create}>
        <ErrorAlert error={error} />
        <Field
          label="Key name"
          required
          placeholder="e.g. Shopify storefront"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, "name")}
        />
        <button type="submit" className="button primary">
          Create API key
        </button>
      </form>
      {created ? (
        <div className="secret-box" role="status">
          <p>
            <strong>This key is shown once.</strong> Copy “{created.name}” now and keep it somewhere safe:
            Amplio stores only a hash of it.
          </p>
          <code data-testid="new-api-key">{created.key}</code>
          <CopyButton text={created.key} />
        </div>
      ) : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {keys === null ? <LoadingRows columns={6} /> : null}
            {keys?.length === 0 ? (
              <tr>
                <td colSpan={6} className="table-empty">
                  No API keys yet.
                </td>
              </tr>
            ) : null}
            {keys?.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td className="nowrap">{formatTime(key.createdAt)}</td>
                <td className="nowrap">{key.lastUsedAt ? formatTime(key.lastUsedAt) : "Never"}</td>
                <td>
                  <span className={`badge ${key.revokedAt ? "status-revoked" : "status-active"}`}>
                    {key.revokedAt ? "Revoked" : "Active"}
                  </span>
                </td>
                <td>
                  {key.revokedAt ? null : (
                    <button
                      type="button"
                      className="button small danger"
                      aria-label={`Revoke ${key.name}`}
                      onClick={() => void revoke(key)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface AuditEvent {
  id: string;
  actor: { type: string; label: string };
  action: string;
  targetType: string;
  targetId: string | null;
  createdAt: string;
}

export function AuditLogSettings() {
  const isAdmin = useIsAdmin();
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (after?: string) => {
    try {
      const page = await get<Page<AuditEvent>>(pageUrl("/api/v1/audit-events", after));
      setEvents((previous) => (after ? [...(previous ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    if (isAdmin) void load();
  }, [isAdmin, load]);

  if (!isAdmin) return <EmptyState title="The audit log is visible to admins" />;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" className="section-title">
        Audit log
      </h2>
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {events === null ? <LoadingRows columns={4} /> : null}
            {events?.length === 0 ? (
              <tr>
                <td colSpan={4} className="table-empty">
                  Nothing has happened in this organisation yet.
                </td>
              </tr>
            ) : null}
            {events?.map((event) => (
              <tr key={event.id}>
                <td className="nowrap">
                  <time dateTime={event.createdAt}>{formatTime(event.createdAt)}</time>
                </td>
                <td>
                  {event.actor.label}
                  {event.actor.type === "user" ? null : (
                    <span className="muted"> ({event.actor.type === "api_key" ? "API key" : "system"})</span>
                  )}
                </td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>
                  {event.targetType}
                  {event.targetId ? (
                    <span className="muted target-id" title={event.targetId}>
                      {" "}
                      {event.targetId.slice(0, 8)}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cursor ? (
        <button type="button" className="button load-more" onClick={() => void load(cursor)}>
          Load older events
        </button>
      ) : null}
    </section>
  );
}
