import { userLocale } from "../../format";

export interface Option {
  value: string;
  label: string;
}

const letters = "abcdefghijklmnopqrstuvwxyz";
const twoLetterCodes = [...letters].flatMap((a) => [...letters].map((b) => a + b));

function names(type: "region" | "language", codes: string[]): Option[] {
  const display = new Intl.DisplayNames([userLocale, "en"], { type, fallback: "none" });
  return codes
    .flatMap((value) => {
      const label = display.of(type === "region" ? value.toUpperCase() : value);
      return label ? [{ value, label: `${label} (${value.toUpperCase()})` }] : [];
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

// Private-use and grouping codes (XA, QO, EU, UN…) and withdrawn ones the browser still names (DD, YU, ZR…)
// name no country a creator lives in today.
const notACountry = /^(q[m-z]|x.|zz|aa|eu|ez|un|qo|an|bu|cs|dd|fx|nt|su|tp|yd|yu|zr)$/;

let countries: Option[] | null = null;
let countryNames: Intl.DisplayNames | null = null;

/** "Germany" for DE, in the reader's language; the code itself when the browser has no name for it. */
export function countryName(code: string): string {
  countryNames ??= new Intl.DisplayNames([userLocale, "en"], { type: "region", fallback: "code" });
  return countryNames.of(code.toUpperCase()) ?? code;
}
let languages: Option[] | null = null;

/** Every ISO 3166-1 country the browser can name, in the reader's language; values are upper-case codes. */
export function countryOptions(): Option[] {
  countries ??= names(
    "region",
    twoLetterCodes.filter((c) => !notACountry.test(c)),
  ).map((o) => ({ ...o, value: o.value.toUpperCase() }));
  return countries;
}

/** Every ISO 639-1 language the browser can name; values are lower-case codes as the API stores them. */
export function languageOptions(): Option[] {
  languages ??= names(
    "language",
    twoLetterCodes.filter((c) => !/^q[a-t]$/.test(c)),
  );
  return languages;
}

/**
 * The values in the database first, then the rest, so the common picks are at hand and any value can still be
 * found by typing. Labels stay plain (they become the chosen pills); `countOf` gives the count to show beside an
 * option.
 */
export function groupedOptions(
  inDatabase: Array<{ value: string; count: number }>,
  all: Option[],
  label: (value: string) => string,
) {
  const counts = new Map(inDatabase.map((f) => [f.value, f.count]));
  const data = [
    { group: "In your database", items: inDatabase.map((f) => ({ value: f.value, label: label(f.value) })) },
    { group: "All", items: all.filter((o) => !counts.has(o.value)) },
  ].filter((g) => g.items.length > 0);
  return { data, countOf: (value: string) => counts.get(value) };
}
