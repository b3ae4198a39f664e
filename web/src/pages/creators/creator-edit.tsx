import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { platformName } from "../../format";
import { AccountFiguresFields, accountFiguresSchema } from "./account-fields";
import type { AccountProfile } from "./discovery-types";

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

const accountSchema = accountFiguresSchema.extend({
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
            <AccountFiguresFields control={form.control} columns={{ base: 1, sm: 2 }} />
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
