import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { lazy } from "react";
import { useForm } from "react-hook-form";
import { $api } from "../api/client";
import { useSession } from "../session";
import { AuthCard, passwordToggle, RouterAnchor } from "./auth/auth-card";

// Signing up and invitations validate with zod, which the sign-in page does without: they load as a chunk of
// their own so the first page a visitor sees stays small (App's Suspense shows the wait).
const SignUp = lazy(async () => ({ default: (await import("./auth/sign-up")).SignUpPage }));
const Invite = lazy(async () => ({ default: (await import("./auth/sign-up")).InvitePage }));

export function SignUpPage() {
  return <SignUp />;
}

export function InvitePage() {
  return <Invite />;
}

interface SignInForm {
  email: string;
  password: string;
}

export function SignInPage() {
  const { setSession } = useSession();
  const signIn = $api.useMutation("post", "/api/auth/sign-in");
  const form = useForm<SignInForm>({ defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (body) => {
    try {
      // GuestOnly sends the signed-in user on to ?next= (or home).
      setSession(await signIn.mutateAsync({ body }));
    } catch (error) {
      // The shared form helpers come with the rest of the app's building blocks, which signing in does not
      // otherwise need: they load only when a sign-in is refused.
      await import("../components/form").then(
        ({ applyServerErrors }) => applyServerErrors(form, error),
        // Offline: the helpers cannot load either; the refusal's own message still says what happened.
        () => form.setError("root", { type: "server", message: (error as Error).message }),
      );
    }
  });

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to Amplio? <RouterAnchor to="/sign-up">Create an account</RouterAnchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.root ? (
            <Alert color="red" variant="light" role="alert" title="You are not signed in">
              {errors.root.message}
            </Alert>
          ) : null}
          <TextInput
            label="Work email"
            type="email"
            autoComplete="email"
            error={errors.email?.message}
            {...form.register("email", { required: "Enter your work email" })}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            visibilityToggleButtonProps={passwordToggle}
            error={errors.password?.message}
            aria-invalid={Boolean(errors.password)}
            {...form.register("password", { required: "Enter your password" })}
          />
          <Button type="submit" fullWidth loading={isSubmitting}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
