import {
  Alert,
  Button,
  Group,
  CopyButton as MantineCopyButton,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { type InputHTMLAttributes, type ReactNode, useEffect } from "react";
import { ApiError } from "../api/client";

/**
 * Amplio's building blocks over Mantine (decision 0009): one look across the app and the portal. Pages compose
 * these and Mantine's own components; nothing here holds a business rule.
 */

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & {
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled text input whose error and hint are tied to it for screen readers. */
export function Field({ label, error, hint, ...input }: FieldProps) {
  return <TextInput label={label} error={error} description={error ? undefined : hint} {...input} />;
}

/** A short choice: the browser's own select, which is the easiest to use on a phone. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: Array<{ value: string; label: string }>;
  error?: string;
  hint?: string;
}) {
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={options}
      error={error}
      description={error ? undefined : hint}
    />
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError
    ? error.problem.detail
    : error instanceof Error
      ? error.message
      : String(error);
}

/** What failed, in plain words, with a retry when the page can try again. */
export function ErrorAlert({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title} mb="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}

/**
 * A read's three states in one place: skeleton lines while it loads, what failed with a retry, then the page.
 * A refetch in the background keeps showing the last answer.
 */
export function Loaded<T>({
  query,
  what,
  skeleton,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  /** What is loading, for the error title: "the campaigns". */
  what: string;
  skeleton?: ReactNode;
  children(data: T): ReactNode;
}) {
  if (query.isPending) return skeleton ?? <SkeletonLines />;
  if (query.isError)
    return (
      <ErrorAlert error={query.error} title={`Could not load ${what}`} onRetry={() => void query.refetch()} />
    );
  return children(query.data);
}

export function SkeletonLines({ lines = 4 }: { lines?: number }) {
  return (
    <Stack gap="sm" aria-busy="true">
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder lines have nothing else to key on
        <Skeleton key={i} height={16} width={i === lines - 1 ? "60%" : "100%"} />
      ))}
      <span className="sr-only">Loading…</span>
    </Stack>
  );
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Amplio`;
  }, [title]);
  return (
    <Group component="header" justify="space-between" align="flex-start" gap="md" mb="lg" wrap="wrap">
      <div style={{ minWidth: 0, flex: "1 1 18rem" }}>
        <Title order={1}>{title}</Title>
        {description ? (
          <Text c="dimmed" mt={4}>
            {description}
          </Text>
        ) : null}
      </div>
      {actions ? (
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper p="xl" radius="md" ta="center" bg="var(--mantine-color-default-hover)" withBorder={false}>
      <Title order={2} mb="xs">
        {title}
      </Title>
      <Stack gap="sm" align="center" c="dimmed">
        {children}
      </Stack>
    </Paper>
  );
}

/** Copies text to the clipboard and says so, for screen readers too. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  return (
    <MantineCopyButton value={text} timeout={2500}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? "light" : "default"}
          color={copied ? "teal" : undefined}
          onClick={copy}
        >
          <span aria-live="polite">{copied ? "Copied" : label}</span>
        </Button>
      )}
    </MantineCopyButton>
  );
}

/** Placeholder rows that hold a table's height while it loads; announced once as "Loading…". */
export function LoadingRows({ columns, rows = 1 }: { columns: number; rows?: number }) {
  return Array.from({ length: rows }, (_, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have nothing else to key on
    <Table.Tr key={i}>
      <Table.Td colSpan={columns}>
        <Skeleton height={14} />
        {i === 0 ? <span className="sr-only">Loading…</span> : null}
      </Table.Td>
    </Table.Tr>
  ));
}

export { PageLoading } from "./page-loading";
