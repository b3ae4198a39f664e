import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useFieldArray, useForm } from "react-hook-form";
import { Link, useNavigate } from "react-router-dom";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { PageHeader } from "../../components/ui";
import { platformName } from "../../format";
import { AccountFiguresFields, accountFiguresSchema } from "./account-fields";

const platforms = ["instagram", "tiktok", "youtube", "linkedin"] as const;

const accountSchema = accountFiguresSchema.extend({
  platform: z.enum(platforms),
  handle: z
    .string()
    .trim()
    .min(1, "Enter the handle or paste the profile URL")
    .max(300, "Too long for a handle"),
});

const schema = z.object({
  name: z.string().trim().min(1, "Enter the creator's name").max(200, "Keep the name under 200 characters"),
  email: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || z.email().safeParse(v).success,
      "Enter an email address like name@example.com",
    ),
  accounts: z.array(accountSchema).min(1, "Add at least one account").max(20),
});
type Values = z.infer<typeof schema>;

const emptyAccount: Values["accounts"][number] = {
  platform: "instagram",
  handle: "",
  // Empty until typed: a count nobody gave is unknown, never 0.
  followers: Number.NaN,
  engagementPercent: "",
  country: "",
  language: "",
  niches: [],
};

/** Add one creator by hand: who they are and their accounts; their signals are computed on save. */
export function AddCreatorPage() {
  const navigate = useNavigate();
  const create = $api.useMutation("post", "/api/v1/creators");
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", email: "", accounts: [emptyAccount] },
  });
  const accounts = useFieldArray({ control: form.control, name: "accounts" });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: Values) {
    try {
      const creator = await create.mutateAsync({
        body: {
          name: values.name,
          ...(values.email ? { email: values.email } : {}),
          accounts: values.accounts.map((a) => ({
            platform: a.platform,
            handle: a.handle,
            followers: a.followers,
            ...(a.engagementPercent === "" ? {} : { engagementRate: a.engagementPercent / 100 }),
            ...(a.country ? { country: a.country } : {}),
            ...(a.language ? { language: a.language } : {}),
            niches: a.niches,
          })),
        },
      });
      await invalidate("/api/v1/creators");
      notifications.show({ color: "teal", message: `${creator.name} added.` });
      void navigate(`/creators/${creator.id}`);
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  return (
    <>
      <PageHeader
        title="Add a creator"
        description="For one creator at a time; to add many, import a CSV or JSON file."
        actions={
          <Button component={Link} to="/creators/import" variant="default">
            Import a file
          </Button>
        }
      />
      <form onSubmit={form.handleSubmit(submit)} aria-label="Add a creator" noValidate>
        <Stack gap="md" maw={900}>
          <Paper withBorder radius="md" p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label="Name" {...form.register("name")} error={errors.name?.message} />
              <TextInput
                label="Email"
                type="email"
                description="Optional, but outreach needs it"
                {...form.register("email")}
                error={errors.email?.message}
              />
            </SimpleGrid>
          </Paper>
          {accounts.fields.map((item, index) => {
            const error = errors.accounts?.[index];
            return (
              <Paper
                key={item.id}
                withBorder
                radius="md"
                p="md"
                component="fieldset"
                aria-label={`Account ${index + 1}`}
              >
                <Group justify="space-between" mb="xs">
                  <Title order={2} size="h4">
                    Account {index + 1}
                  </Title>
                  {accounts.fields.length > 1 ? (
                    <Button variant="subtle" color="red" onClick={() => accounts.remove(index)}>
                      Remove account {index + 1}
                    </Button>
                  ) : null}
                </Group>
                <AccountFiguresFields
                  control={form.control}
                  prefix={`accounts.${index}.`}
                  columns={{ base: 1, sm: 2, md: 3 }}
                  before={
                    <>
                      <NativeSelect
                        label="Platform"
                        data={platforms.map((p) => ({ value: p, label: platformName(p) }))}
                        {...form.register(`accounts.${index}.platform`)}
                        error={error?.platform?.message}
                      />
                      <TextInput
                        label="Handle or profile URL"
                        placeholder="@handle or https://…"
                        {...form.register(`accounts.${index}.handle`)}
                        error={error?.handle?.message}
                      />
                    </>
                  }
                />
              </Paper>
            );
          })}
          {errors.accounts?.root?.message || errors.accounts?.message ? (
            <Alert color="red" variant="light" role="alert">
              {errors.accounts?.root?.message ?? errors.accounts?.message}
            </Alert>
          ) : null}
          {errors.root ? (
            <Alert color="red" variant="light" role="alert">
              {errors.root.message}
            </Alert>
          ) : null}
          <Group justify="space-between" wrap="wrap">
            <Button
              variant="default"
              onClick={() => accounts.append(emptyAccount)}
              disabled={accounts.fields.length >= 20}
            >
              Add another account
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Add creator
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
