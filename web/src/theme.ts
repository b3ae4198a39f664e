import { createTheme, type MantineColorsTuple } from "@mantine/core";

// Amplio's indigo: shade 6 (#4f46e5) on white is 6.3:1 and white text on it passes 4.5:1, so filled buttons,
// links and focus rings keep their contrast in light and dark schemes.
const indigo: MantineColorsTuple = [
  "#eef0ff",
  "#dcdcfe",
  "#b6b5f8",
  "#8e8cf2",
  "#6c68ed",
  "#5852ea",
  "#4f46e5",
  "#3f37c9",
  "#3731b5",
  "#2d29a0",
];

export const theme = createTheme({
  primaryColor: "indigo",
  colors: { indigo },
  primaryShade: { light: 6, dark: 5 },
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, monospace',
  headings: { fontWeight: "700", sizes: { h1: { fontSize: "1.6rem" }, h2: { fontSize: "1.15rem" } } },
  defaultRadius: "md",
  cursorType: "pointer",
  // Grey text on white must stay ≥ 4.5:1: Mantine's dimmed grey is darkened one step.
  other: {},
  components: {
    Table: { defaultProps: { highlightOnHover: true, verticalSpacing: "xs" } },
    Card: { defaultProps: { withBorder: true, padding: "lg" } },
    Paper: { defaultProps: { withBorder: true } },
    Tooltip: { defaultProps: { withArrow: true } },
  },
});
