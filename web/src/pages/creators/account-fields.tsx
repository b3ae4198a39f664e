import { NumberInput, Select, SimpleGrid, TagsInput } from "@mantine/core";
import type { ReactNode } from "react";
import { type Control, Controller, type FieldValues, type Path } from "react-hook-form";
import { z } from "zod";
import { countryOptions, languageOptions } from "./filter-options";

/** What a person records about one account, the same when adding a creator and when correcting an account. */
export const accountFiguresSchema = z.object({
  followers: z
    .number({ error: "Enter the follower count" })
    .int("Use a whole number")
    .min(0, "Use 0 or more"),
  // Empty is unknown, never 0 (docs/domain/metrics.md M2).
  engagementPercent: z.union([z.number().min(0, "Use 0 or more").max(100, "Use at most 100"), z.literal("")]),
  country: z.string(),
  language: z.string(),
  niches: z.array(z.string().trim().min(1).max(60, "Keep each niche under 60 characters")).max(30),
});

/**
 * Followers, engagement rate, country, language and niches of one account. `prefix` places them in a larger form
 * (`accounts.2.`); `before` puts fields such as platform and handle at the start of the same grid.
 */
export function AccountFiguresFields<T extends FieldValues>({
  control,
  prefix = "",
  columns,
  before,
}: {
  control: Control<T>;
  prefix?: string;
  columns: { base: number; sm: number; md?: number };
  before?: ReactNode;
}) {
  const name = (field: keyof z.infer<typeof accountFiguresSchema>) => `${prefix}${field}` as Path<T>;
  return (
    <>
      <SimpleGrid cols={columns} spacing="sm">
        {before}
        <Controller
          control={control}
          name={name("followers")}
          render={({ field, fieldState }) => (
            <NumberInput
              label="Followers"
              min={0}
              thousandSeparator=","
              allowDecimal={false}
              value={Number.isNaN(field.value) ? "" : (field.value as number)}
              onChange={(v) => field.onChange(typeof v === "number" ? v : Number.NaN)}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name={name("engagementPercent")}
          render={({ field, fieldState }) => (
            <NumberInput
              label="Engagement rate (%)"
              description="Leave empty when unknown"
              min={0}
              max={100}
              decimalScale={2}
              value={field.value as number | ""}
              onChange={(v) => field.onChange(typeof v === "number" ? v : "")}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name={name("country")}
          render={({ field, fieldState }) => (
            <Select
              label="Country"
              searchable
              clearable
              data={countryOptions()}
              value={(field.value as string) || null}
              onChange={(v) => field.onChange(v ?? "")}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name={name("language")}
          render={({ field, fieldState }) => (
            <Select
              label="Language"
              searchable
              clearable
              data={languageOptions()}
              value={(field.value as string) || null}
              onChange={(v) => field.onChange(v ?? "")}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name={name("niches")}
        render={({ field, fieldState }) => (
          <TagsInput
            label="Niches"
            description="Press Enter after each"
            mt="sm"
            value={field.value as string[]}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
    </>
  );
}
