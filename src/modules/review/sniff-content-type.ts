import { fileTypeFromBuffer } from "file-type";

/** Media a draft may carry, and the most bytes each kind may have. */
export const mediaLimits = {
  image: 15 * 1024 * 1024,
  video: 100 * 1024 * 1024,
} as const;

/** The images and videos a draft may carry: JPEG, PNG, GIF, WebP, HEIC; MP4, MOV, WebM. */
export const mediaTypes: ReadonlySet<string> = new Set([
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/heic",
  "video/mp4",
  "video/quicktime",
  "video/webm",
]);

// file-type calls any ISO media file whose brand it does not know video/mp4; only MP4's own major brands are one.
const mp4Brands = new Set(["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "mmp4"]);

/**
 * The content type file-type reads from the file's bytes, if it is one of `accepted`; the name and the declared
 * type are never trusted. null for anything else, unknown types included.
 */
export async function sniffContentType(
  bytes: Uint8Array,
  accepted: ReadonlySet<string> = mediaTypes,
): Promise<string | null> {
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !accepted.has(type.mime)) return null;
  if (type.mime === "video/mp4" && !mp4Brands.has(Buffer.from(bytes).toString("latin1", 8, 12))) return null;
  return type.mime;
}
