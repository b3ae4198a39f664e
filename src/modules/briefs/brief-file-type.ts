import { mediaLimits, mediaTypes, sniffContentType } from "../review/sniff-content-type.js";

/** The most bytes a reference file may have: images and videos as for drafts, PDFs up to 25 MB. */
export const briefFileLimits = { ...mediaLimits, pdf: 25 * 1024 * 1024 } as const;

/** The largest upload any reference file may be, for the request body limit. */
export const largestBriefFile = Math.max(...Object.values(briefFileLimits));

const briefFileTypes: ReadonlySet<string> = new Set([...mediaTypes, "application/pdf"]);

/**
 * The content type read from the file's bytes: the images and videos drafts accept, or a PDF. The name and the
 * declared type are never trusted. null for anything else.
 */
export function sniffBriefFileType(bytes: Buffer): Promise<string | null> {
  return sniffContentType(bytes, briefFileTypes);
}

export function briefFileLimit(contentType: string): number {
  if (contentType === "application/pdf") return briefFileLimits.pdf;
  return contentType.startsWith("image/") ? briefFileLimits.image : briefFileLimits.video;
}
