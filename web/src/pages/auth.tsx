import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { get, post, type Role, type SessionView } from "../api";
import { ErrorAlert, Field, fieldError } from "../components/ui";
import { useSession } from "../session";

function AuthCard({
  title,
  children,
  footer,
}: {
  title: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Amplio`;
  }, [title]);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark">A</span> Amplio
        </div>
        <h1>{title}</h1>
        {children}
        {footer ? <p className="auth-footer">{footer}</p> : null}
      </div>
    </main>
  );
}

export function SignInPage() {
  const { setSession } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // GuestOnly sends the signed-in user on to ?next= (or home).
      setSession(await post<SessionView>("/api/auth/sign-in", { email, password }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to Amplio? <Link to="/sign-up">Create an account</Link>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <Field
          label="Work email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(error, "email")}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(error, "password")}
        />
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </AuthCard>
  );
}

function SignUpForm({ inviteToken, invitedEmail }: { inviteToken?: string; invitedEmail?: string }) {
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [email, setEmail] = useState(invitedEmail ?? "");
  const [password, setPassword] = useState("");
  const [organisationName, setOrganisationName] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = inviteToken
        ? { name, email, password, inviteToken }
        : { name, email, password, organisationName };
      setSession(await post<SessionView>("/api/auth/sign-up", body));
      void navigate("/", { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <Field
        label="Your name"
        autoComplete="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(error, "name")}
      />
      <Field
        label="Work email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError(error, "email")}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError(error, "password")}
        hint="At least 10 characters."
      />
      {inviteToken ? null : (
        <Field
          label="Organisation name"
          required
          value={organisationName}
          onChange={(e) => setOrganisationName(e.target.value)}
          error={fieldError(error, "organisationName")}
          hint="Your brand or agency. You can add more later."
        />
      )}
      <button type="submit" className="button primary wide" disabled={busy}>
        {busy ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}

export function SignUpPage() {
  return (
    <AuthCard
      title="Create your workspace"
      footer={
        <>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}

interface InviteDescription {
  organisationName: string;
  email: string;
  role: Role;
  expiresAt: string;
}

export function InvitePage() {
  const { token = "" } = useParams();
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [invite, setInvite] = useState<InviteDescription | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    get<InviteDescription>(`/api/auth/invites/${encodeURIComponent(token)}`).then(setInvite, setError);
  }, [token]);

  async function accept() {
    try {
      setSession(await post<SessionView>(`/api/auth/invites/${encodeURIComponent(token)}/accept`));
      void navigate("/", { replace: true });
    } catch (caught) {
      setError(caught);
    }
  }

  if (!invite)
    return (
      <AuthCard title="Invitation">
        {error ? <ErrorAlert error={error} /> : <p className="muted">Checking the invitation…</p>}
      </AuthCard>
    );
  return (
    <AuthCard title={`Join ${invite.organisationName}`}>
      <p>
        You are invited as <strong>{invite.role}</strong> ({invite.email}).
      </p>
      <ErrorAlert error={error} />
      {session && session.user.email !== invite.email ? (
        <p role="alert" className="alert alert-error">
          This invitation is for {invite.email}, and you are signed in as {session.user.email}. Sign out, then
          sign in or sign up as {invite.email} to accept it.
        </p>
      ) : session ? (
        <button type="button" className="button primary wide" onClick={accept}>
          Accept invitation as {session.user.email}
        </button>
      ) : (
        <>
          <SignUpForm inviteToken={token} invitedEmail={invite.email} />
          <p className="auth-footer">
            Have an account?{" "}
            <Link to={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`}>Sign in</Link> and come back
            to this link.
          </p>
        </>
      )}
    </AuthCard>
  );
}
