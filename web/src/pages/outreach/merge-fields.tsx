import { Button, Group, Text } from "@mantine/core";
import { type RefCallback, useId, useRef } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { $api } from "../../api/client";

/**
 * A form field that merge fields can be put into at the cursor: spread `props` on the input or textarea, and call
 * `insert` from the picker.
 */
export function useInsertAtCursor<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const { ref, ...rest } = form.register(name);
  const setRef: RefCallback<HTMLInputElement | HTMLTextAreaElement> = (node) => {
    ref(node);
    element.current = node;
  };
  const insert = (text: string) => {
    const value = String(form.getValues(name) ?? "");
    const node = element.current;
    const start = node?.selectionStart ?? value.length;
    const end = node?.selectionEnd ?? value.length;
    form.setValue(name, `${value.slice(0, start)}${text}${value.slice(end)}` as PathValue<T, Path<T>>, {
      shouldDirty: true,
      shouldValidate: true,
    });
    requestAnimationFrame(() => {
      node?.focus();
      node?.setSelectionRange(start + text.length, start + text.length);
    });
  };
  return { props: { ...rest, ref: setRef }, insert };
}

/** The merge fields the server knows (GET /outreach/merge-fields, the one catalogue), each a button that inserts it. */
export function MergeFieldPicker({ onPick, hint }: { onPick(text: string): void; hint?: string }) {
  const labelId = useId();
  const fields = $api.useQuery(
    "get",
    "/api/v1/outreach/merge-fields",
    {},
    { staleTime: Number.POSITIVE_INFINITY },
  );
  if (fields.isError)
    return (
      <Text size="xs" c="red">
        Could not load the merge fields.{" "}
        <Button variant="subtle" size="compact-xs" onClick={() => void fields.refetch()}>
          Try again
        </Button>
      </Text>
    );
  return (
    <div>
      <Text size="sm" fw={500} id={labelId}>
        Merge fields
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {hint ?? "Click one to insert it where the cursor is."}
      </Text>
      <Group gap={6} role="group" aria-labelledby={labelId} aria-busy={fields.isPending}>
        {(fields.data?.items ?? []).map((f) => (
          <Button
            key={f.field}
            size="compact-sm"
            // 44 px touch targets on a phone, compact beside a mouse.
            h={{ base: 44, sm: 28 }}
            variant="light"
            title={`${f.description}, e.g. ${f.example}`}
            aria-label={`Insert {{${f.field}}}: ${f.description}`}
            onClick={() => onPick(`{{${f.field}}}`)}
            styles={{ label: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          >
            {`{{${f.field}}}`}
          </Button>
        ))}
      </Group>
    </div>
  );
}
