import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  AppShell,
  Button,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { parseMinor } from "@shared/money";
import { type ReactNode, useEffect } from "react";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { useParams } from "react-router-dom";
import { z } from "zod";
import { $api, ApiError, type BodyOf, type ResponseOf } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, SkeletonLines } from "../../components/ui";
import { platformName } from "../../format";
import { countryOptions } from "../creators/filter-options";

type ApplicationForm = ResponseOf<"/api/public/apply/{organisationSlug}">;
type ApplicationBody = BodyOf<"/api/public/apply/{organisationSlug}">;

const platforms = ["instagram", "tiktok", "youtube", "linkedin"] as const;

/** A profile address is sent as one (the server reads platform and handle from it); anything else is a handle. */
const looksLikeAddress = (text: string) => /[/.]/.test(text.trim()) && /\.(com|be)\b/i.test(text);

const schema = z.object({
  name: z.string().trim().min(1, "Say your name"),
  email: z.string().trim().email("Enter your email address, such as jo@example.com"),
  country: z.string().min(1, "Choose the country you live in"),
  accounts: z
    .array(
      z.object({
        platform: z.string(),
        profile: z.string().trim().min(1, "Enter your profile address or handle"),
        followers: z
          .string()
          .trim()
          .regex(/^\d+$/, "Enter how many followers this account has, as a whole number"),
      }),
    )
    .min(1, "Add at least one account"),
  niches: z.array(z.string()),
  rates: z.array(
    z.object({
      deliverable: z.string().trim().min(1, "Say what the rate is for"),
      amount: z
        .string()
        .trim()
        .regex(/^\d+(\.\d{1,2})?$/, "Enter an amount such as 250 or 99.50"),
      currency: z.string().regex(/^[A-Z]{3}$/, "Choose a currency"),
    }),
  ),
  answers: z.array(z.string()),
  consent: z.boolean().refine((v) => v, "Agree to be contacted, or the brand cannot reply to you"),
  website: z.string(),
});
type Values = z.infer<typeof schema>;

const currencies = ["EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD"];

function toBody(values: Values): ApplicationBody {
  return {
    name: values.name,
    email: values.email,
    country: values.country,
    accounts: values.accounts.map((a) => ({
      ...(looksLikeAddress(a.profile) || !a.platform
        ? { profileUrl: a.profile }
        : { platform: a.platform as (typeof platforms)[number], handle: a.profile }),
      followers: Number(a.followers),
    })),
    niches: values.niches,
    rates: values.rates.map((r) => ({
      deliverable: r.deliverable,
      amount: parseMinor(r.amount, r.currency) ?? 0,
      currency: r.currency,
    })),
    answers: values.answers,
    consent: values.consent,
    ...(values.website ? { website: values.website } : {}),
  };
}

/** The server names an account's handle or profile address; the form has one field for both. */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors?.map((e) => ({
      ...e,
      field: e.field.replace(/^(accounts\.\d+)\.(handle|profileUrl)$/, "$1.profile"),
    })),
  });
}

