import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useNavigate, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, ApiError } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Loaded, SkeletonLines } from "../../components/ui";
import { formatDate } from "../../format";
import { useSession } from "../../session";
import { AuthCard, passwordToggle, RouterAnchor } from "./auth-card";

// The password's rules belong to the server, which answers at the field; the form only asks for what is missing.
const signUpForm = (invited: boolean) =>
  z.object({
    name: z.string().trim().min(1, "Enter your name"),
    email: z
      .string()
      .trim()
      .min(1, "Enter your work email")
      .pipe(z.email("Enter an email address like name@example.com")),
    password: z.string().min(1, "Choose a password"),
    organisationName: invited
      ? z.string()
      : z.string().trim().min(1, "Enter the name of your brand or agency"),
  });
type SignUpForm = z.infer<ReturnType<typeof signUpForm>>;

function SignUpForm({ inviteToken, invitedEmail }: { inviteToken?: string; invitedEmail?: string }) {
  const { setSession } = useSession();
  const navigate = useNavigate();
  const signUp = $api.useMutation("post", "/api/auth/sign-up");
  const schema = useMemo(() => signUpForm(Boolean(inviteToken)), [inviteToken]);
  const form = useForm<SignUpForm>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", email: invitedEmail ?? "", password: "", organisationName: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ organisationName, ...values }) => {
    try {
      const body = inviteToken ? { ...values, inviteToken } : { ...values, organisationName };
      setSession(await signUp.mutateAsync({ body }));
      void navigate("/", { replace: true });
    } catch (error) {
      applyServerErrors(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {errors.root ? <ErrorAlert error={errors.root.message} title="Your account was not created" /> : null}
        <TextInput
          label="Your name"
          autoComplete="name"
          error={errors.name?.message}
          {...form.register("name")}
        />
        <TextInput
          label="Work email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...form.register("email")}
        />
        <PasswordInput
          label="Password"
          autoComplete="new-password"
          description={errors.password ? undefined : "At least 10 characters."}
          visibilityToggleButtonProps={passwordToggle}
          error={errors.password?.message}
          aria-invalid={Boolean(errors.password)}
          {...form.register("password")}
        />
        {inviteToken ? null : (
          <TextInput
            label="Organisation name"
            description={
              errors.organisationName ? undefined : "Your brand or agency. You can add more later."
            }
            error={errors.organisationName?.message}
            {...form.register("organisationName")}
          />
        )}
        <Button type="submit" fullWidth loading={isSubmitting}>
          Create account
        </Button>
      </Stack>
    </form>
  );
}

export function SignUpPage() {
  return (
    <AuthCard
      title="Create your workspace"
      footer={
        <>
          Already have an account? <RouterAnchor to="/sign-in">Sign in</RouterAnchor>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}

const roleNames = { owner: "an owner", admin: "an admin", member: "a member", viewer: "a viewer" };

export function InvitePage() {
  const { token = "" } = useParams();
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const invite = $api.useQuery("get", "/api/auth/invites/{token}", { params: { path: { token } } });
  const accept = $api.useMutation("post", "/api/auth/invites/{token}/accept");
  const gone = invite.error instanceof ApiError && invite.error.status >= 400 && invite.error.status < 500;

  async function acceptInvite() {
    try {
      setSession(await accept.mutateAsync({ params: { path: { token } } }));
      void navigate("/", { replace: true });
    } catch {
      // accept.error says why, above the button.
    }
  }

  return (
    <AuthCard title={invite.data ? `Join ${invite.data.organisationName}` : "Invitation"}>
      {gone ? (
        // A link that is invalid, used or expired stays so: no retry, the way on instead.
        <Stack gap="md">
          <ErrorAlert error={invite.error} title="This invitation cannot be used" />
          <Text size="sm">
            Ask whoever invited you for a new link, or <RouterAnchor to="/sign-in">sign in</RouterAnchor> if
            you already have an account.
          </Text>
        </Stack>
      ) : (
        <Loaded query={invite} what="the invitation" skeleton={<SkeletonLines lines={3} />}>
          {(data) => (
            <>
              <Text mb="md">
                You are invited as <strong>{roleNames[data.role]}</strong> ({data.email}). The invitation is
                valid until {formatDate(data.expiresAt)}.
              </Text>
              <ErrorAlert error={accept.error} title="The invitation was not accepted" />
              {session && session.user.email !== data.email ? (
                <Alert color="orange" role="alert">
                  This invitation is for {data.email}, and you are signed in as {session.user.email}. Sign
                  out, then sign in or sign up as {data.email} to accept it.
                </Alert>
              ) : session ? (
                <Button fullWidth loading={accept.isPending} onClick={() => void acceptInvite()}>
                  Accept invitation as {session.user.email}
                </Button>
              ) : (
                <>
                  <SignUpForm inviteToken={token} invitedEmail={data.email} />
                  <Text size="sm" c="dimmed" mt="lg" ta="center">
                    Have an account?{" "}
                    <RouterAnchor to={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`}>
                      Sign in
                    </RouterAnchor>{" "}
                    and come back to this link.
                  </Text>
                </>
              )}
            </>
          )}
        </Loaded>
      )}
    </AuthCard>
  );
}
