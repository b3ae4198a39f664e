import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DiskMediaStorage } from "./media-storage.js";
import { sniffContentType } from "./sniff-content-type.js";

const orgId = "01a20d39-9825-761a-9b56-2f0000000001";
const mediaId = "01a20d39-9825-761a-9b56-2f0000000002";

describe("media storage on disk", () => {
  it("stores and reads a file under its key, and refuses any key that could leave the folder", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "amplio-media-unit-"));
    const storage = new DiskMediaStorage(root);
    await storage.put(`${orgId}/${mediaId}`, Buffer.from("bytes"));
    expect((await storage.get(`${orgId}/${mediaId}`))?.toString()).toBe("bytes");
    expect(await readdir(path.join(root, orgId))).toEqual([mediaId]);
    expect(await storage.get(`${orgId}/${mediaId.replace("2", "3")}`)).toBeNull();
    for (const key of ["../../etc/passwd", `${orgId}/../../x`, `/etc/passwd`, `${orgId}/${mediaId}/..`, ""])
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow("not a storage key");
    await expect(storage.put(`${orgId}/${mediaId}`, Buffer.from("again"))).rejects.toThrow();
  });
});

/** The start of an EBML (Matroska family) file of the given document type. */
const ebml = (docType: string) =>
  Buffer.from([
    0x1a,
    0x45,
    0xdf,
    0xa3,
    0x80 | (3 + docType.length),
    0x42,
    0x82,
    0x80 | docType.length,
    ...Buffer.from(docType),
  ]);

describe("content type sniffing", () => {
  it("reads the type from the bytes, whatever the file claims to be", async () => {
    expect(await sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("image/jpeg");
    expect(await sniffContentType(Buffer.from("GIF89a......"))).toBe("image/gif");
    expect(await sniffContentType(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(await sniffContentType(Buffer.from("\0\0\0\x18ftypisom\0\0\0\0"))).toBe("video/mp4");
    expect(await sniffContentType(Buffer.from("\0\0\0\x14ftypqt  \0\0\0\0"))).toBe("video/quicktime");
    expect(await sniffContentType(Buffer.from("\0\0\0\x18ftypheic\0\0\0\0"))).toBe("image/heic");
    expect(await sniffContentType(ebml("webm"))).toBe("video/webm");
    expect(await sniffContentType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(await sniffContentType(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(await sniffContentType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it("refuses an ISO media file whose brand is not MP4's, and types it does not accept", async () => {
    expect(await sniffContentType(Buffer.from("\0\0\0\x18ftypXYZW\0\0\0\0"))).toBeNull();
    expect(await sniffContentType(Buffer.from("\0\0\0\x18ftypM4A \0\0\0\0"))).toBeNull();
    expect(await sniffContentType(Buffer.from("\0\0\0\x18ftypavif\0\0\0\0"))).toBeNull();
    expect(await sniffContentType(ebml("matroska"))).toBeNull();
    expect(
      await sniffContentType(Buffer.from("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), new Set(["application/pdf"])),
    ).toBeNull();
  });
});
