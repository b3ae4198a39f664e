import { type FormEvent, useEffect, useState } from "react";
import { api, get } from "../../api";
import { ErrorAlert, Field, fieldError } from "../../components/ui";
import { ReferenceFilesEditor } from "./reference-files";
import type { Brief, BriefContent, ReferenceFile } from "./types";

/**
 * This creator's own tracking link, discount code and reference files, saved as an override on the campaign's
 * brief. The files listed are the ones this creator sees: the campaign's until the override adds or removes one.
 */
export function CreatorBriefOverride({ campaignId, creatorId }: { campaignId: string; creatorId: string }) {
  const [trackingLink, setTrackingLink] = useState("");
  const [discountCode, setDiscountCode] = useState("");
  const [files, setFiles] = useState<ReferenceFile[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");

  useEffect(() => {
    get<Brief & { override: Partial<BriefContent> | null }>(
      `/api/v1/campaigns/${campaignId}/creators/${creatorId}/brief`,
    ).then((brief) => {
      setTrackingLink(brief.override?.trackingLink ?? "");
      setDiscountCode(brief.override?.discountCode ?? "");
      setFiles(brief.content.referenceFiles);
    }, setError);
  }, [campaignId, creatorId]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api("PUT", `/api/v1/campaigns/${campaignId}/creators/${creatorId}/brief`, {
        ...(trackingLink.trim() ? { trackingLink: trackingLink.trim() } : {}),
        ...(discountCode.trim() ? { discountCode: discountCode.trim() } : {}),
      });
      setSaved("Saved for this creator.");
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <form onSubmit={save} className="inline-form" aria-label="This creator's link and code">
        <Field
          label="This creator's tracking link"
          value={trackingLink}
          onChange={(e) => setTrackingLink(e.target.value)}
          error={fieldError(error, "trackingLink")}
        />
        <Field
          label="This creator's discount code"
          value={discountCode}
          onChange={(e) => setDiscountCode(e.target.value)}
          error={fieldError(error, "discountCode")}
        />
        <button className="button" type="submit">
          Save for this creator
        </button>
        <span role="status">{saved}</span>
        <ErrorAlert error={error} />
      </form>
      <ReferenceFilesEditor
        campaignId={campaignId}
        filesUrl={`/api/v1/campaigns/${campaignId}/creators/${creatorId}/brief/files`}
        files={files}
        label="Reference files this creator sees"
        onChanged={(brief) => setFiles(brief.content.referenceFiles)}
      />
    </>
  );
}
