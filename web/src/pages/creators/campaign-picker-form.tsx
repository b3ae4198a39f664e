import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Select } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { useCampaignOptions } from "./discovery-types";

const campaignSchema = z.object({ campaignId: z.string().min(1, "Choose a campaign") });
type CampaignValues = z.infer<typeof campaignSchema>;

/**
 * Choose one of the organisation's campaigns and do something with it (shortlist a creator, add a list): the
 * write is the caller's, which answers with the notification to show. Hidden while there is no campaign.
 */
export function CampaignPickerForm({
  label,
  submitLabel,
  onPick,
}: {
  label: string;
  submitLabel: string;
  onPick(campaignId: string, campaignName: string): Promise<string>;
}) {
  const campaigns = useCampaignOptions();
  const form = useForm<CampaignValues>({
    resolver: zodResolver(campaignSchema),
    defaultValues: { campaignId: "" },
  });

  async function submit(values: CampaignValues) {
    try {
      const name = campaigns.options.find((c) => c.value === values.campaignId)?.label ?? "the campaign";
      const message = await onPick(values.campaignId, name);
      await invalidate("/api/v1/campaigns");
      notifications.show({ color: "teal", message });
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  if (campaigns.query.isSuccess && campaigns.options.length === 0) return null;
  return (
    <form onSubmit={form.handleSubmit(submit)} aria-label={label} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Controller
          control={form.control}
          name="campaignId"
          render={({ field, fieldState }) => (
            <Select
              label="Campaign"
              placeholder="Choose a campaign"
              searchable
              data={campaigns.options}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? "")}
              error={fieldState.error?.message}
              style={{ flex: "1 1 14rem" }}
            />
          )}
        />
        <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
      </Group>
      {form.formState.errors.root ? (
        <Alert color="red" variant="light" role="alert" mt="sm">
          {form.formState.errors.root.message}
        </Alert>
      ) : null}
    </form>
  );
}
