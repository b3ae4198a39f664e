import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router-dom";
import { $api, invalidate } from "../../api/client";
import { PageHeader } from "../../components/ui";
import { CampaignForm } from "./campaign-form";

export function CampaignCreatePage() {
  const navigate = useNavigate();
  const create = $api.useMutation("post", "/api/v1/campaigns");
  return (
    <>
      <PageHeader
        title="New campaign"
        description="Objectives first: the goal, who it is for, and how success is measured."
      />
      <CampaignForm
        submitLabel="Create campaign"
        onSave={async (body) => {
          const created = await create.mutateAsync({ body });
          await invalidate("/api/v1/campaigns");
          notifications.show({ color: "teal", message: `Campaign “${created.name}” created.` });
          void navigate(`/campaigns/${created.id}`);
        }}
      />
    </>
  );
}
