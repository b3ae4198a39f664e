/** Media a draft may carry, and the most bytes each kind may have. */
export const mediaLimits = {
  image: 15 * 1024 * 1024,
  video: 100 * 1024 * 1024,
} as const;

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The content type read from the file's first bytes; the name and the declared type are never trusted.
 * null for anything that is not an image or video we accept.
 */
export function sniffContentType(bytes: Buffer): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("ftyp"), 4)) {
    if (startsWith(bytes, ascii("qt  "), 8)) return "video/quicktime";
    if (startsWith(bytes, ascii("heic"), 8) || startsWith(bytes, ascii("heix"), 8)) return "image/heic";
    return "video/mp4";
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return "video/webm";
  return null;
}
