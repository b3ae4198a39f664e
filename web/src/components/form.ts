import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { ApiError } from "../api/client";
import { errorMessage } from "./ui";

/**
 * Shows a refused write where it belongs: each of the server's `errors[].field` at its field (when the form has
 * it), and the rest as the form's own message.
 */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, error: unknown): void {
  const known = new Set(Object.keys(form.getValues()));
  let placed = false;
  if (error instanceof ApiError) {
    for (const fieldError of error.problem.errors ?? []) {
      const root = fieldError.field.split(/[.[]/)[0] ?? "";
      if (!known.has(root)) continue;
      form.setError(
        fieldError.field as Path<T>,
        { type: "server", message: fieldError.message },
        { shouldFocus: !placed },
      );
      placed = true;
    }
  }
  if (!placed) form.setError("root", { type: "server", message: errorMessage(error) });
}
