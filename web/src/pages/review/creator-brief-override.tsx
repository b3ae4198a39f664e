import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, SimpleGrid, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { $api, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, Loaded, SkeletonLines } from "../../components/ui";
import { ReferenceFilesEditor } from "./reference-files";
import type { Brief } from "./types";

const overrideForm = z.object({
  trackingLink: z.string().trim().max(2000, "Keep the link under 2,000 characters"),
  discountCode: z.string().trim().max(100, "Keep the code under 100 characters"),
});
type OverrideForm = z.infer<typeof overrideForm>;

function OverrideForm({
  campaignId,
  creatorId,
  brief,
}: {
  campaignId: string;
  creatorId: string;
  brief: Brief;
}) {
  const form = useForm<OverrideForm>({
    resolver: zodResolver(overrideForm),
    defaultValues: {
      trackingLink: brief.override?.trackingLink ?? "",
      discountCode: brief.override?.discountCode ?? "",
    },
  });
  const save = $api.useMutation("put", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief");
  const submit = form.handleSubmit(async ({ trackingLink, discountCode }) => {
    try {
      // A field left empty falls back to the campaign's brief.
      await save.mutateAsync({
        params: { path: { campaignId, creatorId } },
        body: {
          ...(trackingLink ? { trackingLink } : {}),
          ...(discountCode ? { discountCode } : {}),
        },
      });
      form.reset({ trackingLink, discountCode });
      notifications.show({ color: "teal", message: "Saved for this creator." });
      await invalidate("/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="This creator's link and code">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Field
            label="This creator's tracking link"
            hint="Leave empty to use the campaign's."
            error={form.formState.errors.trackingLink?.message}
            {...form.register("trackingLink")}
          />
          <Field
            label="This creator's discount code"
            hint="Leave empty to use the campaign's."
            error={form.formState.errors.discountCode?.message}
            {...form.register("discountCode")}
          />
        </SimpleGrid>
        <ErrorAlert error={form.formState.errors.root?.message} title="Not saved" />
        <Group>
          <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
            Save for this creator
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * This creator's own tracking link, discount code and reference files, saved as an override on the campaign's
 * brief. The files listed are the ones this creator sees: the campaign's until the override adds or removes one.
 */
export function CreatorBriefOverride({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const query = $api.useQuery("get", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief", {
    params: { path: { campaignId, creatorId } },
  });
  return (
    <Loaded query={query} what="this creator's brief" skeleton={<SkeletonLines lines={3} />}>
      {(brief) => (
        <Stack gap="lg">
          <OverrideForm campaignId={campaignId} creatorId={creatorId} brief={brief} />
          <ReferenceFilesEditor
            campaignId={campaignId}
            creatorId={creatorId}
            files={brief.content.referenceFiles}
            label="Reference files this creator sees"
          />
        </Stack>
      )}
    </Loaded>
  );
}
