import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import { AppError } from "../../http/errors.js";

export interface CsvRecord {
  /** Line of the file where the record starts (1-based), counting every line, blank ones and those inside quotes. */
  line: number;
  values: string[];
}

export interface CsvBatch {
  header: string[];
  records: CsvRecord[];
}

const newline = 10;
const carriageReturn = 13;

/**
 * Reads a CSV export streamed, in batches of records. csv-parse does the parsing (BOM, quotes, delimiters);
 * line numbers come from counting newline bytes up to the end offset csv-parse reports for each record, which
 * costs a memchr per record instead of copying the raw text of every record (csv-parse's own line count takes a
 * CRLF inside quotes for two lines).
 */
export async function* csvBatches(input: Readable, batchSize: number): AsyncGenerator<CsvBatch> {
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true });
  // Bytes not yet counted, from `offset` (an offset in the whole input) on; `line` is the line at `offset`.
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  let line = 1;
  let header: string[] | null = null;
  const records: CsvRecord[] = [];

  /** Skips the delimiters and blank lines before the next record; returns the line it starts on. */
  function skipToRecord(): number {
    let i = 0;
    while (i < pending.length && (pending[i] === newline || pending[i] === carriageReturn)) {
      if (pending[i] === newline) line += 1;
      i += 1;
    }
    pending = pending.subarray(i);
    offset += i;
    return line;
  }

  /** Counts the lines up to `end`, where csv-parse says the record ended. */
  function advanceTo(end: number): void {
    const stop = end - offset;
    let at = pending.indexOf(newline);
    while (at !== -1 && at < stop) {
      line += 1;
      at = pending.indexOf(newline, at + 1);
    }
    pending = pending.subarray(stop);
    offset = end;
  }

  parser.on("data", (values: string[]) => {
    const start = skipToRecord();
    advanceTo(parser.info.bytes);
    if (header === null) header = values;
    else records.push({ line: start, values });
  });
  // Errors are read from parser.errored, which is set at once; the event itself comes a tick later.
  parser.on("error", () => {});

  function malformed(error: unknown): unknown {
    if (!(error instanceof CsvError)) return error;
    const at = skipToRecord();
    return new AppError("validation", `The CSV file is malformed at line ${at}: ${error.message}`, {
      errors: [{ field: `line ${at}`, message: error.message }],
    });
  }

  function write(chunk: Buffer): void {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    // The parser emits its records synchronously while it takes the chunk.
    parser.write(chunk);
  }

  for await (const chunk of input) {
    write(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    if (parser.errored) throw malformed(parser.errored);
    // One chunk can hold many batches (a string read whole); each goes out at the batch size.
    while (header && records.length >= batchSize) yield { header, records: records.splice(0, batchSize) };
  }
  parser.end();
  try {
    await finished(parser);
  } catch (error) {
    throw malformed(error);
  }
  while (header && records.length > 0) yield { header, records: records.splice(0, batchSize) };
}
