import { inflateSync } from "node:zlib";

const winAnsi = new TextDecoder("windows-1252");

/**
 * The text lines a pdfkit document shows, for assertions: each content stream is inflated and every text operator's
 * hex strings are joined. Enough for standard fonts, which pdfkit writes as hex in WinAnsi.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const operator of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      lines.push(
        [...(operator[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((hex) => winAnsi.decode(Buffer.from(hex[1] ?? "", "hex")))
          .join(""),
      );
  }
  return lines.join("\n");
}
