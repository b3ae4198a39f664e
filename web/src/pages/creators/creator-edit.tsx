import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { platformName } from "../../format";
import type { AccountProfile } from "./discovery-types";
import { countryOptions, languageOptions } from "./filter-options";

const optionalEmail = z
  .string()
  .trim()
  .refine((v) => v === "" || z.email().safeParse(v).success, "Enter an email address like name@example.com");

const creatorSchema = z.object({
  name: z.string().trim().min(1, "Enter the creator's name").max(200, "Keep the name under 200 characters"),
  email: optionalEmail,
});
type CreatorValues = z.infer<typeof creatorSchema>;

/** Change the creator's name and email; an empty email removes it. */
export function EditCreatorButton({
  creator,
}: {
  creator: { id: string; name: string; email: string | null };
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const update = $api.useMutation("patch", "/api/v1/creators/{creatorId}");
  const form = useForm<CreatorValues>({
    resolver: zodResolver(creatorSchema),
    values: { name: creator.name, email: creator.email ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: CreatorValues) {
    try {
      await update.mutateAsync({
        params: { path: { creatorId: creator.id } },
        body: { name: values.name, email: values.email || null },
      });
      await invalidate("/api/v1/creators");
      notifications.show({ color: "teal", message: "Creator saved." });
      close();
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        Edit creator
      </Button>
      <Modal opened={opened} onClose={close} title="Edit creator">
        <form onSubmit={form.handleSubmit(submit)} aria-label="Edit creator" noValidate>
          <Stack gap="sm">
            <TextInput label="Name" {...form.register("name")} error={errors.name?.message} />
            <TextInput
              label="Email"
              type="email"
              description="Outreach writes to this address; leave empty to remove it."
              {...form.register("email")}
              error={errors.email?.message}
            />
            {errors.root ? (
              <Alert color="red" variant="light" role="alert">
                {errors.root.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={isSubmitting}>
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

const accountSchema = z.object({
  followers: z
    .number({ error: "Enter the follower count" })
    .int("Use a whole number")
    .min(0, "Use 0 or more"),
  engagementPercent: z.union([z.number().min(0, "Use 0 or more").max(100, "Use at most 100"), z.literal("")]),
  country: z.string(),
  language: z.string(),
  niches: z.array(z.string().trim().min(1).max(60, "Keep each niche under 60 characters")).max(30),
  contactEmail: optionalEmail,
  bio: z.string().max(5_000, "Keep the bio under 5,000 characters"),
});
type AccountValues = z.infer<typeof accountSchema>;

/** Correct what is recorded about one account; its signals recompute on save. */
export function EditAccountButton({ creatorId, account }: { creatorId: string; account: AccountProfile }) {
  const [opened, { open, close }] = useDisclosure(false);
  const update = $api.useMutation("patch", "/api/v1/creators/{creatorId}/accounts/{accountId}");
  const form = useForm<AccountValues>({
    resolver: zodResolver(accountSchema),
    values: {
      followers: account.followers,
      engagementPercent:
        account.engagementRate === null ? "" : Math.round(account.engagementRate * 10_000) / 100,
      country: account.country ?? "",
      language: account.language ?? "",
      niches: account.niches,
      contactEmail: account.contactEmail ?? "",
      bio: account.bio ?? "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const label = `${platformName(account.platform)} @${account.handle}`;

  async function submit(values: AccountValues) {
    try {
      await update.mutateAsync({
        params: { path: { creatorId, accountId: account.id } },
        body: {
          followers: values.followers,
          engagementRate: values.engagementPercent === "" ? null : values.engagementPercent / 100,
          country: values.country || null,
          language: values.language || null,
          niches: values.niches,
          contactEmail: values.contactEmail || null,
          bio: values.bio || null,
        },
      });
      await invalidate("/api/v1/creators");
      notifications.show({ color: "teal", message: `${label} saved.` });
      close();
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  return (
    <>
      <Button variant="default" size="sm" onClick={open} aria-label={`Edit ${label}`}>
        Edit account
      </Button>
      <Modal opened={opened} onClose={close} title={`Edit ${label}`} size="lg">
        <form onSubmit={form.handleSubmit(submit)} aria-label={`Edit ${label}`} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Controller
                control={form.control}
                name="followers"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label="Followers"
                    min={0}
                    thousandSeparator=","
                    allowDecimal={false}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === "number" ? v : Number.NaN)}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="engagementPercent"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label="Engagement rate (%)"
                    description="Leave empty when unknown"
                    min={0}
                    max={100}
                    decimalScale={2}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === "number" ? v : "")}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="country"
                render={({ field, fieldState }) => (
                  <Select
                    label="Country"
                    searchable
                    clearable
                    data={countryOptions()}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? "")}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="language"
                render={({ field, fieldState }) => (
                  <Select
                    label="Language"
                    searchable
                    clearable
                    data={languageOptions()}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? "")}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="niches"
              render={({ field, fieldState }) => (
                <TagsInput
                  label="Niches"
                  description="Press Enter after each"
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextInput
              label="Contact email on the profile"
              type="email"
              {...form.register("contactEmail")}
              error={errors.contactEmail?.message}
            />
            <Textarea
              label="Bio"
              autosize
              minRows={2}
              {...form.register("bio")}
              error={errors.bio?.message}
            />
            {errors.root ? (
              <Alert color="red" variant="light" role="alert">
                {errors.root.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={isSubmitting}>
                Save account
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
