import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  it("neutralises every text cell a spreadsheet would run as a formula", () => {
    const formulas = ['=HYPERLINK("http://x","click")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"];
    const csv = toCsv(["value"], [...formulas.map((f) => [f]), ["plain"]]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    const cells = parse(csv, { from_line: 2, relax_column_count: false }) as string[][];
    expect(cells.map(([cell]) => cell)).toEqual([...formulas.map((f) => `'${f}`), "plain"]);
  });

  it("writes RFC 4180: CRLF after every record, quotes where needed, numbers and empty cells as they are", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          ["x,y", -5, null],
          ['say "hi"', 0.25, "two\nlines"],
        ],
      ),
    ).toBe('a,b,c\r\n"x,y",-5,\r\n"say ""hi""",0.25,"two\nlines"\r\n');
  });
});
