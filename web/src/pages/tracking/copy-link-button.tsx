import { Button, CopyButton } from "@mantine/core";

/** "Copy" on screen, "Copy <code>" to a screen reader: one short button per row of the links table. */
export function CopyLinkButton({ url, code }: { url: string; code: string }) {
  return (
    <CopyButton value={url} timeout={2500}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? "light" : "default"}
          color={copied ? "teal" : undefined}
          onClick={copy}
          aria-label={copied ? `Copied ${code}` : `Copy ${code}`}
        >
          <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
        </Button>
      )}
    </CopyButton>
  );
}
