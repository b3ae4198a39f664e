import { stringify } from "csv-stringify/sync";

/** A cell of an export: text, a number, or null for an empty cell. */
export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;

/**
 * Every CSV the server exports, a header row and then the rows, written by csv-stringify as RFC 4180 says: CRLF
 * after each record, a field quoted when it holds a comma, a quote or a line break. Text starting with = + - @ or a
 * tab/carriage return would run as a formula when a spreadsheet opens the file, so it gets a leading apostrophe
 * (OWASP's advice); numbers are written as they are.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return stringify([header, ...rows], {
    record_delimiter: "windows",
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR; spreadsheets need both.
    quoted_match: /[\r\n]/,
    cast: { string: (text) => (formulaStart.test(text) ? `'${text}` : text) },
  });
}
