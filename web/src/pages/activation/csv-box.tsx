import { Button, FileButton, Group, Textarea } from "@mantine/core";
import { type ReactNode, useState } from "react";

/** A CSV pasted in, or read from a chosen file into the same box so it can be checked before it is sent. */
export function CsvBox({
  label,
  hint,
  value,
  onChange,
  error,
  children,
}: {
  label: string;
  hint: string;
  value: string;
  onChange(text: string): void;
  error?: string;
  /** The buttons that send it, beside the file chooser. */
  children: ReactNode;
}) {
  const [fileError, setFileError] = useState<string | null>(null);
  async function load(file: File | null) {
    setFileError(null);
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) {
      setFileError("That file is over 5 MB; split it into smaller files.");
      return;
    }
    onChange(await file.text());
  }
  return (
    <>
      <Textarea
        label={label}
        description={error || fileError ? undefined : hint}
        error={error ?? fileError ?? undefined}
        autosize
        minRows={4}
        maxRows={12}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <Group gap="sm">
        <FileButton onChange={(file) => void load(file)} accept=".csv,text/csv">
          {(props) => (
            <Button variant="default" {...props}>
              Choose a CSV file
            </Button>
          )}
        </FileButton>
        {children}
      </Group>
    </>
  );
}
