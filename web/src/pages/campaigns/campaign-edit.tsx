import { Button, Skeleton, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useNavigate, useParams } from "react-router-dom";
import { $api, invalidate } from "../../api/client";
import { Loaded, PageHeader } from "../../components/ui";
import { CampaignForm } from "./campaign-form";

/** Every field of a campaign, changed after creation with the same form that created it. */
export function CampaignEditPage() {
  const { campaignId = "" } = useParams();
  const navigate = useNavigate();
  const campaign = $api.useQuery("get", "/api/v1/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  const update = $api.useMutation("patch", "/api/v1/campaigns/{campaignId}");
  return (
    <>
      <PageHeader
        title={campaign.data ? `Edit ${campaign.data.name}` : "Edit campaign"}
        description="Objectives, ideal customer and KPIs. Creators, terms and costs are changed on the campaign page."
        actions={
          <Button component={Link} to={`/campaigns/${campaignId}`} variant="default">
            Back to campaign
          </Button>
        }
      />
      <Loaded
        query={campaign}
        what="the campaign"
        skeleton={
          <Stack maw={880}>
            <Skeleton height={320} radius="md" />
            <Skeleton height={260} radius="md" />
          </Stack>
        }
      >
        {(c) => (
          <CampaignForm
            campaign={c}
            submitLabel="Save changes"
            onSave={async (body) => {
              const saved = await update.mutateAsync({ params: { path: { campaignId } }, body });
              await invalidate("/api/v1/campaigns");
              notifications.show({ color: "teal", message: `Campaign “${saved.name}” saved.` });
              void navigate(`/campaigns/${campaignId}`);
            }}
          />
        )}
      </Loaded>
    </>
  );
}
