import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CsvBatch, csvBatches } from "./csv-records.js";

async function read(chunks: Array<string | Buffer>, batchSize = 100): Promise<CsvBatch[]> {
  const batches: CsvBatch[] = [];
  for await (const batch of csvBatches(Readable.from(chunks), batchSize)) batches.push(batch);
  return batches;
}

const linesOf = (batches: CsvBatch[]) => batches.flatMap((b) => b.records.map((r) => r.line));

describe("CSV records", () => {
  it("gives the line each record starts on, after quoted newlines, blank lines, a BOM and CRLF endings", async () => {
    const text = [
      "\uFEFFhandle,bio",
      'mia,"two\r\nlines"',
      "",
      "",
      "ben,plain",
      'ana,"one\nand\r\nthree"',
      "zoe,🏔️ last",
    ].join("\r\n");
    const [batch] = await read([text]);
    expect(batch?.header).toEqual(["handle", "bio"]);
    expect(batch?.records).toEqual([
      { line: 2, values: ["mia", "two\r\nlines"] },
      { line: 6, values: ["ben", "plain"] },
      { line: 7, values: ["ana", "one\nand\r\nthree"] },
      { line: 10, values: ["zoe", "🏔️ last"] },
    ]);
  });

  it("counts the same lines when the file arrives in pieces that split records, quotes and characters", async () => {
    const text = 'handle,bio\n"mi\na",x\n\nben,"🌮,\n🌮"\nana,y\n';
    const bytes = Buffer.from(text);
    const pieces: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 3) pieces.push(bytes.subarray(i, i + 3));
    expect(linesOf(await read(pieces))).toEqual([2, 5, 7]);
    expect(linesOf(await read([text]))).toEqual([2, 5, 7]);
  });

  it("hands records over in batches of the size asked, even from one large chunk", async () => {
    const text = ["handle", ...Array.from({ length: 25 }, (_, i) => `h${i}`)].join("\n");
    const batches = await read([text], 10);
    expect(batches.map((b) => b.records.length)).toEqual([10, 10, 5]);
    expect(linesOf(batches)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
  });

  it("reports a malformed quote with the line its record starts on", async () => {
    const text = 'handle,bio\nmia,"fine\nstill fine"\nben,"bad"quote\nana,x\n';
    await expect(read([text])).rejects.toThrow(/malformed at line 4/);
    await expect(read(['handle,bio\nmia,x\n\nben,"never closed\n'])).rejects.toThrow(/malformed at line 4/);
  });
});
