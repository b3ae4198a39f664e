import { Button, Group, Modal, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../components/ui";

/** Asks before a write that cannot be undone (removing, revoking); says in the dialog when the write failed. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  opened,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  opened: boolean;
  busy: boolean;
  error: unknown;
  onConfirm(): void;
  onClose(): void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <ErrorAlert error={error} />
      <Text size="sm" mb="lg">
        {children}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
