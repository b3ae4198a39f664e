import { DateInput, type DateInputProps } from "@mantine/dates";
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";
import { formatDate, userLocale } from "../format";

dayjs.extend(customParseFormat);

/** The reader's numeric date order ("DD/MM/YYYY", "M/D/YYYY"…) read off Intl, so typed dates parse as they read. */
function numericPattern(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(new Date(Date.UTC(2026, 11, 24)));
  return parts
    .map((part) =>
      part.type === "day" ? "D" : part.type === "month" ? "M" : part.type === "year" ? "YYYY" : part.value,
    )
    .join("");
}

const typedPatterns = [
  "YYYY-MM-DD",
  numericPattern(userLocale),
  "D MMM YYYY",
  "MMM D, YYYY",
  "D MMMM YYYY",
  "MMMM D, YYYY",
];

/** Reads what a person typed: ISO, their locale's numeric order, or a written month. Null when it is not a date. */
function parseTypedDate(text: string): string | null {
  const parsed = dayjs(text.trim(), typedPatterns, true);
  return parsed.isValid() ? parsed.format("YYYY-MM-DD") : null;
}

/**
 * A calendar-date input: a picker, or typed in the reader's own way; shown as every date in Amplio is shown
 * (formatDate). Its value is a YYYY-MM-DD string, as the API takes it.
 */
export function DateField(props: Omit<DateInputProps, "valueFormat" | "dateParser">) {
  return (
    <DateInput
      valueFormat={(value) => formatDate(value)}
      dateParser={parseTypedDate}
      placeholder={numericPattern(userLocale).toLowerCase()}
      clearable={!props.required}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