function ApplyFrame({ children }: { children: ReactNode }) {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md">
          <Text fw={700} size="lg">
            Creator application
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Container size="sm" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function ApplicationFormView({
  form: page,
  organisationSlug,
  campaignSlug,
}: {
  form: ApplicationForm;
  organisationSlug: string;
  campaignSlug: string | undefined;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: "",
      email: "",
      country: "",
      accounts: [{ platform: "instagram", profile: "", followers: "" }],
      niches: [],
      rates: [],
      answers: page.questions.map(() => ""),
      consent: false,
      website: "",
    },
  });
  const accounts = useFieldArray({ control: form.control, name: "accounts" });
  const rates = useFieldArray({ control: form.control, name: "rates" });
  const submitOrganisation = $api.useMutation("post", "/api/public/apply/{organisationSlug}");
  const submitCampaign = $api.useMutation("post", "/api/public/apply/{organisationSlug}/{campaignSlug}");
  const done = submitOrganisation.data ?? submitCampaign.data;
  const errors = form.formState.errors;

  async function submit(values: Values) {
    const body = toBody(values);
    try {
      if (campaignSlug)
        await submitCampaign.mutateAsync({ params: { path: { organisationSlug, campaignSlug } }, body });
      else await submitOrganisation.mutateAsync({ params: { path: { organisationSlug } }, body });
    } catch (error) {
      applyServerErrors(form, onFormFields(error));
    }
  }

  if (done)
    return (
      <Alert color="teal" variant="light" title="Application sent" role="status">
        {done.message}
      </Alert>
    );

  return (
    <form onSubmit={form.handleSubmit(submit)} aria-label="Apply" noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              About you
            </Title>
            <TextInput
              label="Your name"
              autoComplete="name"
              {...form.register("name")}
              error={errors.name?.message}
            />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              {...form.register("email")}
              error={errors.email?.message}
            />
            <Controller
              control={form.control}
              name="country"
              render={({ field, fieldState }) => (
                <Select
                  label="Country you live in"
                  placeholder="Choose a country"
                  searchable
                  data={countryOptions()}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? "")}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="niches"
              render={({ field }) => (
                <TagsInput
                  label="Niches"
                  description="What you make content about; press Enter after each"
                  value={field.value}
                  onChange={field.onChange}
                  maxTags={20}
                />
              )}
            />
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Your accounts
            </Title>
            <Text size="sm" c="dimmed">
              Paste your profile address (instagram.com/you, tiktok.com/@you, youtube.com/@you,
              linkedin.com/in/you) or choose the platform and type your handle.
            </Text>
            {accounts.fields.map((field, index) => (
              <Group
                key={field.id}
                align="flex-start"
                gap="sm"
                wrap="wrap"
                pt={index > 0 ? "sm" : 0}
                style={index > 0 ? { borderTop: "1px solid var(--mantine-color-default-border)" } : undefined}
              >
                <NativeSelect
                  label="Platform"
                  data={platforms.map((p) => ({ value: p, label: platformName(p) }))}
                  {...form.register(`accounts.${index}.platform`)}
                  error={errors.accounts?.[index]?.platform?.message}
                  style={{ flex: "0 1 9rem" }}
                />
                <TextInput
                  label="Profile address or handle"
                  {...form.register(`accounts.${index}.profile`)}
                  error={errors.accounts?.[index]?.profile?.message}
                  style={{ flex: "1 1 14rem" }}
                />
                <TextInput
                  label="Followers"
                  inputMode="numeric"
                  withAsterisk
                  {...form.register(`accounts.${index}.followers`)}
                  error={errors.accounts?.[index]?.followers?.message}
                  style={{ flex: "0 1 8rem" }}
                />
                {accounts.fields.length > 1 ? (
                  <Button variant="subtle" color="red" mt={25} onClick={() => accounts.remove(index)}>
                    Remove
                  </Button>
                ) : null}
              </Group>
            ))}
            {errors.accounts?.root?.message || errors.accounts?.message ? (
              <Text c="red" size="sm">
                {errors.accounts?.root?.message ?? errors.accounts?.message}
              </Text>
            ) : null}
            <Group>
              <Button
                variant="default"
                onClick={() => accounts.append({ platform: "instagram", profile: "", followers: "" })}
                disabled={accounts.fields.length >= 10}
              >
                Add another account
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Your rates
            </Title>
            <Text size="sm" c="dimmed">
              Optional: what you usually charge, per deliverable.
            </Text>
            {rates.fields.map((field, index) => (
              <Group
                key={field.id}
                align="flex-start"
                gap="sm"
                wrap="wrap"
                pt={index > 0 ? "sm" : 0}
                style={index > 0 ? { borderTop: "1px solid var(--mantine-color-default-border)" } : undefined}
              >
                <TextInput
                  label="Deliverable"
                  placeholder="One Instagram reel"
                  {...form.register(`rates.${index}.deliverable`)}
                  error={errors.rates?.[index]?.deliverable?.message}
                  style={{ flex: "1 1 12rem" }}
                />
                <TextInput
                  label="Amount"
                  inputMode="decimal"
                  {...form.register(`rates.${index}.amount`)}
                  error={errors.rates?.[index]?.amount?.message}
                  style={{ flex: "0 1 7rem" }}
                />
                <NativeSelect
                  label="Currency"
                  data={currencies}
                  {...form.register(`rates.${index}.currency`)}
                  error={errors.rates?.[index]?.currency?.message}
                  style={{ flex: "0 1 6rem" }}
                />
                <Button variant="subtle" color="red" mt={25} onClick={() => rates.remove(index)}>
                  Remove
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() => rates.append({ deliverable: "", amount: "", currency: "EUR" })}
                disabled={rates.fields.length >= 20}
              >
                Add a rate
              </Button>
            </Group>
          </Stack>
        </Paper>

        {page.questions.length > 0 ? (
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {page.organisation.name} asks
              </Title>
              {page.questions.map((question, index) => (
                <Textarea
                  // biome-ignore lint/suspicious/noArrayIndexKey: the questions are fixed for the page's life
                  key={index}
                  label={question}
                  autosize
                  minRows={2}
                  {...form.register(`answers.${index}`)}
                  error={errors.answers?.[index]?.message}
                />
              ))}
            </Stack>
          </Paper>
        ) : null}

        {/* The honeypot: off-screen and skipped by keyboards and screen readers, so only a bot fills it. */}
        <div
          aria-hidden="true"
          style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}
        >
          <label>
            Website
            <input type="text" tabIndex={-1} autoComplete="off" {...form.register("website")} />
          </label>
        </div>

        <Checkbox
          label={`I agree that ${page.organisation.name} may contact me about working together.`}
          {...form.register("consent")}
          error={errors.consent?.message}
        />
        {errors.root ? (
          <Alert color="red" variant="light" role="alert">
            {errors.root.message}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" size="md" loading={form.formState.isSubmitting}>
            Send application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The public page where creators apply to a brand, or to one of its campaigns; no account needed. */
export function ApplyPage() {
  const { organisationSlug = "", campaignSlug } = useParams();
  const organisationForm = $api.useQuery(
    "get",
    "/api/public/apply/{organisationSlug}",
    { params: { path: { organisationSlug } } },
    { enabled: !campaignSlug },
  );
  const campaignForm = $api.useQuery(
    "get",
    "/api/public/apply/{organisationSlug}/{campaignSlug}",
    { params: { path: { organisationSlug, campaignSlug: campaignSlug ?? "" } } },
    { enabled: Boolean(campaignSlug) },
  );
  const query = campaignSlug ? campaignForm : organisationForm;
  const form = query.data;

  useEffect(() => {
    document.title = form ? `Apply to ${form.organisation.name}` : "Creator application";
  }, [form]);

  return (
    <ApplyFrame>
      {query.isPending ? (
        <SkeletonLines lines={6} />
      ) : query.isError ? (
        query.error instanceof ApiError && query.error.status === 404 ? (
          <Alert color="gray" variant="light" title="No application page here" role="alert">
            Check the link with the brand that shared it.
          </Alert>
        ) : (
          <ErrorAlert
            error={query.error}
            title="Could not load the application page"
            onRetry={() => void query.refetch()}
          />
        )
      ) : form ? (
        <Stack gap="lg">
          <div>
            <Title order={1}>Apply to work with {form.organisation.name}</Title>
            {form.campaign ? (
              <Text c="dimmed" mt={4}>
                For the campaign {form.campaign.name}
              </Text>
            ) : null}
            {form.pitch ? (
              <Text mt="sm" style={{ whiteSpace: "pre-line" }}>
                {form.pitch}
              </Text>
            ) : null}
          </div>
          {form.open ? (
            <ApplicationFormView
              form={form}
              organisationSlug={organisationSlug}
              campaignSlug={campaignSlug}
            />
          ) : (
            <Alert color="gray" variant="light" title="Applications are closed">
              {form.organisation.name} is not taking applications at the moment. Try again later.
            </Alert>
          )}
        </Stack>
      ) : null}
    </ApplyFrame>
  );
}
