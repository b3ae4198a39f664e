import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from "@mantine/core";

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
  components: {
    Table: { defaultProps: { highlightOnHover: true, verticalSpacing: "xs" } },
    Card: { defaultProps: { withBorder: true, padding: "lg" } },
    Paper: { defaultProps: { withBorder: true } },
    Tooltip: { defaultProps: { withArrow: true } },
  },
});

/**
 * Text on white must reach 4.5:1. Mantine's light scheme writes coloured text and filled buttons in shade 6, which
 * for red, teal, green, orange and yellow is under 3.5:1, and its dimmed grey (gray 6) is 3.3:1: text goes to the
 * darkest shade, filled status colours to shade 8 (9 for the greens), dimmed to gray 7 (7.5:1).
 */
export const contrastVariables: CSSVariablesResolver = () => {
  const light: Record<string, string> = { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" };
  for (const color of ["red", "orange", "yellow", "green", "teal", "cyan", "blue", "grape", "pink", "lime"]) {
    light[`--mantine-color-${color}-text`] = `var(--mantine-color-${color}-9)`;
    const filled = ["green", "teal", "cyan", "lime", "yellow", "orange"].includes(color) ? 9 : 8;
    light[`--mantine-color-${color}-filled`] = `var(--mantine-color-${color}-${filled})`;
  }
  return { variables: {}, light, dark: {} };
};
